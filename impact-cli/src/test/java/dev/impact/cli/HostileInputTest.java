package dev.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The generated hostile-input suite: malformed inventories (CSV, JSON, GLPI), scenario files and factor overlays,
 * each made from a valid file by random mutations (seeded by jqwik, so a failure is reproducible from its seed), run
 * through the command line in-process. Every case must end in a result or in clear errors:
 * <ul>
 *   <li>exit code 0 (assessed) or 1 (invalid input), never a usage error or a crash;</li>
 *   <li>no Java internals on either stream (no exception name, stack frame, "internal error");</li>
 *   <li>an invalid file is named with a line number in the errors;</li>
 *   <li>no NaN or infinity in any output, no negative climate-change total;</li>
 *   <li>lines in = lines assessed + lines reported invalid (counted independently from the generated file);</li>
 *   <li>injected labels (markup, formulas, Markdown pipes) come out escaped in every output format.</li>
 * </ul>
 * Prints the number of cases it tried.
 */
class HostileInputTest {
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger GENERATED = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("impact-hostile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values a hostile or careless file may hold in any cell. */
    static final String[] HOSTILE = {"", " ", "-1", "0", "-0", "NaN", "Infinity", "-Infinity", "1e309", "1e308",
        "1e300", "2.5e299", "1e-320", "abc", "1,5", "1 000", "\"", "\"\"", "'=1+1", "=HYPERLINK(\"http://x\")",
        "\t=cmd", "\u001b[2J", "\u0007", "\u0000", "\u009b", "\ud800", "é", "laptop", "LAPTOP", "ordinateur portable",
        "x".repeat(300), "9".repeat(400), "<script>alert(1)</script>", "|a|b|", "${jndi:ldap://x}", "2021-13-45",
        "31/02/2022", "0x10", "1e5", "2099", "1899", "true", "null", "[]", "{}", "device", "server", "network",
        "FR", "XX", "France", "25", "24.5", "1.0E-5"};
    /** Characters a broken export may insert anywhere. */
    static final String[] STRAY = {"\"", ",", ";", "\n", "\r", "\r\n", "\u0000", "\ufeff", "\u00e9", "\t", "'"};
    private static final Pattern INTERNALS = Pattern.compile("Exception|\\tat |internal error|java\\.lang|"
            + "dev\\.impact\\.[a-z]+\\.[A-Z]|NullPointer");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("NaN|Infinity|∞|(?<![A-Za-z])inf(?![A-Za-z])");
    /**
     * Echoes of what the file holds, not computed numbers: a refusal's value ("replication must be … >= 1 (copies),
     * was Infinity", listed among the lines a result left out: --skip-invalid, streamed summaries) and a line's label
     * in a JSON result ("label": "Infinity" is the user's text).
     */
    private static final Pattern REFUSED_ECHO = Pattern.compile("was '?(-?Infinity|NaN|-?inf|∞)'?"
            + "|\"label\": ?\"(-?Infinity|NaN|-?inf|∞)\"");

    private static boolean hasNotANumber(String text) {
        return NOT_A_NUMBER.matcher(REFUSED_ECHO.matcher(text).replaceAll("was (refused)")).find();
    }

    private static final List<String[]> TEMPLATE = template();
    private static final String ONE_LAPTOP = "kind,label,category,quantity\ndevice,agents,laptop,10\n";

    /** A valid inventory of every line kind, from the bundled example. */
    private static List<String[]> template() {
        try {
            List<String> all = Files.readAllLines(CliTest.EXAMPLES.resolve("local-authority.csv"));
            List<String[]> rows = new ArrayList<>();
            rows.add(all.get(0).split(",", -1));
            java.util.Map<String, Integer> perKind = new java.util.HashMap<>();
            for (String l : all.subList(1, all.size())) {
                String kind = l.substring(0, l.indexOf(','));
                if (perKind.merge(kind, 1, Integer::sum) <= 2 && !l.contains("\"")) {
                    rows.add(l.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Run(int code, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private static Run run(String... args) {
        CASES.incrementAndGet();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(out, err).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path write(String name, String text) throws IOException {
        return Files.write(DIR.resolve(name), text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes ?
    }

    /** The random source of one generated case (counted). */
    private static Random generated(long seed) {
        GENERATED.incrementAndGet();
        return new Random(seed);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** Rows (header first) as CSV, each cell quoted when it must be: its records are exactly the rows. */
    private static String csv(List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                sb.append(i > 0 ? "," : "").append(quote(row[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Inserts stray characters, cuts a piece out, or truncates the text. */
    private static String breakText(Random r, String text) {
        String t = text;
        for (int k = 1 + r.nextInt(3); k > 0 && !t.isEmpty(); k--) {
            int at = r.nextInt(t.length());
            switch (r.nextInt(3)) {
                case 0 -> t = t.substring(0, at) + pick(r, STRAY) + t.substring(at);
                case 1 -> t = t.substring(0, at) + t.substring(Math.min(t.length(), at + 1 + r.nextInt(20)));
                default -> t = t.substring(0, Math.max(at, t.length() / 2));
            }
        }
        return t;
    }

    /** What every run must satisfy, whatever the input. */
    private static void assertCleanEnd(Run r, Path input, Path output) throws IOException {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isIn(Main.OK, Main.INVALID_INPUT);
        assertThat(INTERNALS.matcher(r.both()).find()).as("Java internals in: %s", r.both()).isFalse();
        if (r.code() == Main.OK) { // a result (a refusal may echo the 'NaN' the file holds)
            assertThat(hasNotANumber(r.out())).as("not a number in: %s", r.out()).isFalse();
        }
        if (r.code() == Main.INVALID_INPUT) {
            assertThat(r.both()).as("the file is named").contains(input.getFileName().toString());
        }
        if (r.code() == Main.OK && output != null && Files.exists(output)) {
            String text = Files.readString(output);
            assertThat(hasNotANumber(text)).as("not a number in %s", output).isFalse();
            if (output.toString().endsWith(".json")) {
                JsonNode total = JSON.readTree(text).path("total").path("gwp");
                if (total.isObject() && total.has("total")) {
                    assertThat(total.get("total").asDouble()).isGreaterThanOrEqualTo(0);
                }
            }
        }
    }

    private static final String[] FORMATS = {"text", "json", "html", "md", "csv"};

    @Property(tries = 300, seed = "1901")
    void csvInventories(@ForAll long seed) throws IOException {
        Random r = generated(seed);
        List<String[]> rows = new ArrayList<>();
        for (String[] row : TEMPLATE) {
            rows.add(row.clone());
        }
        for (int k = 1 + r.nextInt(4); k > 0; k--) { // hostile cells (the header too, sometimes)
            String[] row = rows.get(r.nextInt(20) == 0 ? 0 : 1 + r.nextInt(rows.size() - 1));
            row[r.nextInt(row.length)] = pick(r, HOSTILE);
        }
        boolean broken = r.nextInt(4) == 0;
        String text = broken ? breakText(r, csv(rows)) : csv(rows);
        Path in = write("inv-" + seed + ".csv", text);
        String format = pick(r, FORMATS);
        Path out = DIR.resolve("out-" + seed + "." + (format.equals("text") ? "txt" : format));
        Run run = run("assess", in.toString(), "--year", "2024", "--skip-invalid", "--format", format, "-o",
                out.toString());
        assertCleanEnd(run, in, out);
        Run validate = run("validate", in.toString(), "--year", "2024");
        assertCleanEnd(validate, in, null);
        boolean headerIntact = Arrays.equals(rows.get(0), TEMPLATE.get(0));
        boolean noBlankRow = rows.stream().skip(1).noneMatch(row -> String.join("", row).isBlank());
        if (!broken && headerIntact && noBlankRow) {
            // lines in = assessed + invalid: the summary line of the streamed run counts them
            Run counted = run("assess", in.toString(), "--year", "2024", "--skip-invalid", "--stream");
            assertCleanEnd(counted, in, null);
            if (counted.code() == Main.OK) {
                int lines = rows.size() - 1;
                java.util.regex.Matcher m = Pattern.compile("(\\d+) lines read, (\\d+) assessed, (\\d+) invalid")
                        .matcher(counted.out());
                assertThat(m.find()).as(counted.both()).isTrue();
                assertThat(Integer.parseInt(m.group(1))).isEqualTo(lines);
                assertThat(Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3))).isEqualTo(lines);
            }
        }
    }

    @Property(tries = 200, seed = "1902")
    void jsonInventories(@ForAll long seed) throws IOException {
        Random r = generated(seed);
        com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
        root.put("name", "hostile");
        com.fasterxml.jackson.databind.node.ArrayNode lines = root.putArray("lines");
        String[] header = TEMPLATE.get(0);
        for (String[] row : TEMPLATE.subList(1, TEMPLATE.size())) {
            com.fasterxml.jackson.databind.node.ObjectNode o = lines.addObject();
            for (int i = 0; i < header.length; i++) {
                if (!row[i].isEmpty()) {
                    try {
                        o.put(header[i], Double.parseDouble(row[i]));
                    } catch (NumberFormatException e) {
                        o.put(header[i], row[i]);
                    }
                }
            }
        }
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
            com.fasterxml.jackson.databind.node.ObjectNode o =
                    (com.fasterxml.jackson.databind.node.ObjectNode) lines.get(r.nextInt(lines.size()));
            String field = r.nextInt(10) == 0 ? pick(r, HOSTILE) : header[r.nextInt(header.length)];
            switch (r.nextInt(5)) {
                case 0 -> o.put(field, pick(r, HOSTILE));
                case 1 -> o.put(field, r.nextBoolean() ? -r.nextDouble() * 1e6 : Math.pow(10, r.nextInt(320)));
                case 2 -> o.putNull(field);
                case 3 -> o.putArray(field).add(1);
                default -> o.putObject(field).put("x", 1);
            }
        }
        String text = JSON.writeValueAsString(root);
        switch (r.nextInt(6)) {
            case 0 -> text = breakText(r, text);
            case 1 -> text = text + pick(r, new String[] {"x", "{}", text, "]", " // c"});
            case 2 -> text = text.replaceFirst("\"kind\"", "\"kind\":\"server\",\"kind\"");
            case 3 -> text = "[".repeat(2000 + r.nextInt(3000)) + text;
            default -> { }
        }
        Path in = write("inv-" + seed + ".json", text);
        String format = pick(r, FORMATS);
        Path out = DIR.resolve("out-" + seed + "." + (format.equals("text") ? "txt" : format));
        assertCleanEnd(run("assess", in.toString(), "--year", "2024", "--skip-invalid", "--format", format, "-o",
                out.toString()), in, out);
    }

    @Property(tries = 150, seed = "1903")
    void scenarioFiles(@ForAll long seed) throws IOException {
        Random r = generated(seed);
        String[] types = {"extendLifetime", "refurbished", "shareDevices", "reduceStorage", "moveStorage", "gridMix",
            "teleport"};
        String[] fields = {"years", "share", "usersPerDevice", "fraction", "ratio", "zone", "category", "categories"};
        StringBuilder levers = new StringBuilder();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            levers.append(levers.length() > 0 ? "," : "").append("{\"type\":\"").append(pick(r, types)).append('"');
            for (int f = r.nextInt(4); f > 0; f--) {
                String v = pick(r, HOSTILE);
                String json = r.nextBoolean() ? JSON.writeValueAsString(v) : v.isEmpty() ? "1" : v;
                levers.append(",\"").append(pick(r, fields)).append("\":").append(json);
            }
            levers.append('}');
        }
        String text = "{\"name\":\"s\",\"whatIfs\":[" + levers + "]}";
        if (r.nextInt(4) == 0) {
            text = breakText(r, text);
        }
        Path inv = write("one-" + seed + ".csv", ONE_LAPTOP);
        Path sc = write("sc-" + seed + ".json", text);
        String format = pick(r, new String[] {"text", "json", "html", "md"});
        Path out = DIR.resolve("sc-out-" + seed + "." + (format.equals("text") ? "txt" : format));
        Run run = run("scenario", inv.toString(), sc.toString(), "--year", "2024", "--draws", "20", "--format",
                format, "-o", out.toString());
        assertThat(run.code()).as(run.both()).isIn(Main.OK, Main.INVALID_INPUT);
        assertThat(INTERNALS.matcher(run.both()).find()).as(run.both()).isFalse();
        if (run.code() == Main.OK) {
            assertThat(NOT_A_NUMBER.matcher(Files.readString(out)).find()).as(Files.readString(out)).isFalse();
        } else {
            assertThat(run.err()).contains(sc.getFileName().toString());
        }
    }

    @Property(tries = 150, seed = "1904")
    void factorOverlays(@ForAll long seed) throws IOException {
        Random r = generated(seed);
        boolean parameters = r.nextBoolean();
        String[] header = parameters
                ? "id,value,unit,zone,year,source,uncertainty,estimate,note".split(",")
                : "id,key,name,unit,zone,year,source,uncertainty,estimate,note,use.gwp,manufacture.gwp".split(",");
        String[] row = parameters
                ? new String[] {"device.laptop.lifetime", "6", "year", "FR", "2022", "ademe-acv-numerique-2.1.0-devices",
                    "triangular(low=0.6,high=1)", "false", "ours"}
                : new String[] {"electricity.fr.mine", "electricity.FR", "Our contract", "kWh", "FR", "2024",
                    "ademe-acv-numerique-2.1.0-devices", "lognormal(gsd=1.1)", "false", "ours", "0.012", ""};
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            row[r.nextInt(row.length)] = r.nextBoolean() ? pick(r, HOSTILE) : pick(r, new String[] {
                "lognormal(gsd=1e308)", "lognormal(gsd=1)", "normal(cv=5)", "uniform(low=0.99,high=90)",
                "triangular(low=2,high=1)", "exact", "0", "25", "1e305", "-5"});
        }
        String text = csv(List.of(header, row));
        if (r.nextInt(5) == 0) {
            text = breakText(r, text);
        }
        Path inv = write("one-" + seed + ".csv", ONE_LAPTOP);
        Path ov = write("ov-" + seed + ".csv", text);
        Run run = run("assess", inv.toString(), "--year", "2024", "--factors", ov.toString());
        assertThat(run.code()).as(run.both()).isIn(Main.OK, Main.INVALID_INPUT);
        assertThat(INTERNALS.matcher(run.both()).find()).as(run.both()).isFalse();
        assertThat(NOT_A_NUMBER.matcher(run.out()).find()).as(run.out()).isFalse();
        if (run.code() == Main.INVALID_INPUT) {
            assertThat(run.err()).as("blamed on the overlay").contains(ov.getFileName().toString());
        }
    }

    @Property(tries = 150, seed = "1905")
    void glpiExports(@ForAll long seed) throws IOException {
        Random r = generated(seed);
        List<String> all = Files.readAllLines(CliTest.EXAMPLES.resolve("glpi/glpi-export.csv"));
        List<String[]> rows = new ArrayList<>();
        for (String l : all.subList(0, Math.min(all.size(), 12))) {
            rows.add(l.split(";", -1));
        }
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
            String[] row = rows.get(r.nextInt(15) == 0 ? 0 : 1 + r.nextInt(rows.size() - 1));
            row[r.nextInt(row.length)] = pick(r, HOSTILE).replace(";", ",");
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            sb.append(String.join(";", Arrays.stream(row).map(c -> c.contains("\"") || c.contains("\n")
                    || c.contains("\r") ? '"' + c.replace("\"", "\"\"") + '"' : c).toArray(String[]::new)))
                    .append('\n');
        }
        String text = r.nextInt(4) == 0 ? breakText(r, sb.toString()) : sb.toString();
        Path in = write("glpi-" + seed + ".csv", text);
        Path out = DIR.resolve("glpi-out-" + seed + ".json");
        assertCleanEnd(run("assess", in.toString(), "--input-format", "glpi", "--year", "2024", "--skip-invalid",
                "--format", "json", "-o", out.toString()), in, out);
    }

    /** Labels that try to become markup, formulas or table cells, in every output format. */
    static final String[] PAYLOADS = {"<script>alert(1)</script>", "</table><h1>x", "\"><img src=x onerror=1>",
        "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-1+1", "@SUM(A1)", "\t=1+2", "a|b|c", "**bold** [l](http://x)",
        "`code`", "line\nbreak", "]]> <!--", "{\"json\":true}", "\\u0041", "'; DROP TABLE lines; --"};

    @Property(tries = 100, seed = "1906")
    void injectedLabels_comeOutEscaped(@ForAll long seed) throws IOException {
        Random r = generated(seed);
        String payload = pick(r, PAYLOADS) + (r.nextBoolean() ? "" : " " + pick(r, PAYLOADS));
        Path in = write("inj-" + seed + ".csv", "kind,label,category,quantity\ndevice," + quote(payload)
                + ",laptop,3\ndevice,plain,monitor,2\n");
        String format = pick(r, FORMATS);
        Path out = DIR.resolve("inj-out-" + seed + "." + (format.equals("text") ? "txt" : format));
        Path lines = DIR.resolve("inj-lines-" + seed + ".csv");
        Run run = run("assess", in.toString(), "--year", "2024", "--format", format, "-o", out.toString(),
                "--lines", lines.toString());
        assertCleanEnd(run, in, out);
        assertThat(run.code()).as(run.both()).isEqualTo(Main.OK);
        String text = Files.readString(out);
        switch (format) {
            case "html" -> {
                assertThat(text).doesNotContain("<script>alert").doesNotContain("<img src=x")
                        .doesNotContain("</table><h1>x");
            }
            case "json" -> {
                List<String> labels = new ArrayList<>();
                JSON.readTree(text).path("lines").forEach(l -> labels.add(l.path("label").asText()));
                assertThat(labels).contains(payload); // JSON escapes; the text round-trips exactly
            }
            case "csv" -> assertNoFormulaCell(text);
            case "md" -> assertThat(text).doesNotContain("a|b|c"); // pipes escaped: no extra table cells
            default -> assertThat(text).doesNotContain("\u001b");
        }
        assertNoFormulaCell(Files.readString(lines));
    }

    /** No CSV cell starts with a formula character (after an optional opening quote). */
    private static void assertNoFormulaCell(String csv) {
        for (String cell : csv.split("[,\\n]")) {
            String c = cell.startsWith("\"") ? cell.substring(1) : cell;
            if (!c.isEmpty() && "=+@\t".indexOf(c.charAt(0)) >= 0) {
                throw new AssertionError("formula cell '" + cell + "' in:\n" + csv);
            }
            if (c.startsWith("-") && !c.matches("-[0-9.eE+-]+")) {
                throw new AssertionError("formula cell '" + cell + "' in:\n" + csv);
            }
        }
    }

    @AfterContainer
    static void report() {
        System.out.println("hostile-input suite: " + GENERATED.get() + " generated cases, " + CASES.get()
                + " command runs");
    }
}
