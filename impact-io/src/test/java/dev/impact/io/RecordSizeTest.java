package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.Impact;
import dev.impact.factors.Factors;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stray quote must not swallow the rest of a file into one field until memory runs out: past
 * {@link CsvTokenizer#MAX_RECORD_CHARS} characters the read stops with the line where the record starts.
 */
class RecordSizeTest {
    @TempDir
    Path dir;

    /** Header, two good lines, then on line 4 a label whose quote is never closed, then 6 M characters of lines. */
    private Path strayQuote(boolean crlf) throws IOException {
        Path f = dir.resolve("stray.csv");
        String nl = crlf ? "\r\n" : "\n";
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("kind,label,category,quantity" + nl + "device,a,laptop,1" + nl + "device,b,laptop,2" + nl);
            w.write("device,\"site c,laptop,3" + nl);
            String line = "device,site,monitor,4" + nl;
            for (int n = 0; n < 6_000_000; n += line.length()) {
                w.write(line);
            }
        }
        return f;
    }

    @Test
    void strayQuote_whileStreaming_stopsWithTheLineOfTheQuote() throws IOException {
        for (boolean crlf : new boolean[] {false, true}) {
            Path f = strayQuote(crlf);
            assertThatThrownBy(() -> {
                try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
                    StreamingAssessor.of(Impact.using(Factors.builtIn()).reportingYear(2024)).run(r);
                }
            }).isInstanceOf(InvalidFileException.class)
                    .hasMessageContaining(":4: a record starting on line 4 runs past 4194304 characters, probably a quote"
                            + " that is never closed");
        }
    }

    @Test
    void strayQuote_lineByLine_stopsWithTheLineOfTheQuote() throws IOException {
        Path f = strayQuote(false);
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            assertThat(r.next().isValid()).isTrue();
            assertThat(r.next().isValid()).isTrue();
            assertThatThrownBy(r::next).isInstanceOf(InvalidFileException.class)
                    .hasMessageContaining(":4: a record starting on line 4 runs past 4194304 characters");
        }
    }

    @Test
    void aLongButLegalQuotedLabel_isRead() throws IOException {
        Path f = dir.resolve("long.csv");
        String label = "x".repeat(100_000);
        Files.writeString(f, "kind,label,category,quantity\ndevice,\"" + label + "\",laptop,1\n");
        assertThat(InventoryFiles.read(f).lines().get(0).label()).hasSize(100_000);
    }

    @Test
    void unterminatedQuoteBeforeTheEnd_saysThatTheRestOfTheFileWasSwallowed() throws IOException {
        Path f = dir.resolve("uq.csv");
        Files.writeString(f, "kind,label,category,quantity\ndevice,a,laptop,1\ndevice,\"b,laptop,2\ndevice,c,laptop,3\n");
        for (boolean streamed : new boolean[] {false, true}) {
            java.util.List<Problem> problems = new java.util.ArrayList<>();
            try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
                if (streamed) {
                    StreamingAssessor.of(Impact.using(Factors.builtIn()).reportingYear(2024)).problemSink(problems::add)
                            .run(r);
                } else {
                    for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                        problems.addAll(e.problems());
                    }
                }
            }
            assertThat(problems).extracting(Problem::toString).containsExactly(f + ":3: unterminated quoted field"
                    + " (the quote opened on line 3 is never closed); every line from 3 to the end of the file was"
                    + " read into it, so none of them was assessed");
        }
    }
}
