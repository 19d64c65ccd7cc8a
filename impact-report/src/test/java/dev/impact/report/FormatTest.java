package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void of_nameOrExtension() {
        assertThat(Format.of("md")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.of(" Markdown ")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.of("HTML")).isEqualTo(Format.HTML);
    }

    @Test
    void of_unknown() {
        assertThatThrownBy(() -> Format.of("pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must be one of html, md, csv, json, was 'pdf'");
    }

    @Test
    void renderer_matchesFormat() {
        for (Format f : Format.values()) {
            assertThat(f.renderer().format()).isEqualTo(f);
        }
    }
}
