package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The JShell example of README.md and the bundled example script run as written: each is fed, snippet by snippet,
 * to a real JShell (after the imports of {@code impact.jsh}) and must raise no error.
 */
class ReadmeExampleTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void readmeJShellBlock_runsAsWritten() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("```jshell\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has a ```jshell block").isTrue();
        String out = run(m.group(1));
        // the assessment's table, then the factor search and the provenance of one parameter
        assertThat(out).contains("Assessment of town hall: 3 lines, yearly accounting, reporting year 2024")
                .contains("laptop").contains("monitor").contains("server")
                .contains("device.laptop.ademe-acv-numerique-2.1.0-devices")
                .contains("server.ram.power = 0.284 W/GB");
    }

    @Test
    void townHallExample_runsAsWritten() throws IOException {
        Path out = Files.createTempDirectory("town-hall");
        String script = Files.readString(ROOT.resolve("examples/town-hall.jsh")).replace("/exit", "")
                .replace("Path.of(\"town-hall.", "Path.of(\"" + out.toString().replace("\\", "/") + "/town-hall.");
        assertThat(run(script)).contains("Assessment of town hall: 14 lines").contains("reports written");
        assertThat(Files.readString(out.resolve("town-hall.html"))).contains("<svg").contains("town hall");
        assertThat(Files.readString(out.resolve("town-hall.json"))).contains("\"schemaVersion\"");
    }

    @Test
    void ccfOnPremiseExample_runsAsWritten() throws IOException {
        String script = Files.readString(ROOT.resolve("examples/ccf-on-premise/on-premise.jsh")).replace("/exit", "")
                .replace("Path.of(\"examples/", "Path.of(\"" + ROOT.toString().replace("\\", "/") + "/examples/");
        // under CCF, the file's total by hand (OnPremiseCsvTest.example_file_readsAndAssesses): 1865.06 kg
        assertThat(run(script)).contains("on-premise.csv: 4 lines").containsPattern("climate change +n/a +n/a +1865 ");
    }

    @Test
    void aiUseExample_runsAsWritten() throws IOException {
        String out = run(Files.readString(ROOT.resolve("examples/ai-use.jsh")).replace("/exit", ""));
        // the README's "AI use by agents" block shows this output
        assertThat(out).contains("Assessment of AI use by agents: 4 lines")
                .containsPattern("AI use: \\d+ kgCO2e a year, between \\d+ and \\d+ \\(p5-p95\\), driven most by ");
        Matcher m = Pattern.compile("AI use: .*").matcher(out);
        assertThat(m.find()).isTrue();
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains(m.group());
    }

    private static String run(String code) throws IOException {
        String imports = Files.readString(ROOT.resolve("impact.jsh"));
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (JShell js = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                js.addToClasspath(entry);
            }
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (String snippet : split(js, imports + "\n" + code)) {
                for (SnippetEvent e : js.eval(snippet)) {
                    if (e.exception() != null) {
                        throw new AssertionError("snippet threw: " + snippet, e.exception());
                    }
                    if (e.status() == Snippet.Status.REJECTED) {
                        List<String> diags = new ArrayList<>();
                        js.diagnostics(e.snippet()).forEach(d -> diags.add(d.getMessage(null)));
                        throw new AssertionError("snippet rejected: " + snippet + " " + diags);
                    }
                }
            }
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static List<String> split(JShell js, String code) {
        List<String> out = new ArrayList<>();
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        String rest = code.lines().filter(l -> !l.trim().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo ci = sca.analyzeCompletion(rest);
            if (ci.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            out.add(ci.source());
            rest = ci.remaining();
        }
        return out;
    }
}
