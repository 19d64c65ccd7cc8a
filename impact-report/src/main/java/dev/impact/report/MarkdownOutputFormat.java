package dev.impact.report;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * A FreeMarker output format for Markdown (CommonMark / GitHub tables) that auto-escapes every interpolated value, so
 * that a user's label can neither break a table nor inject markup or HTML: markdown punctuation is backslash-escaped,
 * {@code & < >} become entities, line breaks become spaces, and a leading {@code - + =} (a list or heading marker) is
 * escaped.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {
    /** The single instance, registered under the name {@code Markdown}. */
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** Escapes {@code s} for any inline position in Markdown, table cells included. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '~': case '!':
                    sb.append('\\').append(c);
                    break;
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '\r':
                case '\n':
                case '\t':
                    sb.append(' ');
                    break;
                case '-': case '+': case '=':
                    if (sb.length() == 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                    break;
                default:
                    if (c >= 0x20) {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    /** Markup held by {@link MarkdownOutputFormat}. */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
