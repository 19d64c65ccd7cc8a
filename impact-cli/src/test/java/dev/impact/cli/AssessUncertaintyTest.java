package dev.impact.cli;

import static dev.impact.cli.CliTest.EXAMPLES;
import static dev.impact.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.impact.cli.CliTest.Run;
import dev.impact.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact assess --uncertainty N}, run in-process. */
class AssessUncertaintyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One ADEME laptop kept 4 years, reporting year 2024 (ADEME 2024 French grid, 0.0519 kgCO2e/kWh). */
    static Path oneLaptop(Path dir) throws IOException {
        Path f = dir.resolve("one-laptop.csv");
        Files.writeString(f, "kind,category,quantity,lifetime_years\ndevice,laptop,1,4\n");
        return f;
    }

    @Test
    void text_oneLaptop_tableAndDrivers(@TempDir Path dir) throws IOException {
        Run r = run("assess", oneLaptop(dir).toString(), "--year", "2024", "--uncertainty", "10000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Assessment of one-laptop: 1 lines")
                .contains("Uncertainty (Monte Carlo): 10000 draws, seed 42,")
                .contains("p5").contains("p95")
                .contains("Main drivers per indicator")
                .contains("factor:device.laptop.ademe-acv-numerique-2.1.0-devices");
    }

    @Test
    void json_isTheReportWithItsUncertaintySection(@TempDir Path dir) throws IOException {
        Path in = oneLaptop(dir);
        Run plain = run("assess", in.toString(), "--year", "2024", "--format", "json");
        Run r = run("assess", in.toString(), "--year", "2024", "--format", "json", "--uncertainty", "10000",
                "--percentiles", "2.5,50,97.5");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = MAPPER.readTree(r.out());
        JsonNode u = j.get("uncertainty");
        assertThat(u.at("/simulation/draws").asInt()).isEqualTo(10000);
        assertThat(u.at("/simulation/seed").asLong()).isEqualTo(42);
        JsonNode gwp = u.at("/totals/gwp");
        // central: 185.09 / 4 + 29.0175 kWh × 0.0519 kgCO2e/kWh = 46.2725 + 1.50600825 = 47.77850825
        assertThat(gwp.get("central").asDouble()).isCloseTo(47.77850825, within(1e-6));
        // mean: the laptop factor is lognormal(gsd 1.73) of median 1, mean exp(ln²1.73 / 2) = 1.162091; the use
        // goes with hours/day triangular(0.5, 2.4) of mode 1 (mean 1.3), power uniform(0.667, 1.333) (mean 1) and
        // the grid lognormal(gsd 1.1) (mean 1.004552): 46.2725 × 1.162091 + 1.50600825 × 1.3 × 1.004552 = 55.7394;
        // sd ≈ 32, so the standard error of 10 000 draws is ≈ 0.32
        assertThat(gwp.get("mean").asDouble()).isCloseTo(55.7394, within(1.3));
        assertThat(gwp.get("unit").asText()).isEqualTo("kgCO2e");
        assertThat(gwp.get("percentiles").fieldNames()).toIterable().containsExactly("2.5", "50", "97.5");
        assertThat(gwp.at("/percentiles/50").asDouble()).isEqualTo(gwp.get("median").asDouble());
        assertThat(gwp.at("/percentiles/2.5").asDouble()).isLessThan(gwp.get("central").asDouble());
        assertThat(u.at("/drivers/gwp/0/variable").asText())
                .isEqualTo("factor:device.laptop.ademe-acv-numerique-2.1.0-devices");
        assertThat(u.at("/drivers/gwp/0/uncertainty").asText()).isEqualTo("lognormal(gsd=1.73)");
        assertThat(u.at("/drivers/gwp/0/varianceShare").asDouble()).isGreaterThan(0.9);
        // e-waste: 1.8 kg / 4 years = 0.45, mass triangular(0.706, 1.333) of mode 1: mean × 3.039 / 3 = 0.455850
        JsonNode ewaste = u.at("/totals/ewaste");
        assertThat(ewaste.get("central").asDouble()).isCloseTo(0.45, within(1e-12));
        assertThat(ewaste.get("mean").asDouble()).isCloseTo(0.45585, within(0.003));

        // every other field is the plain report's, and the report schema validates the whole
        ObjectNode without = (ObjectNode) j.deepCopy();
        without.remove("uncertainty");
        assertThat(without).isEqualTo(MAPPER.readTree(plain.out()));
        try (InputStream s = Report.class.getResourceAsStream(Report.SCHEMA_RESOURCE)) {
            var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(s.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            assertThat(schema.validate(r.out(), InputFormat.JSON)).isEmpty();
        }
    }

    @Test
    void sameSeed_sameFigures_otherSeed_otherFigures(@TempDir Path dir) throws IOException {
        Path in = oneLaptop(dir);
        String a = run("assess", in.toString(), "--year", "2024", "--uncertainty", "2000", "--seed", "7").out();
        String b = run("assess", in.toString(), "--year", "2024", "--uncertainty", "2000", "--seed", "7").out();
        String c = run("assess", in.toString(), "--year", "2024", "--uncertainty", "2000", "--seed", "8").out();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void htmlAndMarkdown_showTheRanges_csvSaysWhere(@TempDir Path dir) throws IOException {
        for (String fmt : new String[] {"html", "md"}) {
            Run r = run("assess", oneLaptop(dir).toString(), "--year", "2024", "--uncertainty", "100", "--format",
                    fmt, "--lang", "en", "--quiet");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("p5–p95").contains("100 draws");
        }
        Run csv = run("assess", oneLaptop(dir).toString(), "--year", "2024", "--uncertainty", "100", "--format",
                "csv", "--quiet");
        assertThat(csv.code()).isZero();
        assertThat(csv.err()).contains("note: the CSV format has one row per line, indicator and phase at central"
                + " values; the uncertainty (--uncertainty) is in the text, json, md and html formats");
    }

    @Test
    void localAuthority_json_everyIndicator() {
        Run r = run("assess", EXAMPLES.resolve("local-authority.csv").toString(), "--year", "2024", "--format",
                "json", "--uncertainty", "1000");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode u;
        try {
            u = MAPPER.readTree(r.out()).get("uncertainty");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(u.get("totals").fieldNames()).toIterable()
                .containsExactly("gwp", "adpe", "adpf", "ir", "ap", "pm", "wu", "ewaste");
        assertThat(u.get("variables").size()).isGreaterThan(10);
        JsonNode gwp = u.at("/totals/gwp");
        assertThat(gwp.at("/percentiles/5").asDouble()).isLessThan(gwp.at("/percentiles/95").asDouble());
        assertThat(u.at("/drivers/gwp").size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void usageErrors_exit2() throws IOException {
        Path in = oneLaptop(Files.createTempDirectory("impact-u"));
        Run stream = run("assess", in.toString(), "--uncertainty", "100", "--stream");
        assertThat(stream.code()).isEqualTo(2);
        assertThat(stream.err()).contains("--uncertainty needs the whole inventory in memory; it cannot be used with"
                + " --stream");
        Run one = run("assess", in.toString(), "--uncertainty", "1");
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err()).contains("--uncertainty must be a number of draws between 2 and 1000000, was 1");
        Run pct = run("assess", in.toString(), "--uncertainty", "100", "--percentiles", "5,100");
        assertThat(pct.code()).isEqualTo(2);
        assertThat(pct.err()).contains("--percentiles must be numbers in (0, 100) separated by commas, e.g. 5,50,95;"
                + " '100' in '5,100' is not");
        Run seed = run("assess", in.toString(), "--seed", "3");
        assertThat(seed.code()).isEqualTo(2);
        assertThat(seed.err()).contains("--seed only applies with --uncertainty N");
        assertThat(run("assess", in.toString(), "--uncertainty", "many").code()).isEqualTo(2);
    }
}
