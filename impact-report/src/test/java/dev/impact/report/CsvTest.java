package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void neutralise_formulaStarts() {
        for (String s : List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Csv.neutralise(s)).isEqualTo("'" + s);
        }
        assertThat(Csv.neutralise("laptop")).isEqualTo("laptop");
        assertThat(Csv.neutralise("")).isEmpty();
    }

    @Test
    void quote_rfc4180() {
        assertThat(Csv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.quote("plain")).isEqualTo("plain");
    }

    @Test
    void number_plainTwelveDigits() {
        assertThat(Csv.number(364.416, "")).isEqualTo("364.416");
        assertThat(Csv.number(0.1 + 0.2, "")).isEqualTo("0.3");
        assertThat(Csv.number(1e-7, "")).isEqualTo("0.0000001");
        assertThat(Csv.number(-3.5, "")).isEqualTo("-3.5");
        assertThat(Csv.number(72000, "")).isEqualTo("72000");
        assertThat(Csv.number(Double.NaN, "")).isEmpty();
    }

    @Test
    void text_neutralisesThenQuotes() {
        assertThat(new Csv().text("=HYPERLINK(\"x\",\"y\")").number(-2).endRecord().toString())
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",-2\r\n");
    }

    @Test
    void render_oneRowPerLineIndicatorPhase() {
        String csv = Fixtures.report().render(Format.CSV, Locale.ROOT);
        String[] records = csv.split("\r\n");
        assertThat(records).hasSize(1 + 3 * 8 * 4);
        assertThat(records[0]).isEqualTo(
                "line_index,label,category,quantity,indicator,unit,phase,value,availability,catalog_version,"
                + "catalog_checksum");
        // 120 laptops / 5 years × 250 kgCO2e = 6000
        assertThat(records[1]).isEqualTo("1,\"Agents' laptops, 14\"\"\",laptop,120,gwp,kgCO2e,manufacture,6000,"
                + "available,test-1,sha256:0123abcd");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void render_hostileLabelsNeutralised() {
        String csv = Fixtures.hostile().render(Format.CSV, Locale.ROOT);
        assertThat(csv).contains("\r\n2,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",laptop,")
                .contains("\r\n4,\"'@SUM(A1), +1, -2\",monitor,")
                .doesNotContain("\r\n2,=").doesNotContain(",=HYPERLINK");
        for (String record : csv.split("\r\n(?=\\d)")) {
            assertThat(record).doesNotStartWith("=").doesNotStartWith("@");
        }
    }
}
