package dev.impact.cli;

import static dev.impact.cli.CliTest.EXAMPLES;
import static dev.impact.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.impact.cli.CliTest.Run;
import java.io.IOException;
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

/** {@code impact scenario}, run in-process, on the sobriety example, hand-checked one-line inventories and broken files. */
class ScenarioCommandTest {
    static final Path BROKEN = Path.of("src/test/resources/broken-scenarios");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LOCAL = EXAMPLES.resolve("local-authority.csv").toString();
    private static final String SOBRIETY = EXAMPLES.resolve("scenario-sobriety.json").toString();

    static JsonNode json(Run r) {
        assertThat(r.code()).as(r.err()).isZero();
        try {
            return MAPPER.readTree(r.out());
        } catch (IOException e) {
            throw new AssertionError(r.out(), e);
        }
    }

    static JsonNode scenario(Path dir, String inventoryCsv, String whatIfs) throws IOException {
        Path inv = dir.resolve("inventory.csv");
        Files.writeString(inv, inventoryCsv);
        Path s = dir.resolve("scenario.json");
        Files.writeString(s, "{\"name\": \"test\", \"whatIfs\": [" + whatIfs + "]}");
        return json(run("scenario", inv.toString(), s.toString(), "--year", "2024", "--draws", "2000", "--format",
                "json", "-q"));
    }

    @Test
    void ademeLaptops_fourToSixYears_yearlyFootprintDropsByAThirdOfTheEmbodiedShare(@TempDir Path dir)
            throws IOException {
        // ADEME laptop: embodied 170 + 12.3 + 2.79 = 185.09 kgCO2e; use 29.0175 kWh × 0.0519 = 1.50600825 a year.
        // 4 years: 185.09 / 4 = 46.2725; 6 years: 185.09 / 6 = 30.848333 kg per laptop-year (a third less embodied).
        // 200 laptops: 200 × 47.77850825 = 9555.70165 → 200 × 32.35434158 = 6470.868317; change −200 × 185.09 / 12.
        JsonNode j = scenario(dir, "kind,category,quantity,lifetime_years\ndevice,laptop,200,4\n",
                "{\"type\": \"extendLifetime\", \"category\": \"laptop\", \"years\": 2}");
        JsonNode gwp = CompareCommandTest.ind(j, "gwp");
        assertThat(gwp.at("/baseline/stats/central").asDouble()).isCloseTo(9555.70165, within(1e-6));
        assertThat(gwp.at("/scenario/stats/central").asDouble()).isCloseTo(6470.868317, within(1e-5));
        assertThat(gwp.at("/change/central").asDouble()).isCloseTo(-200 * 185.09 / 12, within(1e-6));
        assertThat(gwp.at("/relativeChange/central").asDouble()).isCloseTo(-15.4241667 / 47.77850825, within(1e-7));
        // the laptop factor is drawn alike in both: the scenario is lower in every draw
        assertThat(gwp.get("probabilityLower").asDouble()).isEqualTo(1.0);
        assertThat(gwp.at("/change/percentiles/95").asDouble()).isNegative();
        // e-waste per year: 1.8 kg / 4 → 1.8 kg / 6, a third less
        assertThat(CompareCommandTest.ind(j, "ewaste").at("/relativeChange/central").asDouble()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(j.at("/scenario/whatIfs/0/description").asText()).isEqualTo("laptop kept 2 year(s) longer");
    }

    @Test
    void sharedTablets_embodiedHalves_useUnchanged(@TempDir Path dir) throws IOException {
        // 100 tablets kept 3 years, shared by 2 pupils: 50 tablets, each used twice as much; the embodied share
        // (80.5 + 3.43 + 0.364) / 3 = 28.098 kgCO2e per tablet-year halves: −50 × 28.098 = −1404.9
        JsonNode j = scenario(dir, "kind,category,quantity,lifetime_years\ndevice,tablet,100,3\n",
                "{\"type\": \"shareDevices\", \"category\": \"tablet\", \"usersPerDevice\": 2}");
        assertThat(CompareCommandTest.ind(j, "gwp").at("/change/central").asDouble()).isCloseTo(-1404.9, within(1e-6));
    }

    @Test
    void greenerGrid_halvesTheUse(@TempDir Path dir) throws IOException {
        // 10 laptops using 100 kWh a year each in France (0.0519 kgCO2e/kWh): use 51.9 kgCO2e; grid × 0.5 → −25.95
        JsonNode j = scenario(dir, "kind,category,quantity,lifetime_years,kwh_per_year\ndevice,laptop,10,5,100\n",
                "{\"type\": \"gridMix\", \"zone\": \"fr\", \"ratio\": 0.5}");
        assertThat(CompareCommandTest.ind(j, "gwp").at("/change/central").asDouble()).isCloseTo(-25.95, within(1e-9));
        assertThat(j.at("/scenario/whatIfs/0/zone").asText()).isEqualTo("FR");
    }

    @Test
    void lessStorage_linearInTbYears(@TempDir Path dir) throws IOException {
        // storage footprints are linear in TB-years: 20 % less data, 20 % less footprint on every indicator
        JsonNode j = scenario(dir, "kind,quantity,medium\nstorage,50,ssd\nstorage,200,hdd\n",
                "{\"type\": \"reduceStorage\", \"fraction\": 0.2}");
        for (JsonNode i : j.get("indicators")) {
            if (i.at("/baseline/stats/central").asDouble() != 0) {
                assertThat(i.at("/relativeChange/central").asDouble()).isCloseTo(-0.2, within(1e-12));
            }
        }
    }

    @Test
    void everyLeverType_parsedAndApplied(@TempDir Path dir) throws IOException {
        JsonNode j = scenario(dir, "kind,category,quantity,lifetime_years\ndevice,laptop,20,4\ndevice,smartphone,10,"
                        + "3\ndevice,tablet,10,3\nstorage,,5,\n",
                "{\"type\": \"extendLifetime\", \"categories\": [\"laptop\", \"smartphone\"], \"years\": 1},"
                        + "{\"type\": \"refurbished\", \"category\": \"smartphone\", \"share\": 0.3},"
                        + "{\"type\": \"shareDevices\", \"category\": \"tablet\", \"usersPerDevice\": 2},"
                        + "{\"type\": \"reduceStorage\", \"fraction\": 0.2},"
                        + "{\"type\": \"moveStorage\", \"zone\": \"SE\"},"
                        + "{\"type\": \"gridMix\", \"zone\": \"FR\", \"ratio\": 0.8}");
        List<String> types = new ArrayList<>();
        j.at("/scenario/whatIfs").forEach(w -> types.add(w.get("type").asText()));
        // the schema'd JSON names the levers in snake case (the scenario file's own names are camel case)
        assertThat(types).containsExactly("extend_lifetime", "extend_lifetime", "refurbished", "share_devices",
                "reduce_storage", "move_storage", "grid_mix");
        // the refurbished lever splits the smartphone line: 4 lines → 5
        assertThat(j.at("/scenario/lines").asInt()).isEqualTo(5);
        assertThat(CompareCommandTest.ind(j, "gwp").at("/change/central").asDouble()).isNegative();
    }

    @Test
    void sobrietyExample_htmlReport() {
        Run html = run("scenario", LOCAL, SOBRIETY, "--year", "2024", "--draws", "500", "--format", "html");
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<svg");
    }

    @Test
    void sobrietyExample_onLocalAuthority_lowerWithConfidence() {
        Run text = run("scenario", LOCAL, SOBRIETY, "--year", "2024", "--draws", "2000");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Scenario plan de sobriété numérique: laptop kept 2 year(s) longer;"
                        + " desktop-pro kept 2 year(s) longer; desktop-personal kept 2 year(s) longer; 30 % of"
                        + " smartphone bought refurbished; tablet shared by 2 users; 20 % less data stored")
                .contains("P(lower)").contains("With uncertainty: mean [p5 .. p95] (seed 42)");
        JsonNode j = json(run("scenario", LOCAL, SOBRIETY, "--year", "2024", "--draws", "2000", "--format", "json"));
        JsonNode gwp = CompareCommandTest.ind(j, "gwp");
        assertThat(gwp.at("/change/central").asDouble()).isNegative();
        assertThat(gwp.at("/relativeChange/central").asDouble()).isBetween(-0.5, -0.05);
        assertThat(gwp.get("probabilityLower").asDouble()).isGreaterThan(0.95);
        assertThat(CompareCommandTest.ind(j, "ewaste").at("/change/central").asDouble()).isNegative();
        assertThat(j.at("/baseline/lines").asInt()).isEqualTo(1991);
        assertThat(j.at("/simulation/draws").asInt()).isEqualTo(2000);
    }

    @Test
    void leverMatchingNoLine_isANotice(@TempDir Path dir) throws IOException {
        Path inv = dir.resolve("inventory.csv");
        Files.writeString(inv, "kind,category,quantity\ndevice,laptop,3\n");
        Run r = run("scenario", inv.toString(), SOBRIETY, "--year", "2024", "--draws", "100");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("whatIfs[1] (refurbished of 'smartphone') matches no line of inventory; it"
                + " changes nothing");
    }

    @Test
    void invalidInventory_refusedBeforeTheScenario() {
        Run r = run("scenario", CliTest.BROKEN.resolve("bad-number.csv").toString(), SOBRIETY);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad-number.csv:2: column 'quantity': expected a number, was 'douze'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void usageErrors_exit2() {
        assertThat(run("scenario", LOCAL).code()).isEqualTo(2);
        Run draws = run("scenario", LOCAL, SOBRIETY, "--draws", "0");
        assertThat(draws.code()).isEqualTo(2);
        assertThat(draws.err()).contains("--draws must be a number of draws between 2 and 1000000, was 0");
        assertThat(run("scenario", LOCAL, SOBRIETY, "--format", "csv").code()).isEqualTo(2);
        Run same = run("scenario", LOCAL, SOBRIETY, "-o", SOBRIETY);
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("is an input of this command; refusing to overwrite it");
    }

    static Stream<Arguments> brokenScenarios() throws IOException {
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
    @MethodSource("brokenScenarios")
    void brokenScenario_saysWhereAndWhy(String file, int code, String message) {
        Run r = run("scenario", LOCAL, BROKEN.resolve(file).toString(), "--year", "2024", "--draws", "100");
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().replace(BROKEN + "/", "")).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everyBrokenScenarioFile_isListed() throws IOException {
        List<String> listed = brokenScenarios().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(BROKEN)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }
}
