package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineSinkTest {
    @Test
    void text_neutralisesFormulas_alsoBehindATabOrACarriageReturn() {
        assertThat(CsvLineSink.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvLineSink.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvLineSink.text("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvLineSink.text("-5 kg")).isEqualTo("'-5 kg");
        assertThat(CsvLineSink.text("agents, site A")).isEqualTo("\"agents, site A\"");
        assertThat(CsvLineSink.text("portables")).isEqualTo("portables");
    }
}
