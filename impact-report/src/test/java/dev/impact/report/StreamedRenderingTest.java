package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports are written as they are rendered (into a Writer or a file), never held whole: the text must be exactly
 * what {@code render(format, locale)} gives (itself pinned by the golden files), in every format of every kind.
 */
class StreamedRenderingTest {
    @Test
    void renderIntoWriter_andWriteToFile_equalTheRenderedText(@TempDir Path dir) throws IOException {
        for (ReportDocument doc : List.<ReportDocument>of(Fixtures.report(), Fixtures.totals())) {
            for (Format f : doc.formats()) {
                if (f.binary()) {
                    continue; // SpreadsheetTest reads the xlsx back
                }
                for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                    String text = doc.render(f, l);
                    StringWriter w = new StringWriter();
                    doc.render(f, l, w);
                    assertThat(w.toString()).as("%s %s %s", doc.getClass().getSimpleName(), f, l).isEqualTo(text);
                    Path file = dir.resolve("r." + f.extension());
                    doc.write(f, l, file);
                    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
                }
            }
        }
    }

    @Test
    void aFailingWriter_isAnUncheckedIOException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> Fixtures.report().render(Format.CSV, Locale.ROOT, broken))
                .isInstanceOf(java.io.UncheckedIOException.class).hasRootCauseMessage("disk full");
    }

    @Test
    void writeIntoAMissingFolder_saysWhy(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("r.html");
        assertThatThrownBy(() -> Fixtures.report().write(Format.HTML, Locale.FRENCH, file))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot write " + file + ": no such folder " + file.getParent());
        assertThat(dir.toFile().list()).isEmpty();
    }
}
