package dev.impact.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A small delimited text table read whole, the way impact reads its own CSV files: UTF-8 with or without BOM, or
 * Windows-1252 when the bytes are not UTF-8 (said in {@link #encodingNotice()}); separator {@code ;}, {@code ,} or
 * tab sniffed from the header; RFC 4180 quotes; blank rows skipped; every row with its line number. For importers of
 * other tools' tables (NumEcoEval lots and référentiels), which are small (NumEcoEval caps a lot at 10 MB); an
 * inventory of any size goes through {@link InventoryFiles#open} instead.
 */
public final class DelimitedFile {
    /** One row: its line number (1 = the header), its cells (empty strings past the row's end), a syntax error. */
    public record Row(long line, List<String> cells, Optional<String> error) {
        public Row {
            cells = List.copyOf(cells);
            Objects.requireNonNull(error, "error");
        }

        /** The cell in column {@code i}, stripped; empty when the row is shorter. */
        public String get(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
        }
    }

    private final String name;
    private final List<String> header;
    private final List<Row> rows;
    private final Optional<String> encodingNotice;

    private DelimitedFile(String name, List<String> header, List<Row> rows, Optional<String> encodingNotice) {
        this.name = name;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.encodingNotice = encodingNotice;
    }

    /**
     * Reads {@code file} whole.
     *
     * @throws InvalidFileException if it cannot be read or has no header
     */
    public static DelimitedFile read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            byte[] bytes = Files.readAllBytes(file);
            return parse(file.toString(), bytes);
        } catch (IOException e) {
            throw new InvalidFileException(new Problem(file.toString(), 0, "", "cannot read the file: " + e));
        }
    }

    /** Parses {@code bytes} as the file {@code name} (for tests and in-memory inputs). */
    public static DelimitedFile parse(String name, byte[] bytes) {
        String text = TextInput.decode(bytes);
        Optional<String> notice = TextInput.validUtf8(stripBom(bytes), false) ? Optional.empty()
                : Optional.of(name + ": not UTF-8, read as Windows-1252 (Latin-1)");
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (firstLine.startsWith("\uFEFF")) {
            firstLine = firstLine.substring(1);
        }
        CsvTokenizer t = new CsvTokenizer(new StringReader(text), CsvInventory.sniffSeparator(firstLine));
        try {
            if (!t.next()) {
                throw new InvalidFileException(new Problem(name, 1, "", "the file is empty: expected a header row"));
            }
            List<String> header = new ArrayList<>();
            for (String h : t.fields()) {
                header.add(h.strip());
            }
            List<Row> rows = new ArrayList<>();
            while (t.next()) {
                rows.add(new Row(t.line(), Arrays.asList(t.fields()), Optional.ofNullable(t.error())));
            }
            return new DelimitedFile(name, header, rows, notice);
        } catch (IOException e) {
            throw new InvalidFileException(new Problem(name, t.line() + 1, "", e.getMessage()));
        }
    }

    private static byte[] stripBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                ? Arrays.copyOfRange(b, 3, b.length) : b;
    }

    /**
     * A number as spreadsheets write it ({@code 1234.5}, {@code 1234,5}, {@code 1 234,5}); the ambiguous
     * {@code 1.234,5} is refused.
     *
     * @throws NumberFormatException saying what was expected
     */
    public static double parseNumber(String text) {
        return Decimals.parse(text.strip());
    }

    /** The file's name as given. */
    public String name() {
        return name;
    }

    /** The header cells, stripped. */
    public List<String> header() {
        return header;
    }

    /** The rows after the header, blank rows left out. */
    public List<Row> rows() {
        return rows;
    }

    /** Set when the file was not UTF-8 and was read as Windows-1252. */
    public Optional<String> encodingNotice() {
        return encodingNotice;
    }

    /** The index of the column whose header equals {@code name} ignoring case, accents and spaces; else -1. */
    public int column(String name) {
        String n = TypeMapping.norm(name).replace(" ", "");
        for (int i = 0; i < header.size(); i++) {
            String h = TypeMapping.norm(header.get(i)).replace(" ", "");
            if (h.startsWith("\uFEFF")) {
                h = h.substring(1);
            }
            if (h.equals(n)) {
                return i;
            }
        }
        return -1;
    }
}
