package dev.impact.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.impact.factor.Factor;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayTest {
    private static final String HEADER = "id,key,name,unit,zone,year,source,uncertainty,estimate,note,use.gwp,"
            + "source_title,source_publisher,source_year,source_locator,source_licence\n";
    private static final String CONTRACT = "electricity.fr.contract,electricity.FR,Green contract,kWh,FR,2024,"
            + "my-contract,lognormal(gsd=1.1),false,guarantees of origin,0.012,Electricity contract 2024-17,"
            + "Town hall,2024,contract file 2024-17,internal\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void validOverlay_changesExactlyTheRowsItNames() throws IOException {
        Catalog base = Factors.builtIn();
        Factor ember = base.factor("electricity.fr.ember-yearly-2024.2024").orElseThrow();
        String replaced = "electricity.fr.ember-yearly-2024.2024,electricity.FR,France corrected,kWh,FR,2024,"
                + "ember-yearly-2024,lognormal(gsd=1.1),true,test,0.05,,,,,\n";
        Catalog c = base.withOverlay(write("mine.csv", HEADER + CONTRACT + replaced));
        // one row added, one replaced, every other row identical
        assertThat(c.factors()).hasSize(base.factors().size() + 1);
        assertThat(c.factor("electricity.fr.ember-yearly-2024.2024").orElseThrow().values()
                .value(Phase.USE, Indicator.CLIMATE_CHANGE)).isEqualTo(0.05);
        Set<String> changed = new HashSet<>();
        for (Factor f : c.factors()) {
            if (!base.factor(f.id()).map(f::equals).orElse(false)) {
                changed.add(f.id());
            }
        }
        assertThat(changed).containsExactlyInAnyOrder("electricity.fr.contract", ember.id());
        assertThat(c.parameters()).containsExactlyElementsOf(base.parameters());
        // the overlay's own source keeps its provenance and is preferred for the key
        Factor contract = c.resolve("electricity.FR", 2024).orElseThrow();
        assertThat(contract.id()).isEqualTo("electricity.fr.contract");
        assertThat(contract.provenance().source().title()).isEqualTo("Electricity contract 2024-17");
        assertThat(c.checksum()).startsWith(base.checksum() + " + overlay sha256:");
        // the base is untouched
        assertThat(base.factor("electricity.fr.contract")).isEmpty();
    }

    @Test
    void parameterOverlay() throws IOException {
        Catalog c = Factors.builtIn().withOverlay(write("p.csv", "id,value,unit,zone,year,source,uncertainty,"
                + "estimate,note\nserver.lifetime,6,year,FR,2024,boavizta-api-2.4.1,exact,false,our policy\n"));
        assertThat(c.parameter("server.lifetime").orElseThrow().value()).isCloseTo(6, within(0.0));
    }

    @Test
    void badNumber_namesFileLineField() throws IOException {
        Path p = write("bad.csv", HEADER + CONTRACT + CONTRACT.replace("contract,", "contract2,")
                .replace(",0.012,", ",0,012,"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(p)).isInstanceOf(DataFileException.class)
                .hasMessage(p + " line 3: has 17 fields but the header has 16 (a comma inside an unquoted field?)");
        Path q = write("bad2.csv", HEADER + CONTRACT.replace(",0.012,", ",abc,"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(q)).isInstanceOf(DataFileException.class)
                .hasMessage(q + " line 2, field 'use.gwp': 'abc' is not a number (use '.' as decimal separator, no"
                        + " thousands separator)")
                .satisfies(e -> {
                    DataFileException d = (DataFileException) e;
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.field()).isEqualTo("use.gwp");
                });
    }

    @Test
    void unknownUnit() throws IOException {
        Path p = write("u.csv", HEADER + CONTRACT.replace(",kWh,", ",MWh,"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(p)).hasMessageStartingWith(
                p + " line 2, field 'unit': unknown reference unit 'MWh'; expected one of unit, kWh, GB");
    }

    @Test
    void duplicateId() throws IOException {
        Path p = write("d.csv", HEADER + CONTRACT + CONTRACT);
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(p)).hasMessage(
                p + " line 3, field 'id': duplicate id 'electricity.fr.contract' (first at line 2)");
    }

    @Test
    void missingSource() throws IOException {
        Path p = write("s.csv", HEADER + "x.fr,electricity.FR,X,kWh,FR,2024,nobody,exact,false,,0.1,,,,,\n");
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(p)).hasMessageStartingWith(
                p + " line 2, field 'source': unknown source 'nobody'; use a built-in source id or describe the source");
    }

    @Test
    void unknownZone_andBadUncertainty_andNegative() throws IOException {
        Path z = write("z.csv", HEADER + CONTRACT.replace(",FR,2024,", ",XX,2024,"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(z)).hasMessageStartingWith(
                z + " line 2, field 'zone': unknown zone 'XX'");
        Path u = write("un.csv", HEADER + CONTRACT.replace("lognormal(gsd=1.1)", "lognormal(gsd=0.5)"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(u)).hasMessage(
                u + " line 2, field 'uncertainty': lognormal gsd must be a number > 1 and <= 10 (10 already spreads the"
                        + " 95 % interval over nearly four orders of magnitude), was 0.5");
        Path n = write("n.csv", HEADER + CONTRACT.replace(",0.012,", ",-0.012,"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(n)).hasMessage(
                n + " line 2, field 'use.gwp': -0.012 is negative; only end-of-life impacts (recycling credits) may"
                        + " be");
    }

    @Test
    void badHeader() throws IOException {
        Path p = write("h.csv", "id,key,name\nx,y,z\n");
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(p)).hasMessageStartingWith(
                p + " line 1, field 'unit': required column is missing");
        Path q = write("h2.csv", HEADER.replace("use.gwp", "use.co2") + CONTRACT);
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(q)).hasMessageStartingWith(
                q + " line 1, field 'use.co2': unknown column");
    }

    @Test
    void quotedNewlines_keepLineNumbers() throws IOException {
        String first = CONTRACT.replace("guarantees of origin", "\"two\nlines\"");
        Path p = write("q.csv", HEADER + first + CONTRACT.replace("contract,", "c2,").replace(",0.012,", ",x,"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(p)).hasMessageStartingWith(p + " line 4, field"
                + " 'use.gwp'");
    }

    /** Values the engine would turn into infinities are refused in the overlay, naming its line and field. */
    @Test
    void valuesThatWouldOverflow_areBlamedOnTheOverlay() throws IOException {
        String params = "id,value,unit,zone,year,source,uncertainty,estimate,note,source_title,source_publisher,"
                + "source_year,source_locator,source_licence\n";
        String mine = ",my-audit,\"triangular(low=0.6,high=1)\",false,,Our audit,Town hall,2024,audit 2024,internal\n";
        Path zero = write("life0.csv", params + "device.laptop.lifetime,0,year,FR,2022" + mine);
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(zero)).hasMessage(zero + " line 2, field 'value': 0"
                + " years: a lifetime or a duration must be > 0 (the engine divides by it)");
        Path hours = write("h25.csv", params + "device.laptop.hours_per_day,25,h/day,FR,2022" + mine);
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(hours)).hasMessage(hours + " line 2, field 'value':"
                + " 25.0 hours per day: a day has 24");
        Path huge = write("huge.csv", HEADER + CONTRACT.replace(",0.012,", ",1e305,"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(huge)).hasMessage(huge + " line 2, field 'use.gwp':"
                + " 1.0E305 is beyond 1e300 kgCO2e, the largest figure impact computes");
        Path gsd = write("gsd.csv", HEADER + CONTRACT.replace("gsd=1.1", "gsd=1e308"));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(gsd)).hasMessageStartingWith(gsd + " line 2, field"
                + " 'uncertainty': lognormal gsd must be a number > 1 and <= 10");
        Path offCentre = write("off.csv", HEADER + CONTRACT.replace("lognormal(gsd=1.1)",
                "\"uniform(low=0.96,high=10)\""));
        assertThatThrownBy(() -> Factors.builtIn().withOverlay(offCentre)).hasMessageContaining(
                "puts the central value outside its own 5th-95th percentiles");
    }
}
