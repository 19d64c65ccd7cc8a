package dev.impact.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker configuration of the reports: templates from the class path
 * ({@code /dev/impact/report/templates}), HTML auto-escaping for {@code .ftlh}, Markdown auto-escaping for
 * templates that declare {@code output_format="Markdown"}, errors rethrown, numbers in computer format (templates
 * receive strings already localised). Configured once; FreeMarker's configuration is thread-safe once set up.
 */
final class Templates {
    private static final Configuration CONFIG = configure();

    private Templates() {
    }

    private static Configuration configure() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setClassForTemplateLoading(Templates.class, "/dev/impact/report/templates");
        c.setDefaultEncoding(StandardCharsets.UTF_8.name());
        c.setOutputEncoding(StandardCharsets.UTF_8.name());
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setRecognizeStandardFileExtensions(true);
        c.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        return c;
    }

    /** Renders template {@code name} with {@code model} into {@code out}, as the template is processed. */
    static void render(String name, Map<String, Object> model, java.io.Writer out) {
        try {
            Template t = CONFIG.getTemplate(name);
            t.process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load report template " + name + " or write it", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("report template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
