package dev.impact.cli.inventory;

import dev.impact.cli.internal.CsvTokenizer;
import dev.impact.cli.internal.Suggest;
import dev.impact.cli.internal.TextInput;
import dev.impact.inventory.InventoryLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The inventory CSV layout: a header row of {@link Column} names (any order, any subset that includes {@code kind}
 * and {@code quantity}), then one row per inventory line. Read: separator {@code ,} {@code ;} or tab sniffed from
 * the header, decimal point or comma, quoted fields (RFC 4180), blank rows skipped, UTF-8 with or without BOM or
 * Latin-1. Written: {@code ,}, decimal point, UTF-8 without BOM, {@code \n}, numbers that read back exactly.
 *
 * <pre>{@code
 * String csv = CsvInventory.toCsv(List.of(DeviceFleet.of("laptop", 120).lifetimeYears(5)));
 * }</pre>
 */
public final class CsvInventory {
    private CsvInventory() {
    }

    // ------------------------------------------------------------------------------------------------------ write

    /** Writes rows under a fixed header; use {@link #usedColumns} to pick the columns of an in-memory list. */
    public static final class CsvWriter {
        private final Writer out;
        private final List<Column> columns;
        private final char sep;
        private final boolean decimalComma;

        CsvWriter(Writer out, List<Column> columns, char sep, boolean decimalComma) throws IOException {
            this.out = Objects.requireNonNull(out, "out");
            this.columns = List.copyOf(columns);
            this.sep = sep;
            this.decimalComma = decimalComma;
            if (!columns.contains(Column.KIND) || !columns.contains(Column.QUANTITY)) {
                throw new IllegalArgumentException("columns must include kind and quantity, was " + columns);
            }
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(sep);
                }
                out.write(columns.get(i).header());
            }
            out.write('\n');
        }

        /**
         * Writes one line.
         *
         * @throws IllegalArgumentException if the line sets a column this writer's header lacks
         */
        public void write(InventoryLine line) throws IOException {
            Map<Column, Object> m = LineCodec.encode(line);
            for (Column c : m.keySet()) {
                if (!columns.contains(c)) {
                    throw new IllegalArgumentException("line '" + line.label() + "' sets column " + c.header()
                            + ", which the header lacks");
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(sep);
                }
                Object v = m.get(columns.get(i));
                if (v != null) {
                    out.write(quote(LineCodec.text(v, decimalComma), sep));
                }
            }
            out.write('\n');
        }
    }

    /** A writer with the given header, comma-separated with decimal points. */
    public static CsvWriter writer(Writer out, List<Column> columns) throws IOException {
        return new CsvWriter(out, columns, ',', false);
    }

    /** A writer for French spreadsheets: {@code ;}-separated with decimal commas. */
    public static CsvWriter frenchWriter(Writer out, List<Column> columns) throws IOException {
        return new CsvWriter(out, columns, ';', true);
    }

    /** The columns the given lines set, in {@link Column} order (always with kind, label and quantity). */
    public static List<Column> usedColumns(Iterable<? extends InventoryLine> lines) {
        Set<Column> used = EnumSet.of(Column.KIND, Column.LABEL, Column.QUANTITY);
        for (InventoryLine l : lines) {
            used.addAll(LineCodec.encode(l).keySet());
        }
        return List.copyOf(used);
    }

    /** Writes {@code lines} with the columns they use. */
    public static void write(Iterable<? extends InventoryLine> lines, Writer out) throws IOException {
        CsvWriter w = writer(out, usedColumns(lines));
        for (InventoryLine l : lines) {
            w.write(l);
        }
        out.flush();
    }

    /** The CSV text of {@code lines}. */
    public static String toCsv(Iterable<? extends InventoryLine> lines) {
        java.io.StringWriter sw = new java.io.StringWriter();
        try {
            write(lines, sw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    static String quote(String s, char sep) {
        boolean needs = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == sep || c == '"' || c == '\n' || c == '\r') {
                needs = true;
                break;
            }
        }
        if (!needs && !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            needs = true;
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    // ------------------------------------------------------------------------------------------------------- read

    /** Picks the separator of a header line: the most frequent of {@code ;}, tab and {@code ,} outside quotes. */
    static char sniffSeparator(String header) {
        int semi = 0;
        int comma = 0;
        int tab = 0;
        boolean q = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (!q) {
                if (c == ';') {
                    semi++;
                } else if (c == ',') {
                    comma++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semi >= comma && semi >= tab && semi > 0) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    static String describe(char sep) {
        return sep == '\t' ? "tab" : "'" + sep + "'";
    }

    /** Reads the impact CSV layout from an opened input whose header has been tokenized. */
    static final class Reader implements InventoryReader, LineCodec.Fields {
        private final TextInput input;
        private final CsvTokenizer tok;
        private final String file;
        private final String name;
        private final List<String> notices;
        private final Column[] byIndex;
        private final List<Column> present;
        private final String[] values = new String[Column.count()];
        private final LineCodec codec = new LineCodec();

        Reader(TextInput input, CsvTokenizer tok, String file, String name, List<String> notices) {
            this.input = input;
            this.tok = tok;
            this.file = file;
            this.name = name;
            this.notices = notices;
            List<Problem> problems = new ArrayList<>();
            byIndex = new Column[tok.size()];
            Set<Column> seen = EnumSet.noneOf(Column.class);
            List<String> known = Arrays.stream(Column.values()).map(Column::header).toList();
            for (int i = 0; i < tok.size(); i++) {
                String h = tok.get(i).trim();
                if (h.isEmpty()) {
                    continue;
                }
                Column c = Column.ofHeader(h);
                if (c == null) {
                    problems.add(new Problem(file, tok.line(), h, "unknown column" + Suggest.didYouMean(h, known)
                            + " (the columns are listed in impact-cli/README.md; `impact validate --help`)"));
                } else if (!seen.add(c)) {
                    problems.add(new Problem(file, tok.line(), h, "column appears twice in the header"));
                } else {
                    byIndex[i] = c;
                }
            }
            for (Column required : List.of(Column.KIND, Column.QUANTITY)) {
                if (!seen.contains(required) && problems.stream().noneMatch(p -> p.column().equals(required.header()))) {
                    problems.add(new Problem(file, tok.line(), required.header(), "required column is missing from"
                            + " the header (found: " + String.join(", ", Arrays.asList(tok.fields())) + ")"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InventoryFileException(problems);
            }
            present = List.copyOf(seen);
        }

        @Override
        public String get(Column c) {
            return values[c.ordinal()];
        }

        @Override
        public InventoryEntry next() {
            try {
                if (!tok.next()) {
                    return null;
                }
            } catch (IOException e) {
                throw new InventoryFileException(new Problem(file, tok.line() + 1, "", readError(e)));
            }
            long line = tok.line();
            if (tok.error() != null) {
                return new InventoryEntry(line, java.util.Optional.empty(), List.of(new Problem(file, line, "",
                        tok.error())));
            }
            Arrays.fill(values, "");
            List<Problem> extra = null;
            int n = tok.size();
            for (int i = 0; i < n; i++) {
                String v = tok.get(i);
                Column c = i < byIndex.length ? byIndex[i] : null;
                if (c != null) {
                    values[c.ordinal()] = c == Column.LABEL ? v : v.strip(); // labels are kept as written
                } else if (!v.isBlank()) {
                    if (extra == null) {
                        extra = new ArrayList<>();
                    }
                    extra.add(new Problem(file, line, i < byIndex.length ? "#" + (i + 1) : "#" + (i + 1),
                            "value '" + v + "' in field " + (i + 1) + ", which has no column name (the header has "
                                    + byIndex.length + " fields; a separator inside a value must be quoted)"));
                }
            }
            InventoryLine l = codec.decode(this, present);
            if (l != null && extra == null) {
                return InventoryEntry.valid(line, l);
            }
            List<Problem> ps = new ArrayList<>();
            for (LineCodec.ColumnProblem p : codec.problems()) {
                ps.add(new Problem(file, line, p.column(), p.reason()));
            }
            if (extra != null) {
                ps.addAll(extra);
            }
            return new InventoryEntry(line, java.util.Optional.empty(), ps);
        }

        private String readError(IOException e) {
            if (e instanceof java.nio.charset.CharacterCodingException) {
                return "invalid " + input.charset().name() + " bytes after line " + tok.line() + " (the start of the"
                        + " file was read as " + input.charset().name() + "; the file mixes encodings): re-save it as"
                        + " UTF-8, or pass --encoding latin-1";
            }
            return "cannot read: " + e;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public List<String> notices() {
            return notices;
        }

        @Override
        public long bytesRead() {
            return input.bytesRead();
        }

        @Override
        public long size() {
            return input.size();
        }

        @Override
        public void close() throws IOException {
            input.close();
        }
    }
}
