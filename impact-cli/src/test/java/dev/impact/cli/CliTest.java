package dev.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line run in-process (picocli's execute with captured out and err) on the examples and broken files. */
class CliTest {
    static final Path EXAMPLES = Path.of("../examples");
    static final Path BROKEN = Path.of("src/test/resources/broken");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aiSurvey_readmeOutput() throws Exception {
        // the README's "AI use by agents" block is this command's output (the survey file has no quantity column)
        Run r = run("assess", EXAMPLES.resolve("ai-survey.csv").toString(), "--year", "2024", "--uncertainty",
                "10000", "--format", "markdown", "--lang", "en");
        assertThat(r.code()).isZero();
        String out = r.out();
        String section = out.substring(out.indexOf("## What AI costs"), out.indexOf("- nvidia-h100-2023")
                + "- nvidia-h100-2023".length());
        assertThat(section).contains("Between ").contains("mistral-lca-2025").contains("ecologits-2025")
                .contains("SE: where the provider runs it");
        assertThat(java.nio.file.Files.readString(EXAMPLES.resolve("../README.md"))).contains(section);
    }

    @Test
    void controlCharactersFromTheInput_areShownEscaped_neverSentToTheTerminal(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("esc.csv");
        // a label that would clear the screen and ring the bell, a category with an ESC sequence: both lines are
        // refused (control characters are not text), and their values are echoed escaped
        Files.writeString(in, "kind,label,category,quantity\ndevice,\u001b[2Jagents\u0007,laptop,3\n"
                + "device,x,lap\u001b[31mtop,1\ndevice,fine,laptop,1\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(out, err).execute("assess", in.toString(), "--year", "2024", "--skip-invalid");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out + err.toString()).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(err.toString()).contains("lap\\u001B[31mtop")
                .contains("control character U+001B");
    }

    @Test
    void assess_localAuthority_text() {
        Run r = run("assess", EXAMPLES.resolve("local-authority.csv").toString(), "--year", "2024");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Assessment of local-authority: 1991 lines, yearly accounting, reporting year"
                + " 2024").contains("laptop").contains("server").contains("network");
    }

    @Test
    void assess_localAuthority_json_toFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("a.json");
        Run r = run("assess", EXAMPLES.resolve("local-authority.csv").toString(), "--year", "2024", "--format", "json",
                "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertThat(j.get("schemaVersion").asText()).isEqualTo("1.2");
        assertThat(j.get("lines")).hasSize(1991);
        assertThat(Files.list(dir)).containsExactly(out); // no temporary file left behind
    }

    @Test
    void assess_htmlInFrench(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rapport.html");
        Run r = run("assess", EXAMPLES.resolve("offers/offer-a-new.csv").toString(), "--year", "2025",
                "--accounting", "flow", "--format", "html", "--lang", "fr", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("lang=\"fr\"");
    }

    @Test
    void assess_jsonOffer_markdown() {
        Run r = run("assess", EXAMPLES.resolve("offers/offer-b-refurbished.json").toString(), "--year", "2025",
                "--format", "md", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("laptop").contains("|");
    }

    @Test
    void assess_glpi_withMapping() {
        Run r = run("assess", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--mapping",
                EXAMPLES.resolve("glpi/glpi-mapping.csv").toString(), "--year", "2024");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("199 lines").contains("monitor-large").contains("switch");
        assertThat(r.err()).contains("rows left out by the mapping (kind none): {Machine virtuelle=6}");
    }

    /** A mapping's energy is checked as a line's is, and blamed on the mapping's own line, not on the export's rows. */
    @Test
    void assess_glpi_implausibleMappingEnergy_isBlamedOnTheMapping(@TempDir Path dir) throws IOException {
        Path mapping = dir.resolve("mapping.csv");
        Files.writeString(mapping, Files.readString(EXAMPLES.resolve("glpi/glpi-mapping.csv"))
                .replace("switch,333", "switch,1e307"));
        Run r = run("assess", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--mapping", mapping.toString(),
                "--year", "2024");
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains(mapping + ":7: column 'kwh_per_year': kWhPerYear must be <= 1e8 (kWh/year per"
                + " device: 11 MW all year), was 1.0E307").doesNotContain("glpi-export.csv:");
    }

    @Test
    void assess_glpi_withoutMapping_refusesAndListsEveryUnmappedRow() {
        Run r = run("assess", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--year", "2024");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("column 'Type': GLPI type 'Poste agent' (model 'HP EliteDesk 800 G6 SFF') has no"
                + " mapping").contains("25 of 199 lines are invalid; nothing was written");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void assess_skipInvalid_reportsHowManyAndWhy() {
        Run r = run("assess", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--year", "2024",
                "--skip-invalid");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("skipped 25 invalid lines of 199 (--skip-invalid); reasons:")
                .contains("25 × Type: GLPI type");
        assertThat(r.out()).contains("174 lines");
    }

    @Test
    void assess_refusesOutputEqualToInput(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("fleet.csv");
        Files.writeString(in, "kind,category,quantity\ndevice,laptop,3\n");
        Run r = run("assess", in.toString(), "-o", dir.resolve("./fleet.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is an input of this command; refusing to overwrite it");
        assertThat(Files.readString(in)).isEqualTo("kind,category,quantity\ndevice,laptop,3\n");
    }

    @Test
    void outputs_refuseToOverwriteTheOverlayOrTheMapping(@TempDir Path dir) throws IOException {
        Path overlay = dir.resolve("overlay.csv");
        Files.writeString(overlay, "my rows");
        Path mapping = dir.resolve("mapping.csv");
        Files.writeString(mapping, "glpi_type,model_contains,kind,category\n");
        Run o = run("assess", EXAMPLES.resolve("offers/offer-a-new.csv").toString(), "--factors", overlay.toString(),
                "-o", overlay.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("-o " + overlay + " is an input of this command; refusing to overwrite it");
        Run l = run("assess", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--mapping", mapping.toString(),
                "--lines", mapping.toString());
        assertThat(l.code()).isEqualTo(2);
        assertThat(l.err()).contains("--lines " + mapping + " is an input of this command");
        Run c = run("convert", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--mapping", mapping.toString(),
                "-o", mapping.toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(Files.readString(overlay)).isEqualTo("my rows");
        assertThat(Files.readString(mapping)).isEqualTo("glpi_type,model_contains,kind,category\n");
    }

    @Test
    void outputs_intoAMissingFolder_sayWhichFileAndWhy(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        String offer = EXAMPLES.resolve("offers/offer-a-new.csv").toString();
        for (String[] args : new String[][] {
                {"assess", offer, "--year", "2025", "-o", missing.resolve("r.txt").toString()},
                {"assess", offer, "--year", "2025", "--format", "html", "-o", missing.resolve("r.html").toString()},
                {"assess", offer, "--year", "2025", "--lines", missing.resolve("l.csv").toString()},
                {"convert", offer, "-o", missing.resolve("c.csv").toString()}}) {
            Run r = run(args);
            String file = args[args.length - 1];
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", args))
                    .isEqualTo("impact: cannot write " + file + ": no such folder " + missing + System.lineSeparator());
        }
        assertThat(dir.toFile().list()).isEmpty(); // no temporary file left behind
    }

    @Test
    void assess_invalidInput_leavesExistingOutputUntouched(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, "previous report");
        Run r = run("assess", BROKEN.resolve("bad-number.csv").toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("previous report");
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void assess_stream_totalsJsonAndPerLineCsv(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("totals.json");
        Path lines = dir.resolve("lines.csv");
        Run r = run("assess", EXAMPLES.resolve("local-authority.csv").toString(), "--year", "2024", "--stream",
                "--format", "json", "-o", out.toString(), "--lines", lines.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertThat(j.get("kind").asText()).isEqualTo("totals");
        assertThat(j.get("schemaVersion").asText()).isEqualTo(dev.impact.report.TotalsReport.SCHEMA_VERSION);
        assertThat(j.at("/lines/assessed").asLong()).isEqualTo(1991);
        List<String> rows = Files.readAllLines(lines, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1992);
        assertThat(rows.get(0)).isEqualTo("line,kind,label,category,quantity,gwp_kgco2e,adpe_kgsbeq,adpf_mj,"
                + "ir_kbqu235eq,wu_m3-world-eq,ewaste_kg");
        assertThat(rows.get(1)).startsWith("2,device,Hôtel de ville — portables des agents,laptop,");
        assertThat(j.at("/total/gwp/total/value").asDouble()).isPositive();
        // the same file with its full report: the same climate-change total (12 significant digits in JSON)
        Path full = dir.resolve("full.json");
        assertThat(run("assess", EXAMPLES.resolve("local-authority.csv").toString(), "--year", "2024", "--format",
                "json", "-o", full.toString()).code()).isZero();
        assertThat(j.at("/total/gwp/total/value").asDouble()).isCloseTo(new ObjectMapper().readTree(full.toFile())
                .at("/total/gwp/total/value").asDouble(), org.assertj.core.api.Assertions.withinPercentage(1e-9));
    }

    @Test
    void assess_stream_htmlIsTheReportOfTotals() {
        Run r = run("assess", EXAMPLES.resolve("local-authority.csv").toString(), "--year", "2024", "--stream",
                "--format", "html", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Environmental footprint — totals").contains("1,991 lines")
                .contains("<svg").doesNotContain("<section class=\"lines\">");
    }

    @Test
    void usageErrors_exit2() {
        assertThat(run("assess").code()).isEqualTo(2);
        assertThat(run("assess", "x.csv", "--accounting", "monthly").code()).isEqualTo(2);
        Run zone = run("assess", EXAMPLES.resolve("local-authority.csv").toString(), "--zone", "FRR");
        assertThat(zone.code()).isEqualTo(2);
        assertThat(zone.err()).contains("--zone: unknown zone 'FRR'; did you mean FR");
        assertThat(run("bogus").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void conventionCcf_cloudLineTakesCcfsRegionFactor(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("cloud.csv");
        Files.writeString(in, "kind,label,quantity,provider,cloud_region,microarchitecture\n"
                + "cloud,batch,1000,aws,eu-west-3,skylake\n");
        Run ccf = run("assess", in.toString(), "--year", "2024", "--convention", "ccf", "--format", "json");
        assertThat(ccf.code()).as(ccf.err()).isZero();
        assertThat(ccf.out()).contains("cloud.aws.region.eu-west-3.ccf-aws-0.15.0");
        Run own = run("assess", in.toString(), "--year", "2024", "--format", "json");
        assertThat(own.code()).as(own.err()).isZero();
        // impact's convention: the region's country (France) and its grid, not CCF's factor
        assertThat(own.out()).doesNotContain("cloud.aws.region.eu-west-3.ccf-aws-0.15.0")
                .contains("electricity.fr.");
    }

    @Test
    void convention_caseInsensitive_andAnUnknownOneListsTheValues(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("web.csv");
        Files.writeString(in, "kind,label,category,quantity\ndevice,laptops,laptop,1\n");
        Run ok = run("assess", in.toString(), "--year", "2024", "--convention", "Co2JS");
        assertThat(ok.code()).as(ok.err()).isZero();
        Run bad = run("assess", in.toString(), "--year", "2024", "--convention", "co2");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--convention must be one of impact, co2js, ccf, boaviztapi, numecoeval, was 'co2'");
    }

    @Test
    void whyDiffers_co2js_namesTheChoices(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("web.csv");
        // SWD v4, 1000 GB in France: impact 62.4326 kg (ADEME 51.9 g/kWh) against co2.js 60.93492 kg (44.18 g/kWh)
        Files.writeString(in, "kind,label,quantity,network_model,zone\nnetwork,site,1000,swd_v4,FR\n");
        Run text = run("assess", in.toString(), "--year", "2024", "--why-differs", "co2js");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Why impact's default differs from co2js: impact 62.43 kgCO2e, co2js 60.93"
                + " kgCO2e").contains("grid-source: 1 lines, impact 62.43, co2js 60.93 kgCO2e (+2.5 %)");
        Run json = run("assess", in.toString(), "--year", "2024", "--why-differs", "co2js", "--format", "json");
        assertThat(json.out()).contains("\"conventionDifference\"");
        assertThat(run("assess", in.toString(), "--why-differs", "impact").err())
                .contains("--why-differs must name a peer (co2js, ccf, boaviztapi), was 'impact'");
    }

    @Test
    void help_onEveryCommand_withExamples() {
        for (String[] cmd : new String[][] {{"--help"}, {"assess", "--help"}, {"validate", "--help"},
                {"factors", "--help"}, {"factors", "list", "--help"}, {"factors", "show", "--help"},
                {"factors", "search", "--help"}, {"convert", "--help"}, {"compare", "--help"},
                {"scenario", "--help"}}) {
            Run r = run(cmd);
            assertThat(r.code()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).as(String.join(" ", cmd)).contains("Examples:").contains("impact ");
            assertThat(r.err()).as(String.join(" ", cmd)).isEmpty(); // no picocli warning (e.g. a lone '%')
        }
    }

    @Test
    void validate_examples_valid() {
        for (String f : List.of("local-authority.csv", "offers/offer-a-new.csv", "offers/offer-b-refurbished.json",
                "offers/offer-c-laptops-6-years.csv")) {
            Run r = run("validate", EXAMPLES.resolve(f).toString(), "--year", "2025");
            assertThat(r.code()).as(f + r.out() + r.err()).isZero();
            assertThat(r.out()).contains("all valid");
        }
    }

    @Test
    void validate_listsAllProblems_notJustTheFirst(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("many.csv");
        Files.writeString(f, "kind;label;category;quantity;lifetime_years\n"
                + "device;a;laptop;3;5\n"
                + "device;b;laptop;douze;-1\n"
                + "\n"
                + "device;c;lapto;2;0,5\n"
                + "servr;d;;1;\n"
                + ";;;;\n");
        Run r = run("validate", f.toString(), "--year", "2024");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("many.csv:3: column 'quantity': expected a number, was 'douze'")
                .contains("many.csv:3: column 'lifetime_years': lifetimeYears must be a finite number > 0")
                .contains("many.csv:5: column 'category': device category 'lapto' is unknown")
                .contains("many.csv:6: column 'kind': unknown line kind 'servr'")
                .contains("4 problems in 3 of 4 lines");
    }

    @Test
    void validate_flowWithoutPurchaseYear() {
        Run r = run("validate", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--mapping",
                EXAMPLES.resolve("glpi/glpi-mapping.csv").toString(), "--accounting", "flow", "--year", "2024",
                "--require-purchase-years");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("column 'purchase_year': flow accounting with purchase years required: this"
                + " line has none");
        // by default such lines count as bought before the year (a completed input), and the file is valid
        Run counted = run("validate", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--mapping",
                EXAMPLES.resolve("glpi/glpi-mapping.csv").toString(), "--accounting", "flow", "--year", "2024");
        assertThat(counted.code()).as(counted.out() + counted.err()).isZero();
    }

    @Test
    void validate_latin1_decimalComma_semicolon() {
        Run r = run("validate", "src/test/resources/latin1-semicolon.csv", "--year", "2024");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("not valid UTF-8, read as Latin-1 (windows-1252)").contains("';'-separated");
    }

    static Stream<Arguments> brokenFiles() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String l : Files.readAllLines(BROKEN.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            out.add(Arguments.of(f[0], Integer.parseInt(f[1]), f[2]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFile_assessAndValidate_sayWhereAndWhy(String file, int code, String message) {
        String path = BROKEN.resolve(file).toString();
        Run assess = run("assess", path, "--year", "2024");
        assertThat(assess.code()).as(assess.err()).isEqualTo(code);
        assertThat(assess.err().replace(BROKEN.toString() + "/", "")).contains(message);
        assertThat(assess.out()).isEmpty();
        Run validate = run("validate", path, "--year", "2024");
        assertThat(validate.code()).isEqualTo(code);
        assertThat((validate.out() + validate.err()).replace(BROKEN.toString() + "/", "")).contains(message);
    }

    @Test
    void factors_listShowSearch() {
        assertThat(run("factors", "search", "laptop", "lifetime").out()).contains("device.laptop.lifetime");
        assertThat(run("factors", "show", "device.laptop.lifetime").out()).contains("source:").contains("licence:");
        assertThat(run("factors", "list", "device.laptop").out()).contains("device.laptop");
        Run missing = run("factors", "show", "device.nope");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no factor or parameter with id 'device.nope'");
    }

    @Test
    void convert_glpiToCsv_thenAssessGivesSameTotal(@TempDir Path dir) {
        Path csv = dir.resolve("glpi.csv");
        Run c = run("convert", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--mapping",
                EXAMPLES.resolve("glpi/glpi-mapping.csv").toString(), "-o", csv.toString());
        assertThat(c.code()).as(c.err()).isZero();
        Run a1 = run("assess", csv.toString(), "--year", "2024", "--format", "csv");
        Run a2 = run("assess", EXAMPLES.resolve("glpi/glpi-export.csv").toString(), "--mapping",
                EXAMPLES.resolve("glpi/glpi-mapping.csv").toString(), "--year", "2024", "--format", "csv");
        assertThat(a1.code()).isZero();
        assertThat(a1.out().lines().skip(1).toList()).isEqualTo(a2.out().lines().skip(1).toList());
    }
}
