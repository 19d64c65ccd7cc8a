package dev.impact.io;

import dev.impact.internal.Suggestions;
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
final class CsvInventory {
    /** Header problems listed one by one; the rest are counted in one more problem. */
    static final int MAX_HEADER_PROBLEMS = 20;

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
                if (v instanceof String) {
                    out.write(quote(SpreadsheetText.guard((String) v), sep));
                } else if (v != null) {
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
    static final class Reader extends TextInputReader implements LineCodec.Fields {
        private final CsvTokenizer tok;
        private final Column[] byIndex;
        private final List<Column> present;
        private static final int BLOCK_CHARS = 1 << 17;
        private final java.util.concurrent.ConcurrentLinkedQueue<CsvTokenizer.Block> blocks =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final java.util.concurrent.ConcurrentLinkedQueue<Decoder> decoders =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        private CsvTokenizer.Block block;
        private int index;
        private Decoder decoder;

        Reader(TextInput input, CsvTokenizer tok, String file, String name, List<String> notices) {
            super(input, file, name, notices);
            this.tok = tok;
            List<Problem> problems = new ArrayList<>();
            int more = 0;
            byIndex = new Column[tok.size()];
            Set<Column> seen = EnumSet.noneOf(Column.class);
            List<String> known = new ArrayList<>(Arrays.stream(Column.values()).map(Column::header).toList());
            known.addAll(Names.columnNames());
            for (int i = 0; i < tok.size(); i++) {
                String h = tok.get(i).trim();
                if (h.isEmpty()) {
                    continue;
                }
                Column c = Column.ofHeader(h);
                if (c == null || !seen.add(c)) {
                    if (problems.size() == MAX_HEADER_PROBLEMS) {
                        more++;
                    } else if (c == null) {
                        problems.add(new Problem(file, tok.line(), h, "unknown column"
                                + Suggestions.didYouMean(h, known) + " (the columns are listed in impact-io/README.md)"));
                    } else {
                        problems.add(new Problem(file, tok.line(), h, "column appears twice in the header"));
                    }
                } else {
                    byIndex[i] = c;
                }
            }
            if (more > 0) {
                problems.add(new Problem(file, tok.line(), "", "… and " + more + " more unknown or repeated columns"));
            }
            // a survey file (ai lines with agents, uses_per_day, working_days) may have no quantity column
            for (Column required : seen.contains(Column.AGENTS) ? List.of(Column.KIND)
                    : List.of(Column.KIND, Column.QUANTITY)) {
                if (!seen.contains(required) && problems.stream().noneMatch(p -> p.column().equals(required.header()))) {
                    List<String> found = Arrays.asList(tok.fields());
                    problems.add(new Problem(file, tok.line(), required.header(), "required column is missing from"
                            + " the header (found: " + String.join(", ", found.subList(0, Math.min(20, found.size())))
                            + (found.size() > 20 ? ", … " + (found.size() - 20) + " more" : "") + ")"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidFileException(problems);
            }
            present = List.copyOf(seen);
        }

        @Override
        public String get(Column c) {
            return sequential().get(c);
        }

        private Decoder sequential() {
            if (decoder == null) {
                decoder = new Decoder();
            }
            return decoder;
        }

        @Override
        public InventoryEntry next() {
            if (block == null) {
                block = new CsvTokenizer.Block(BLOCK_CHARS);
            }
            while (index >= block.size()) {
                if (!read(block)) {
                    return null;
                }
                block.tokenize();
                index = 0;
            }
            int r = index++;
            Object o = sequential().decode(block, r);
            if (o instanceof InventoryLine) {
                return InventoryEntry.valid(block.line(r), (InventoryLine) o);
            }
            @SuppressWarnings("unchecked")
            List<Problem> ps = (List<Problem>) o;
            return new InventoryEntry(block.line(r), java.util.Optional.empty(), ps);
        }

        /** Reads records on this thread; they are decoded by the supplier, on any thread. */
        @Override
        java.util.function.Supplier<EntryBatch> nextBatch() {
            CsvTokenizer.Block b = blocks.poll();
            if (b == null) {
                b = new CsvTokenizer.Block(BLOCK_CHARS);
            }
            if (!read(b)) {
                blocks.add(b);
                return null;
            }
            CsvTokenizer.Block read = b;
            return () -> {
                Decoder d = decoders.poll();
                if (d == null) {
                    d = new Decoder();
                }
                try {
                    if (read.isPlain()) { // records walked and decoded in one pass
                        EntryBatch out = new EntryBatch(read.length() / 32);
                        char[] c = read.chars();
                        int n = read.length();
                        long line = read.firstLine();
                        for (int p = 0; p < n; line++) {
                            p = d.decodePlain(c, p, n, read.separator(), line, out);
                        }
                        return out;
                    }
                    read.tokenize();
                    EntryBatch out = new EntryBatch(read.size());
                    for (int r = 0; r < read.size(); r++) {
                        add(out, read.line(r), d.decode(read, r));
                    }
                    return out;
                } finally {
                    decoders.add(d);
                    blocks.add(read);
                }
            };
        }

        private static void add(EntryBatch out, long line, Object decoded) {
            if (decoded instanceof InventoryLine) {
                out.add(line, (InventoryLine) decoded);
            } else {
                @SuppressWarnings("unchecked")
                List<Problem> ps = (List<Problem>) decoded;
                out.addInvalid(line, ps);
            }
        }

        private boolean read(CsvTokenizer.Block b) {
            try {
                return tok.nextBlock(b);
            } catch (IOException e) {
                long at = e instanceof CsvTokenizer.RecordTooLongException
                        ? ((CsvTokenizer.RecordTooLongException) e).line : tok.line() + 1;
                throw new InvalidFileException(new Problem(file, at, "", readError(e)));
            }
        }

        /**
         * Turns records into lines: the column values are read where the tokenizer left them (no string for an
         * empty or numeric value, one shared string for repeated short values such as categories and zones).
         * Not thread-safe: one per thread at a time.
         */
        private final class Decoder implements LineCodec.Fields {
            private static final int CACHE = 1024;
            private static final int CACHED_LENGTH = 48;
            private final LineCodec codec = new LineCodec();
            private final int[] from = new int[Column.count()];
            private final int[] to = new int[Column.count()];
            private final int[] set = new int[Column.count()];
            private final String[] text = new String[Column.count()];
            private final int[] made = new int[Column.count()];
            private final int[] parsed = new int[Column.count()];
            private final double[] number = new double[Column.count()];
            private final String[] cache = new String[CACHE];
            private final char[][] cacheChars = new char[CACHE][];
            private int now;
            private char[] chars;

            private List<Problem> extra;

            /** Record {@code r}: its line, or its problems (a list). */
            Object decode(CsvTokenizer.Block b, int r) {
                long line = b.line(r);
                String error = b.error(r);
                if (error != null) {
                    return List.of(new Problem(file, line, "", error));
                }
                begin(b.chars());
                int n = b.fieldCount(r);
                for (int i = 0; i < n; i++) {
                    field(i, b.start(r, i), b.end(r, i), line);
                }
                return end(line);
            }

            /**
             * Decodes the plain record at {@code c[p..]} (it ends at the next {@code \n}, or at {@code n}) into
             * {@code out}, unless it is blank; returns the position after it.
             */
            int decodePlain(char[] c, int p, int n, char sep, long line, EntryBatch out) {
                begin(c);
                final char low = sep > '\n' ? sep : '\n';
                int i = 0;
                int s = p;
                boolean blank = true;
                for (; p < n; p++) {
                    char ch = c[p];
                    if (ch <= low) {
                        if (ch == sep) {
                            field(i++, s, p, line);
                            s = p + 1;
                            continue;
                        }
                        if (ch == '\n') {
                            break;
                        }
                    }
                    if (blank && !Character.isWhitespace(ch)) {
                        blank = false;
                    }
                }
                field(i, s, p, line);
                if (!blank) {
                    add(out, line, end(line));
                }
                return p + 1;
            }

            private void begin(char[] c) {
                if (++now == 0) {
                    Arrays.fill(set, 0);
                    Arrays.fill(made, 0);
                    Arrays.fill(parsed, 0);
                    now = 1;
                }
                chars = c;
                extra = null;
            }

            /** Field {@code i} of the record is {@code chars[s..e)}. */
            private void field(int i, int s, int e, long line) {
                char[] c = chars;
                Column col = i < byIndex.length ? byIndex[i] : null;
                if (col != null) {
                    if (col != Column.LABEL) { // labels are kept as written
                        while (s < e && space(c[s])) {
                            s++;
                        }
                        while (e > s && space(c[e - 1])) {
                            e--;
                        }
                    }
                    if (col.type() == Column.Type.TEXT) {
                        s = SpreadsheetText.unguard(c, s, e); // the quote a writer put before a formula
                    }
                    int k = col.ordinal();
                    from[k] = s;
                    to[k] = e;
                    set[k] = now;
                } else if (!blank(c, s, e)) {
                    if (extra == null) {
                        extra = new ArrayList<>();
                    }
                    String v = new String(c, s, e - s);
                    extra.add(new Problem(file, line, "#" + (i + 1), "value '" + v + "' in field " + (i + 1)
                            + ", which has no column name (the header has " + byIndex.length + " fields; a"
                            + " separator inside a value must be quoted)"));
                }
            }

            /** The record's line, or its problems. */
            private Object end(long line) {
                InventoryLine l = codec.decode(this, present);
                if (l != null && extra == null) {
                    return l;
                }
                List<Problem> ps = new ArrayList<>();
                for (LineCodec.ColumnProblem p : codec.problems()) {
                    ps.add(new Problem(file, line, p.column(), p.value(), p.reason()));
                }
                if (extra != null) {
                    ps.addAll(extra);
                }
                return ps;
            }

            private boolean blank(char[] c, int s, int e) {
                for (int i = s; i < e; i++) {
                    if (!space(c[i])) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public boolean has(Column c) {
                int k = c.ordinal();
                return set[k] == now && from[k] < to[k];
            }

            @Override
            public String get(Column c) {
                int k = c.ordinal();
                if (set[k] != now || from[k] == to[k]) {
                    return "";
                }
                if (made[k] != now) {
                    text[k] = c == Column.LABEL ? new String(chars, from[k], to[k] - from[k])
                            : shared(from[k], to[k]);
                    made[k] = now;
                }
                return text[k];
            }

            /** The text of chars[s..e), the same instance as last time when it is short and recent. */
            private String shared(int s, int e) {
                if (e - s > CACHED_LENGTH) {
                    return new String(chars, s, e - s);
                }
                int h = 0;
                for (int i = s; i < e; i++) {
                    h = 31 * h + chars[i];
                }
                int slot = (h ^ (h >>> 16)) & (CACHE - 1);
                char[] k = cacheChars[slot];
                if (k != null && Arrays.equals(k, 0, k.length, chars, s, e)) {
                    return cache[slot];
                }
                String t = new String(chars, s, e - s);
                cache[slot] = t;
                cacheChars[slot] = Arrays.copyOfRange(chars, s, e);
                return t;
            }

            @Override
            public double plainNumber(Column c) {
                int k = c.ordinal();
                if (set[k] != now) {
                    return Double.NaN;
                }
                if (parsed[k] != now) { // the codec often asks twice (is it a number? which?)
                    number[k] = plain(chars, from[k], to[k]);
                    parsed[k] = now;
                }
                return number[k];
            }
        }

        /** {@link Character#isWhitespace}, quicker for the usual characters. */
        static boolean space(char c) {
            return c <= ' ' || c >= 0x7F ? Character.isWhitespace(c) : false;
        }

        /**
         * The value of {@code -?\d+(\.\d+)?} in c[s..e) with at most 15 digits, else NaN. Exact: the digits make an
         * integer below 2^53 and the power of ten is exact, so the one rounding of the division is the correctly
         * rounded value that {@link Double#parseDouble} gives.
         */
        static double plain(char[] c, int s, int e) {
            int i = s;
            boolean negative = i < e && c[i] == '-';
            if (negative) {
                i++;
            }
            long m = 0;
            int digits = 0;
            int start = i;
            while (i < e && c[i] >= '0' && c[i] <= '9') {
                m = m * 10 + (c[i++] - '0');
                digits++;
            }
            if (i == start) {
                return Double.NaN;
            }
            int scale = 0;
            if (i < e) {
                if (c[i] != '.') {
                    return Double.NaN;
                }
                int f = ++i;
                while (i < e && c[i] >= '0' && c[i] <= '9') {
                    m = m * 10 + (c[i++] - '0');
                    digits++;
                }
                scale = i - f;
                if (scale == 0 || i < e) {
                    return Double.NaN;
                }
            }
            if (digits > 15) {
                return Double.NaN;
            }
            double v = scale == 0 ? (double) m : (double) m / POWERS[scale];
            return negative ? -v : v;
        }

        private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15};

        private String readError(IOException e) {
            if (e instanceof java.nio.charset.CharacterCodingException) {
                return "invalid " + input.charset().name() + " bytes after line " + tok.line() + " (the start of the"
                        + " file was read as " + input.charset().name() + "; the file mixes encodings): re-save it as"
                        + " UTF-8, or pass --encoding latin-1";
            }
            if (e instanceof CsvTokenizer.RecordTooLongException) {
                return e.getMessage();
            }
            return "cannot read: " + e;
        }
    }
}
