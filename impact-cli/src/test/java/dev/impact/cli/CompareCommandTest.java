package dev.impact.cli;

import static dev.impact.cli.CliTest.BROKEN;
import static dev.impact.cli.CliTest.EXAMPLES;
import static dev.impact.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.impact.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact compare}, run in-process. */
class CompareCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String A = EXAMPLES.resolve("offers/offer-a-new.csv").toString();
    private static final String B = EXAMPLES.resolve("offers/offer-b-refurbished.json").toString();
    private static final String C = EXAMPLES.resolve("offers/offer-c-laptops-6-years.csv").toString();

    static JsonNode json(Run r) {
        assertThat(r.code()).as(r.err()).isZero();
        try {
            return MAPPER.readTree(r.out());
        } catch (IOException e) {
            throw new AssertionError(r.out(), e);
        }
    }

    /** The indicator of this code in the schema'd JSON's "indicators" array. */
    static JsonNode ind(JsonNode j, String code) {
        for (JsonNode i : j.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    /** The offer of this name in an indicator's "offers" array. */
    static JsonNode off(JsonNode indicator, String name) {
        for (JsonNode o : indicator.get("offers")) {
            if (o.get("name").asText().equals(name)) {
                return o;
            }
        }
        throw new AssertionError("no offer " + name);
    }

    /** P(a < b) from the indicator's matrix, rows and columns in the order of the top-level "offers". */
    static double pLower(JsonNode j, JsonNode indicator, String a, String b) {
        java.util.List<String> names = new java.util.ArrayList<>();
        j.get("offers").forEach(o -> names.add(o.get("name").asText()));
        return indicator.get("probabilityLower").get(names.indexOf(a)).get(names.indexOf(b)).asDouble();
    }

    @Test
    void examples_text_threeOffersPerDeviceYear() {
        Run r = run("compare", A, B, C, "--per", "device-year", "--year", "2025", "--draws", "2000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("offer-a-new").contains("offer-b-refurbished").contains("offer-c-laptops-6-years")
                .contains("Comparison of 3 offers, per device-year, 2000 draws (seed 42)")
                .contains("climate change (kgCO2e per device-year)").contains("P(lowest)").contains("P(row < column)");
    }

    @Test
    void examples_json_centralByHand_andProbabilitiesConsistent() {
        JsonNode j = json(run("compare", A, B, C, "--per", "device-year", "--year", "2025", "--draws", "5000",
                "--format", "json"));
        assertThat(j.get("kind").asText()).isEqualTo("comparison");
        assertThat(j.at("/functionalUnit/kind").asText()).isEqualTo("device_year");
        assertThat(j.get("schemaVersion").asText()).isEqualTo(dev.impact.report.ComparisonReport.SCHEMA_VERSION);
        assertThat(j.at("/offers/2/name").asText()).isEqualTo("offer-c-laptops-6-years");
        // offer A: 300 laptops + 300 monitors + 20 desktops + 120 smartphones = 740 device-years in a year
        assertThat(j.at("/offers/0/functionalUnits").asDouble()).isEqualTo(740);
        assertThat(j.at("/offers/2/functionalUnits").asDouble()).isEqualTo(200);
        // offer C, per laptop-year in 2025: 185.09 / 6 + 29.0175 kWh × 0.0461 kgCO2e/kWh (ADEME 2025 grid)
        // = 30.848333 + 1.337707 = 32.186040
        JsonNode gwp = ind(j, "gwp");
        assertThat(off(gwp, "offer-c-laptops-6-years").at("/perFunctionalUnit/central").asDouble()).isCloseTo(32.18604, within(1e-5));
        // e-waste: 1.8 kg / 6 years = 0.3 kg per laptop-year
        assertThat(off(ind(j, "ewaste"), "offer-c-laptops-6-years").at("/perFunctionalUnit/central").asDouble())
                .isCloseTo(0.3, within(1e-12));
        // probabilities: P(lowest) sum to 1; P(a < b) + P(b < a) = 1
        double sum = 0;
        for (String o : new String[] {"offer-a-new", "offer-b-refurbished", "offer-c-laptops-6-years"}) {
            sum += off(gwp, o).get("probabilityLowest").asDouble();
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
        assertThat(pLower(j, gwp, "offer-a-new", "offer-b-refurbished")
                + pLower(j, gwp, "offer-b-refurbished", "offer-a-new")).isCloseTo(1, within(1e-9));
        // the ranking is by mean
        String first = gwp.at("/ranking/0").asText();
        for (JsonNode o : gwp.get("offers")) {
            assertThat(off(gwp, first).at("/perFunctionalUnit/mean").asDouble())
                    .isLessThanOrEqualTo(o.at("/perFunctionalUnit/mean").asDouble());
        }
    }

    @Test
    void examples_htmlAndMarkdownReports() {
        Run html = run("compare", A, B, C, "--per", "device-year", "--year", "2025", "--draws", "500", "--format",
                "html", "--lang", "en");
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<svg").contains("offer-a-new")
                .contains("offer-c-laptops-6-years");
        Run md = run("compare", A, B, "--per", "device-year", "--year", "2025", "--draws", "500", "--format", "md",
                "--lang", "fr");
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).contains("| offer-a-new").contains("offer-b-refurbished");
        Run bad = run("compare", A, B, "--per", "device-year", "--format", "pdf");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--format must be one of text, json, html, md, was 'pdf'");
    }

    @Test
    void identicalOffers_probabilityOneHalf() {
        JsonNode j = json(run("compare", "same=" + A, "copy=" + A, "--per", "seat", "--users", "300", "--year",
                "2025", "--draws", "1000", "--format", "json"));
        for (JsonNode i : j.get("indicators")) {
            if (i.isNull()) {
                continue;
            }
            assertThat(pLower(j, i, "same", "copy")).isEqualTo(0.5);
            assertThat(off(i, "same").get("probabilityLowest").asDouble()).isEqualTo(0.5);
        }
        // per seat: offer A's yearly total / 300 seats; same figures for both
        assertThat(off(ind(j, "gwp"), "same").at("/perFunctionalUnit/central").asDouble())
                .isEqualTo(off(ind(j, "gwp"), "copy").at("/perFunctionalUnit/central").asDouble());
    }

    @Test
    void strictlyLowerOnEveryInput_probabilityOne(@TempDir Path dir) throws IOException {
        // the same 200 laptops kept 4 instead of 6 years: higher per laptop-year in every draw (same factor draws)
        Path four = dir.resolve("laptops-4-years.csv");
        Files.writeString(four, "kind,category,quantity,lifetime_years\ndevice,laptop,200,4\n");
        JsonNode j = json(run("compare", C, four.toString(), "--per", "device-year", "--year", "2025", "--draws",
                "2000", "--format", "json"));
        JsonNode gwp = ind(j, "gwp");
        assertThat(pLower(j, gwp, "offer-c-laptops-6-years", "laptops-4-years")).isEqualTo(1.0);
        assertThat(off(gwp, "offer-c-laptops-6-years").get("probabilityLowest").asDouble()).isEqualTo(1.0);
        assertThat(gwp.at("/ranking/0").asText()).isEqualTo("offer-c-laptops-6-years");
        // central difference per laptop-year: 185.09 / 4 − 185.09 / 6 = 15.424167 (the use is the same)
        assertThat(off(gwp, "laptops-4-years").at("/perFunctionalUnit/central").asDouble()
                - off(gwp, "offer-c-laptops-6-years").at("/perFunctionalUnit/central").asDouble()).isCloseTo(15.424167, within(1e-6));
    }

    @Test
    void independentFactors_probabilityAsTheClosedFormSays(@TempDir Path dir) throws IOException {
        // laptops kept 5 years vs tablets kept 3, both using 30 kWh a year: per device-year the use (and the grid
        // draw) is the same in both, so only the embodied parts differ; each is its own factor, lognormal of median
        // 1: laptop 185.09 / 5 = 37.018 kgCO2e, gsd 1.73; tablet (80.5 + 3.43 + 0.364) / 3 = 28.098, gsd 2.0.
        // P(tablet < laptop) = Φ(ln(37.018 / 28.098) / √(ln²1.73 + ln²2)) = Φ(0.27571 / 0.88369) = Φ(0.31200)
        // = 0.6225; standard error of 20 000 draws √(0.6225 × 0.3775 / 20000) = 0.0034
        Path laptops = dir.resolve("laptops.csv");
        Files.writeString(laptops, "kind,category,quantity,lifetime_years,kwh_per_year\ndevice,laptop,10,5,30\n");
        Path tablets = dir.resolve("tablets.csv");
        Files.writeString(tablets, "kind,category,quantity,lifetime_years,kwh_per_year\ndevice,tablet,10,3,30\n");
        JsonNode j = json(run("compare", laptops.toString(), tablets.toString(), "--per", "device-year", "--year",
                "2024", "--draws", "20000", "--format", "json"));
        assertThat(pLower(j, ind(j, "gwp"), "tablets", "laptops")).isCloseTo(0.6225,
                within(0.015));
        // use: 30 kWh × 0.0519 = 1.557 kgCO2e per device-year on top of the embodied share
        assertThat(off(ind(j, "gwp"), "tablets").at("/perFunctionalUnit/central").asDouble()).isCloseTo(28.098 + 1.557,
                within(1e-9));
    }

    @Test
    void usersPerOffer_userYearAndSeat() {
        JsonNode j = json(run("compare", "a=" + A, "b=" + B, "--per", "user-year", "--users", "b=2", "--year",
                "2025", "--draws", "500", "--format", "json"));
        // a: 740 devices × 1 user; b: 740 devices × 2 users
        assertThat(j.at("/offers/0/functionalUnits").asDouble()).isEqualTo(740);
        assertThat(j.at("/offers/1/functionalUnits").asDouble()).isEqualTo(1480);
        assertThat(j.at("/offers/1/unit").asText()).isEqualTo("per user-year (2 users per device)");
        JsonNode seats = json(run("compare", "a=" + A, "b=" + B, "--per", "seat", "--users", "300", "--users",
                "b=150", "--year", "2025", "--draws", "500", "--format", "json", "--accounting", "flow"));
        assertThat(seats.at("/offers/0/functionalUnits").asDouble()).isEqualTo(300);
        assertThat(seats.at("/offers/1/functionalUnits").asDouble()).isEqualTo(150);
        assertThat(seats.at("/options/accounting").asText()).isEqualTo("flow");
    }

    @Test
    void toFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("cmp.json");
        Run r = run("compare", A, B, "--per", "device-year", "--year", "2025", "--draws", "200", "--format", "json",
                "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(MAPPER.readTree(out.toFile()).get("kind").asText()).isEqualTo("comparison");
    }

    @Test
    void invalidOffers_refusedWithEveryProblemOfEveryFile() {
        Run r = run("compare", BROKEN.resolve("bad-number.csv").toString(),
                BROKEN.resolve("unknown-category.csv").toString(), A, "--per", "device-year", "--year", "2025");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad-number.csv:2: column 'quantity': expected a number, was 'douze'")
                .contains("unknown-category.csv:2: column 'category': device category 'lapto' is unknown")
                .contains("nothing was written");
        assertThat(r.out()).isEmpty();
        Run missing = run("compare", "nope.csv", A, "--per", "device-year");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv: no such file");
    }

    @Test
    void usageErrors_exit2() {
        Run one = run("compare", A, "--per", "device-year");
        assertThat(one.code()).isEqualTo(2);
        Run noPer = run("compare", A, B);
        assertThat(noPer.code()).isEqualTo(2);
        assertThat(noPer.err()).contains("--per is required (device-year, user-year or seat) unless every offer is a"
                + " bid file");
        Run typo = run("compare", A, B, "--per", "device-yaer");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("--per must be device-year, user-year or seat, was 'device-yaer'; did you"
                + " mean device-year");
        Run seats = run("compare", A, B, "--per", "seat", "--users", "offer-a-new=300");
        assertThat(seats.code()).isEqualTo(2);
        assertThat(seats.err()).contains("--per seat needs the number of seats of offer 'offer-b-refurbished':"
                + " --users offer-b-refurbished=N, or --users N for every offer");
        Run unknown = run("compare", A, B, "--per", "user-year", "--users", "offer-a-nwe=2");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no offer is named 'offer-a-nwe'; did you mean offer-a-new?");
        Run zero = run("compare", A, B, "--per", "user-year", "--users", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--users must be a number > 0 (N or NAME=N), was '0'");
        Run flow = run("compare", A, B, "--per", "device-year", "--accounting", "flow");
        assertThat(flow.code()).isEqualTo(2);
        assertThat(flow.err()).contains("--per device-year needs --accounting yearly");
        Run twice = run("compare", A, A, "--per", "device-year");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("offer name 'offer-a-new' is given twice");
        Run users = run("compare", A, B, "--per", "device-year", "--users", "2");
        assertThat(users.code()).isEqualTo(2);
        assertThat(users.err()).contains("--users applies to --per user-year or seat, not device-year");
        Run fmt = run("compare", A, B, "--per", "device-year", "--format", "csv");
        assertThat(fmt.code()).isEqualTo(2);
    }
}
