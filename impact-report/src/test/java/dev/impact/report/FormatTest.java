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
                .hasMessage("format must be one of html, md, csv, csv-fr, json, xlsx, was 'pdf'");
    }

    @Test
    void extensionAndMediaType_pureData() {
        assertThat(Format.HTML.extension()).isEqualTo("html");
        assertThat(Format.MARKDOWN.extension()).isEqualTo("md");
        assertThat(Format.CSV.mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(Format.JSON.mediaType()).isEqualTo("application/json");
    }
}
