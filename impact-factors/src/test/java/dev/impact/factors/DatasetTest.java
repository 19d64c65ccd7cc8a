package dev.impact.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.Factor;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The bundled dataset: coverage, and a sample of published figures pinned to their source. */
class DatasetTest {
    private static final Catalog C = Factors.builtIn();

    private static double use(String id) {
        return C.factor(id).orElseThrow(() -> new AssertionError("no factor " + id)).values()
                .value(Phase.USE, Indicator.CLIMATE_CHANGE);
    }

    @Test
    void ember2024_publishedIntensities() {
        // Ember yearly data 2024 as shipped by co2.js 0.19.0: France 44.18, Germany 342.06, World 472.94 g/kWh
        assertThat(use("electricity.fr.ember-yearly-2024.2024")).isCloseTo(0.04418, within(1e-5));
        assertThat(C.resolve("electricity.DE", 2024).orElseThrow().values().value(Phase.USE,
                Indicator.CLIMATE_CHANGE)).isCloseTo(0.34206, within(1e-5));
        assertThat(C.resolve("electricity.WORLD", 2024).orElseThrow().values().value(Phase.USE,
                Indicator.CLIMATE_CHANGE)).isCloseTo(0.47294, within(1e-5));
    }

    @Test
    void ademeLaptop_published() {
        // ADEME (Base Empreinte / ADEME–Arcep 2022, NegaOctet): laptop 170 / 12.3 / 2.79 kgCO2e
        Factor laptop = C.resolve("device.laptop", 2024).orElseThrow();
        assertThat(laptop.sourceId()).startsWith("ademe");
        assertThat(laptop.values().value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isEqualTo(170);
        assertThat(laptop.values().value(Phase.DISTRIBUTION, Indicator.CLIMATE_CHANGE)).isEqualTo(12.3);
        assertThat(laptop.values().value(Phase.END_OF_LIFE, Indicator.CLIMATE_CHANGE)).isEqualTo(2.79);
        assertThat(C.parameter("device.laptop.lifetime").orElseThrow().value()).isEqualTo(5);
    }

    @Test
    void devices_atLeast25Categories_eachWithALifetime() {
        Set<String> categories = new TreeSet<>();
        for (String k : C.keys()) {
            if (k.startsWith("device.")) {
                categories.add(k.substring("device.".length()));
            }
        }
        assertThat(categories).hasSizeGreaterThanOrEqualTo(25).contains("laptop", "desktop-pro",
                "desktop-personal", "monitor", "smartphone", "basic-phone", "tablet", "tv", "internet-box",
                "printer-laser", "printer-inkjet", "printer-mfp", "video-projector", "thin-client", "all-in-one",
                "external-hdd", "external-ssd", "usb-key", "keyboard", "mouse", "ip-phone", "switch", "router",
                "firewall", "wifi-access-point", "rack-server", "storage-bay");
        for (String c : categories) {
            assertThat(C.parameter("device." + c + ".lifetime")).as(c).isPresent();
        }
    }

    @Test
    void france_defaultsToAdemeConsumptionMix() {
        // the regulatory French default: ADEME Base Empreinte consumption mix, release valid for the year
        Factor f2024 = C.resolve("electricity.FR", 2024).orElseThrow();
        assertThat(f2024.sourceId()).startsWith("ademe-base-empreinte");
        assertThat(f2024.values().value(Phase.USE, Indicator.CLIMATE_CHANGE)).isCloseTo(0.0519, within(1e-6));
    }

    @Test
    void boaviztaComponents_published() {
        Factor die = C.resolve("server.cpu.die", 2024).orElseThrow();
        assertThat(die.values().value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isEqualTo(0.0197);
        // BoaviztAPI factors.yml cpu.die_impact adp 5.87e-9 kg Sb eq per mm2 (carried as minerals & metals)
        assertThat(die.values().value(Phase.MANUFACTURE, Indicator.ABIOTIC_DEPLETION)).isEqualTo(5.87e-9);
        Factor base = C.resolve("server.cpu.base", 2024).orElseThrow();
        assertThat(base.values().value(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE)).isEqualTo(9.14);
        assertThat(C.parameter("server.ram.power").orElseThrow().value()).isEqualTo(0.284);
    }

    @Test
    void electricity_coversEu27G20WorldEu_withTwoYears() {
        Map<String, Set<Integer>> years = new TreeMap<>();
        for (Factor f : C.factors()) {
            if (f.key().startsWith("electricity.")) {
                years.computeIfAbsent(f.key().substring("electricity.".length()), k -> new TreeSet<>()).add(f.year());
            }
        }
        List<String> eu27 = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
                "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
        List<String> g20 = List.of("AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "MX", "RU",
                "SA", "ZA", "KR", "TR", "GB", "US");
        assertThat(years.keySet()).containsAll(eu27).containsAll(g20).contains("WORLD", "EU27");
        assertThat(years.size()).isGreaterThanOrEqualTo(60);
        for (String z : eu27) {
            assertThat(years.get(z).stream().filter(y -> y >= 2022).count()).as(z).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void manifest_checksumMismatch_isRefused() {
        assertThatThrownBy(() -> DatasetLoader.load("2026.2", name -> {
            byte[] b = read(name);
            if (name.equals("usage.csv")) {
                b[b.length - 2] ^= 1;
            }
            return b;
        })).isInstanceOf(DataFileException.class).hasMessageContaining("2026.2/usage.csv: checksum mismatch");
    }

    @Test
    void unknownVersion() {
        assertThatThrownBy(() -> Factors.builtIn("1999.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no bundled dataset version '1999.1'; bundled: [2026.2, 2026.3]");
    }

    @Test
    void discovery() {
        assertThat(C.search("electricity FR").factors()).extracting(Factor::key).contains("electricity.FR");
        assertThat(C.list("server.").size()).isGreaterThan(20);
        assertThat(C.show("server.ram.power")).contains("0.284 W/GB").contains("source: ").contains("licence: ");
        assertThat(C.zone("France").orElseThrow().code()).isEqualTo("FR");
        assertThat(C.zone("deu").orElseThrow().code()).isEqualTo("DE");
        assertThat(C.zone(" ")).isEmpty(); // WORLD and EU have no alpha-3 code: a blank must not match them
        assertThat(C.zoneCode("Allemagne")).contains("DE");
        assertThatThrownBy(() -> C.show("nope")).hasMessage("no factor or parameter with id 'nope'; try"
                + " search(\"nope\")");
    }

    static byte[] read(String name) throws IOException {
        try (InputStream in = DatasetTest.class.getResourceAsStream(DatasetLoader.ROOT + "2026.2/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everySource_hasACheckedLicence_andOdblDataItsAttribution() throws IOException {
        Set<dev.impact.factor.Source> sources = new java.util.HashSet<>();
        C.factors().forEach(f -> sources.add(f.provenance().source()));
        C.parameters().forEach(p -> sources.add(p.provenance().source()));
        assertThat(sources).hasSizeGreaterThan(30);
        for (dev.impact.factor.Source s : sources) {
            assertThat(s.licence()).as(s.id()).isNotBlank().doesNotContainIgnoringCase("not checked")
                    .doesNotContainIgnoringCase("not re-checked");
        }
        // ODbL asks for a notice wherever a Produced Work is used: shipped in the jar, naming each ODbL source
        String attribution;
        try (InputStream in = DatasetTest.class.getResourceAsStream(DatasetLoader.ROOT + "ATTRIBUTION.md")) {
            attribution = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (dev.impact.factor.Source s : sources) {
            if (s.licence().contains("ODbL")) {
                assertThat(attribution).as(s.id()).contains(s.id()).contains("Open Database License");
            }
        }
    }
}
