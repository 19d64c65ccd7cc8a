package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void escape_xmlSpecials() {
        assertThat(Svg.escape("<a href='x'>\"&\"</a>\u0001"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    }

    @Test
    void num_dotDecimalWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(Svg.num(12.345)).isEqualTo("12.35");
            assertThat(Svg.num(190)).isEqualTo("190");
            assertThat(Svg.num(0.5)).isEqualTo("0.5");
            assertThat(Svg.num(-0.001)).isEqualTo("0");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void num_nonFinite() {
        assertThatThrownBy(() -> Svg.num(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SVG coordinate must be a finite number, was NaN");
    }

    @Test
    void of_badSize() {
        assertThatThrownBy(() -> Svg.of(0, 10, "t")).hasMessage("width must be a finite number > 0, was 0.0");
    }

    @Test
    void toSvg_accessibleAndEscaped() {
        String s = Svg.of(100, 50, "a <b> title").rect(1, 2, 3, 4, "#fff", "tip & more").rect(0, 0, 0, 4, "#000", "")
                .text(5, 6, "<script>", "start", "label").toSvg();
        assertThat(s).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 100 50\"")
                .contains("role=\"img\" aria-label=\"a &lt;b&gt; title\"><title>a &lt;b&gt; title</title>")
                .contains("<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#fff\"><title>tip &amp; more</title>")
                .contains(">&lt;script&gt;</text>")
                .doesNotContain("fill=\"#000\"");
    }
}
