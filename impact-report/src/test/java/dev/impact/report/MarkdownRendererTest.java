package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void escape_markupAndHtml() {
        assertThat(MarkdownOutputFormat.escape("a|b *c* _d_ [e](f) <script>&"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) &lt;script&gt;&amp;");
        assertThat(MarkdownOutputFormat.escape("# title\n- item")).isEqualTo("\\# title - item");
        assertThat(MarkdownOutputFormat.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownOutputFormat.escape("=1-2")).isEqualTo("\\=1-2");
    }

    @Test
    void render_hostileLabelsStayInTheirCell() {
        String md = Fixtures.hostile().render(Format.MARKDOWN, Locale.ENGLISH);
        assertThat(md).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;");
        // every row of the lines table has as many unescaped pipes as its header
        String[] rows = md.substring(md.indexOf("## By line")).split("\n");
        long header = pipes(rows[4]);
        for (int i = 4; i < 4 + 2 + 4; i++) {
            assertThat(pipes(rows[i])).as("row %s", rows[i]).isEqualTo(header);
        }
    }

    private static long pipes(String row) {
        return row.replace("\\|", "").chars().filter(c -> c == '|').count();
    }

    @Test
    void render_frenchNumbers() {
        String md = Fixtures.report().render(Format.MARKDOWN, Locale.FRENCH);
        // total climate change 10 816.812 kgCO2e (ReportTest) → 10.8 t to three significant figures, decimal comma;
        // fossil resource use 282 231 MJ → 282 GJ; per line, the annex keeps the canonical units (150 768 MJ, narrow
        // no-break space between thousands)
        assertThat(md).contains("| Changement climatique | 10,8 t CO₂e |").contains("| Utilisation de ressources fossiles (ADPf) | 282 GJ |")
                .contains("| 150\u202F768 |")
                .contains("non disponible").doesNotContain("n/a");
    }
}
