package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The block reader ({@link CsvTokenizer#nextBlock}: a quick cut after the last line end when the text has neither
 * quote nor carriage return, else the exact tokenizer) gives the same records, fields, line numbers and errors as
 * the record-by-record reader ({@link CsvTokenizer#next()}) on generated texts of every shape.
 */
class CsvTokenizerBlockTest {

    /** A record as the reader saw it: its line, its fields or its error. */
    record Rec(long line, List<String> fields, String error) {
    }

    static List<Rec> byRecord(String text, char sep) throws IOException {
        CsvTokenizer t = new CsvTokenizer(new StringReader(text), sep);
        List<Rec> out = new ArrayList<>();
        while (t.next()) {
            out.add(t.error() != null ? new Rec(t.line(), List.of(), t.error()) : new Rec(t.line(),
                    List.of(t.fields()), null));
        }
        return out;
    }

    static List<Rec> byBlock(String text, char sep) throws IOException {
        CsvTokenizer t = new CsvTokenizer(new StringReader(text), sep);
        CsvTokenizer.Block b = new CsvTokenizer.Block(16);
        List<Rec> out = new ArrayList<>();
        while (t.nextBlock(b)) {
            b.tokenize();
            for (int r = 0; r < b.size(); r++) {
                if (b.error(r) != null) {
                    out.add(new Rec(b.line(r), List.of(), b.error(r)));
                    continue;
                }
                List<String> fs = new ArrayList<>();
                for (int i = 0; i < b.fieldCount(r); i++) {
                    fs.add(new String(b.chars(), b.start(r, i), b.end(r, i) - b.start(r, i)));
                }
                out.add(new Rec(b.line(r), fs, null));
            }
        }
        return out;
    }

    /** Lines of plain fields, with blank rows, empty and whitespace fields, trailing separators. */
    static String plain(Random r, char sep, int lines, boolean finalLineEnd) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            int kind = r.nextInt(20);
            if (kind == 0) {
                sb.append("");
            } else if (kind == 1) {
                sb.append(String.valueOf(sep).repeat(r.nextInt(5)));
            } else if (kind == 2) {
                sb.append(" \t ").append(sep).append("  ");
            } else {
                int fields = 1 + r.nextInt(15);
                for (int f = 0; f < fields; f++) {
                    if (f > 0) {
                        sb.append(sep);
                    }
                    int v = r.nextInt(6);
                    if (v == 1) {
                        sb.append("device");
                    } else if (v == 2) {
                        sb.append(' ').append(r.nextInt(1000)).append(' ');
                    } else if (v == 3) {
                        sb.append("écran 24 pouces").append(i);
                    } else if (v == 4) {
                        sb.append("x".repeat(r.nextInt(200)));
                    }
                }
            }
            if (i < lines - 1 || finalLineEnd) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The same with quoted fields (over several lines, doubled quotes), CR line ends and malformed quotes. */
    static String mixed(Random r, char sep, int lines) {
        String p = plain(r, sep, lines, r.nextBoolean());
        StringBuilder sb = new StringBuilder();
        for (String line : p.split("\n", -1)) {
            int k = r.nextInt(40);
            if (k == 0) {
                sb.append("\"quoted ").append(sep).append(" \"\"x\"\"\nsecond line\"").append(sep).append(line);
            } else if (k == 1) {
                sb.append(line).append(sep).append("\"bad\"x");
            } else if (k == 2) {
                sb.append(line).append('\r');
            } else {
                sb.append(line);
            }
            sb.append(r.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        if (r.nextInt(5) == 0) {
            sb.append("\"never closed").append(sep).append("x\n");
        }
        return sb.toString();
    }

    @Test
    void plainText_givesTheRecordsOfTheRecordReader() throws IOException {
        Random r = new Random(7);
        for (int round = 0; round < 30; round++) {
            char sep = ",;\t".charAt(round % 3);
            String text = plain(r, sep, 200 + r.nextInt(6000), round % 2 == 0);
            List<Rec> expected = byRecord(text, sep);
            assertThat(byBlock(text, sep)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void quotesAndCarriageReturns_giveTheRecordsOfTheRecordReader() throws IOException {
        Random r = new Random(11);
        for (int round = 0; round < 30; round++) {
            char sep = ",;\t".charAt(round % 3);
            String text = mixed(r, sep, 200 + r.nextInt(6000));
            List<Rec> expected = byRecord(text, sep);
            assertThat(expected).anySatisfy(x -> assertThat(x.fields()).anySatisfy(f -> assertThat(f).contains("\n")));
            assertThat(byBlock(text, sep)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void smallCases() throws IOException {
        for (String text : new String[] {"", "\n", "\n\n\n", "a", "a,", "a\n", ",\n,", "a,b\n\nc,d", " \n a",
            "x\r", "\"a\nb\",c\nd", "a\"b,c\n"}) {
            assertThat(byBlock(text, ',')).as(text).isEqualTo(byRecord(text, ','));
        }
        assertThat(byBlock("a,b\n\n c ,d\n", ',')).containsExactly(new Rec(1, List.of("a", "b"), null),
                new Rec(3, List.of(" c ", "d"), null));
    }
}
