package dev.impact.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A streaming RFC 4180 tokenizer: one separator ({@code ,} or {@code ;}), fields optionally quoted with {@code "}
 * (a quote inside a quoted field is doubled), quoted fields may span lines, {@code \n}, {@code \r\n} or {@code \r}
 * line ends. Records whose fields are all blank (empty lines, {@code ;;;;} rows spreadsheets leave at the end) are
 * skipped. Keeps the physical line number where each record starts. A malformed record (text after a closing
 * quote, an unterminated quote) is returned with {@link #error()} set; reading continues with the next line.
 *
 * <p>Written by hand rather than with Jackson's CSV parser: per-record line numbers (records spanning lines),
 * recovery after a malformed record (so {@code validate} can list every problem) and no per-field allocation
 * beyond the field's own string.
 */
final class CsvTokenizer {
    /**
     * The longest record read, in characters (4 Mi, about 8 MB of heap): a longer one is almost always a quote that is
     * never closed, which would otherwise swallow the rest of the file into one field and exhaust memory.
     */
    static final int MAX_RECORD_CHARS = 1 << 22;

    /** A record over {@link #MAX_RECORD_CHARS}: the file cannot be read further reliably. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        /** 1-based line where the record starts. */
        final long line;

        RecordTooLongException(long line) {
            super("a record starting on line " + line + " runs past " + MAX_RECORD_CHARS + " characters, probably a"
                    + " quote that is never closed; the rest of the file cannot be read reliably (close the quote, or"
                    + " double the quotes inside a quoted field: \"\")");
            this.line = line;
        }
    }

    private final Reader in;
    private final char sep;
    private static final int READ = 1 << 16;
    private char[] buf = new char[READ];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1; // physical line of buf[pos]
    private long recordLine;
    private String[] fields = new String[32];
    private int size;
    private String error;
    private final StringBuilder sb = new StringBuilder(64);

    public CsvTokenizer(Reader in, char separator) {
        this.in = in;
        this.sep = separator;
    }

    /** Number of fields of the current record. */
    public int size() {
        return size;
    }

    /** Field {@code i} of the current record (never null; "" when beyond the record). */
    public String get(int i) {
        return i < size ? fields[i] : "";
    }

    /** A copy of the current record's fields. */
    public String[] fields() {
        return Arrays.copyOf(fields, size);
    }

    /** 1-based physical line where the current record starts. */
    public long line() {
        return recordLine;
    }

    /** Why the current record is malformed, or null. */
    public String error() {
        return error;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** Advances to the next non-blank record; false at end of input. */
    public boolean next() throws IOException {
        while (true) {
            if (!readRecord()) {
                return false;
            }
            if (!blank()) {
                return true;
            }
        }
    }

    private boolean blank() {
        if (error != null) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!fields[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void add(String f) {
        if (size == fields.length) {
            fields = Arrays.copyOf(fields, size * 2);
        }
        fields[size++] = f;
    }

    /** Reads one record; returns false if there was nothing but end of input. */
    private boolean readRecord() throws IOException {
        size = 0;
        error = null;
        recordLine = line;
        if (pos >= limit && !fill()) {
            return false;
        }
        while (true) {
            // start of a field
            if (pos >= limit && !fill()) {
                add("");
                return true;
            }
            char c = buf[pos];
            if (c == '"') {
                pos++;
                if (!quoted()) {
                    return true; // error set, rest of line skipped
                }
            } else {
                unquoted();
            }
            // after a field: separator, end of line or end of input
            if (pos >= limit && !fill()) {
                return true;
            }
            c = buf[pos];
            if (c == sep) {
                pos++;
                if (pos >= limit && !fill()) {
                    add("");
                    return true;
                }
                continue;
            }
            endOfLine();
            return true;
        }
    }

    private void endOfLine() throws IOException {
        char c = buf[pos++];
        line++;
        if (c == '\r') {
            if (pos >= limit) {
                fill();
            }
            if (pos < limit && buf[pos] == '\n') {
                pos++;
            }
        }
    }

    private void unquoted() throws IOException {
        int start = pos;
        while (true) {
            while (pos < limit) {
                char c = buf[pos];
                if (c == sep || c == '\n' || c == '\r') {
                    if (sb.length() == 0) {
                        add(new String(buf, start, pos - start));
                    } else {
                        sb.append(buf, start, pos - start);
                        add(sb.toString());
                        sb.setLength(0);
                    }
                    return;
                }
                pos++;
            }
            sb.append(buf, start, pos - start);
            if (sb.length() > MAX_RECORD_CHARS) {
                throw new RecordTooLongException(recordLine);
            }
            if (!fill()) {
                add(sb.toString());
                sb.setLength(0);
                return;
            }
            start = pos;
        }
    }

    /**
     * The error of a quote still open at the end of the input: it says how many lines went into the field, since
     * none of them can be assessed (the line count of a summary shows one invalid record).
     */
    static String unterminated(long startLine, long lastLine) {
        return "unterminated quoted field (the quote opened on line " + startLine + " is never closed)"
                + (lastLine > startLine ? "; every line from " + startLine + " to the end of the file was read into"
                + " it, so none of them was assessed" : "");
    }

    private boolean quoted() throws IOException {
        long startLine = line;
        sb.setLength(0);
        while (true) {
            if (pos >= limit && !fill()) {
                error = unterminated(startLine, line);
                sb.setLength(0);
                return false;
            }
            char c = buf[pos++];
            if (c == '"') {
                if (pos >= limit && !fill()) {
                    break;
                }
                if (buf[pos] == '"') {
                    sb.append('"');
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n' || (c == '\r' && (pos >= limit || buf[pos] != '\n'))) {
                line++;
            }
            if (sb.length() >= MAX_RECORD_CHARS) {
                throw new RecordTooLongException(recordLine);
            }
            sb.append(c);
        }
        add(sb.toString());
        sb.setLength(0);
        if (pos < limit || fill()) {
            char c = buf[pos];
            if (c != sep && c != '\n' && c != '\r') {
                error = "unexpected character '" + c + "' after a closing quote in field " + size
                        + " (quotes inside a quoted field must be doubled: \"\")";
                skipLine();
                return false;
            }
        }
        return true;
    }

    private void skipLine() throws IOException {
        while (pos < limit || fill()) {
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                endOfLine();
                return;
            }
            pos++;
        }
    }
    // ------------------------------------------------------------------------------------------------ block mode

    /**
     * Whole records tokenized into one char array, to be decoded on another thread: record {@code r} starts on
     * physical line {@link #line(int)}; field {@code i} of a well-formed record is the text
     * {@code chars()[start(r, i) .. end(r, i))} (surrounding quotes removed, doubled quotes undone); a malformed
     * record has {@link #error(int)} set and no fields. Blank records are left out, as {@link #next()} does.
     * Reusable: {@link #nextBlock} clears it.
     */
    public static final class Block {
        private char[] chars;
        private int length;
        private int records;
        private long[] lines = new long[1024];
        private int[] first = new int[1025];
        private int[] starts = new int[16 * 1024];
        private int[] ends = new int[16 * 1024];
        private int fields;
        private String[] errors = new String[1024];
        private boolean anyError;
        /** Set when the block holds whole records not yet tokenized (see {@link #tokenize()}). */
        private boolean raw;
        private char rawSeparator;
        private long rawLine;

        /** A block holding up to {@code capacity} chars (more for a single longer record). */
        public Block(int capacity) {
            chars = new char[Math.max(capacity, 16)];
        }

        /**
         * Tokenizes the block if {@link #nextBlock} left that to the caller (it does for text without quotes or
         * carriage returns, so that tokenizing can run on another thread); does nothing otherwise. Call it before
         * any other method; blocks are independent, so several can be tokenized at once.
         */
        public void tokenize() {
            if (!raw) {
                return;
            }
            raw = false;
            // no quote, no CR (nextBlock checked): a separator ends a field, a line end a record; blank records
            // (whitespace and separators only) are left out, as record() does
            final char[] c = chars;
            final int n = length;
            final char sep = rawSeparator;
            final char low = sep > '\n' ? sep : '\n'; // every separator or line end is <= low
            long line = rawLine;
            int start = 0; // of the current field
            int recordStart = 0;
            int recordFields = fields;
            boolean blank = true;
            for (int i = 0; i < n; i++) {
                char ch = c[i];
                if (ch <= low) {
                    if (ch == sep) {
                        addField(start, i);
                        start = i + 1;
                        continue;
                    }
                    if (ch == '\n') {
                        addField(start, i);
                        start = i + 1;
                        if (blank) {
                            fields = recordFields;
                        } else {
                            addRecord(line, null);
                            recordFields = fields;
                        }
                        line++;
                        recordStart = start;
                        blank = true;
                        continue;
                    }
                }
                if (blank && !Character.isWhitespace(ch)) {
                    blank = false;
                }
            }
            if (recordStart < n) { // the last record has no line end
                addField(start, n);
                if (blank) {
                    fields = recordFields;
                } else {
                    addRecord(line, null);
                }
            }
        }

        /**
         * Whether the block holds plain text not yet tokenized: whole lines without quote or carriage return,
         * {@code chars()[0 .. length())}, the first on line {@link #firstLine()}, separated by
         * {@link #separator()}. A reader may walk such a block itself (a separator ends a field, {@code \n} a
         * record; blank records skipped) instead of calling {@link #tokenize()}.
         */
        public boolean isPlain() {
            return raw;
        }

        /** Length of the text in {@link #chars()} (for a plain block). */
        public int length() {
            return length;
        }

        /** Physical line of the first line of a plain block. */
        public long firstLine() {
            return rawLine;
        }

        /** The separator of a plain block. */
        public char separator() {
            return rawSeparator;
        }

        /** Number of records. */
        public int size() {
            return records;
        }

        /** The text the field ranges point into. */
        public char[] chars() {
            return chars;
        }

        /** 1-based physical line where record {@code r} starts. */
        public long line(int r) {
            return lines[r];
        }

        /** Why record {@code r} is malformed, or null. */
        public String error(int r) {
            return anyError ? errors[r] : null;
        }

        /** Number of fields of record {@code r}. */
        public int fieldCount(int r) {
            return first[r + 1] - first[r];
        }

        /** Start (inclusive) of field {@code i} of record {@code r} in {@link #chars()}. */
        public int start(int r, int i) {
            return starts[first[r] + i];
        }

        /** End (exclusive) of field {@code i} of record {@code r} in {@link #chars()}. */
        public int end(int r, int i) {
            return ends[first[r] + i];
        }

        private void clear() {
            raw = false;
            length = 0;
            records = 0;
            fields = 0;
            first[0] = 0;
            if (anyError) {
                Arrays.fill(errors, null);
                anyError = false;
            }
        }

        private void addField(int s, int e) {
            if (fields == starts.length) {
                starts = Arrays.copyOf(starts, fields * 2);
                ends = Arrays.copyOf(ends, fields * 2);
            }
            starts[fields] = s;
            ends[fields++] = e;
        }

        private void addRecord(long line, String error) {
            if (records + 1 == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                errors = Arrays.copyOf(errors, lines.length);
                first = Arrays.copyOf(first, lines.length + 1);
            }
            lines[records] = line;
            if (error != null) {
                errors[records] = error;
                anyError = true;
            }
            first[++records] = fields;
        }
    }

    private IOException pending;

    /**
     * Reads the next records (as many whole records as fit in the block, at least one) into {@code b}, in place of
     * {@link #next()}; false at end of input. Once used, use it only. Call {@link Block#tokenize()} on the block
     * before reading it (here or on another thread): text without quotes or carriage returns is only cut after its
     * last line end here, and tokenized there. A read error after some records is thrown by the next call;
     * {@link #line()} then gives the line where the unread record starts.
     */
    public boolean nextBlock(Block b) throws IOException {
        if (pending != null) {
            IOException e = pending;
            pending = null;
            throw e;
        }
        b.clear();
        int carry = limit - pos;
        if (b.chars.length < carry + 2 * READ) {
            b.chars = new char[carry + 2 * READ];
        }
        System.arraycopy(buf, pos, b.chars, 0, carry);
        pos = limit = 0;
        b.length = carry;
        // the quick way: whole lines, counted here, tokenized later (no quote, no CR: a line end ends a record)
        int scanned = 0;
        int cut = 0;
        long lines = 0;
        boolean plain = true;
        while (true) {
            char[] c = b.chars;
            int n = b.length;
            for (int i = scanned; i < n; i++) {
                char ch = c[i];
                if (ch <= '"') {
                    if (ch == '\n') {
                        lines++;
                        cut = i + 1;
                    } else if (ch == '"' || ch == '\r') {
                        plain = false;
                        break;
                    }
                }
            }
            if (!plain) {
                break;
            }
            scanned = n;
            if (eof) {
                cut = n;
                break;
            }
            if (b.chars.length - b.length < READ) {
                if (cut > 0) {
                    break;
                }
                if (b.chars.length >= MAX_RECORD_CHARS) {
                    throw new RecordTooLongException(line);
                }
                b.chars = Arrays.copyOf(b.chars, b.chars.length * 2);
            }
            if (!read(b, cut > 0)) {
                break; // a read error after whole lines: they are returned, the error comes next
            }
        }
        long[] ln = {line};
        int p = 0;
        if (plain) {
            if (cut == 0) {
                return false; // nothing left
            }
            b.raw = true;
            b.rawSeparator = sep;
            b.rawLine = line;
            ln[0] = line + lines;
            p = cut;
        } else {
            // the exact way: tokenize here, as next() does
            while (true) {
                while (true) {
                    int q = record(b, p, eof, sep, ln);
                    if (q < 0) {
                        break;
                    }
                    p = q;
                }
                if (eof) {
                    break;
                }
                if (b.chars.length - b.length < READ) {
                    if (b.records > 0) {
                        break;
                    }
                    if (p > 0) {
                        System.arraycopy(b.chars, p, b.chars, 0, b.length - p);
                        b.length -= p;
                        p = 0;
                    } else {
                        if (b.chars.length >= MAX_RECORD_CHARS) {
                            throw new RecordTooLongException(ln[0]);
                        }
                        b.chars = Arrays.copyOf(b.chars, b.chars.length * 2);
                    }
                }
                line = ln[0];
                if (!read(b, b.records > 0)) {
                    return true; // a read error after whole records: they are returned, the error comes next
                }
            }
        }
        line = ln[0];
        int tail = b.length - p;
        if (tail > buf.length) {
            buf = new char[tail];
        }
        System.arraycopy(b.chars, p, buf, 0, tail);
        b.length = p;
        pos = 0;
        limit = tail;
        recordLine = line;
        return b.raw || b.records > 0;
    }

    /**
     * Reads up to {@link #READ} more chars into {@code b} (as {@link #next()} reads: a decoding error then loses,
     * and reports, the same text); false on a read error when the block already holds whole records
     * ({@code whole}): the error is kept for the next call.
     */
    private boolean read(Block b, boolean whole) throws IOException {
        int n;
        try {
            n = in.read(b.chars, b.length, READ);
        } catch (IOException e) {
            recordLine = line;
            eof = true;
            if (whole) {
                pending = e;
                return false;
            }
            throw e;
        }
        if (n < 0) {
            eof = true;
        } else {
            b.length += n;
        }
        return true;
    }

    /**
     * Tokenizes the record at {@code p0} into {@code b}: the position after it, or -1 when the data ends first
     * (more input is needed; nothing is kept) or there is nothing left at end of input. The semantics are those of
     * {@link #next()}.
     */
    private static int record(Block b, int p0, boolean last, char sep, long[] line) {
        final char[] c = b.chars;
        final int n = b.length;
        if (p0 >= n) {
            return -1;
        }
        long ln = line[0];
        final int f0 = b.fields;
        int p = p0;
        String err = null;
        boolean esc = false;
        fields:
        while (true) {
            // start of a field
            if (p >= n) {
                if (!last) {
                    b.fields = f0;
                    return -1;
                }
                b.addField(p, p);
                break;
            }
            if (c[p] == '"') {
                long startLine = ln;
                int s = ++p;
                boolean doubled = false;
                while (true) {
                    if (p >= n) {
                        if (!last) {
                            b.fields = f0;
                            return -1;
                        }
                        err = unterminated(startLine, ln);
                        break fields;
                    }
                    char ch = c[p++];
                    if (ch == '"') {
                        if (p >= n) {
                            if (!last) {
                                b.fields = f0;
                                return -1;
                            }
                            break;
                        }
                        if (c[p] == '"') {
                            doubled = true;
                            p++;
                            continue;
                        }
                        break;
                    }
                    if (ch == '\n') {
                        ln++;
                    } else if (ch == '\r') {
                        if (p >= n) {
                            if (!last) {
                                b.fields = f0;
                                return -1;
                            }
                            ln++;
                        } else if (c[p] != '\n') {
                            ln++;
                        }
                    }
                }
                if (doubled) {
                    esc = true;
                    b.addField(s, ~(p - 1));
                } else {
                    b.addField(s, p - 1);
                }
                if (p < n) {
                    char ch = c[p];
                    if (ch != sep && ch != '\n' && ch != '\r') {
                        err = "unexpected character '" + ch + "' after a closing quote in field " + (b.fields - f0)
                                + " (quotes inside a quoted field must be doubled: \"\")";
                        while (true) { // skip the rest of the line
                            if (p >= n) {
                                if (!last) {
                                    b.fields = f0;
                                    return -1;
                                }
                                break fields;
                            }
                            char d = c[p];
                            if (d == '\n' || d == '\r') {
                                break;
                            }
                            p++;
                        }
                    }
                } else if (!last) {
                    b.fields = f0;
                    return -1;
                }
            } else {
                int s = p;
                while (p < n) {
                    char ch = c[p];
                    if (ch == sep || ch == '\n' || ch == '\r') {
                        break;
                    }
                    p++;
                }
                if (p >= n && !last) {
                    b.fields = f0;
                    return -1;
                }
                b.addField(s, p);
            }
            // after a field: separator, end of line or end of input
            if (p >= n) {
                break; // end of input (last)
            }
            char ch = c[p];
            if (ch == sep && err == null) {
                p++;
                continue;
            }
            // end of line
            p++;
            ln++;
            if (ch == '\r') {
                if (p >= n) {
                    if (!last) {
                        b.fields = f0;
                        return -1;
                    }
                } else if (c[p] == '\n') {
                    p++;
                }
            }
            break;
        }
        long start = line[0];
        line[0] = ln;
        if (err != null) {
            b.fields = f0;
            b.addRecord(start, err);
            return p;
        }
        if (esc) {
            for (int k = f0; k < b.fields; k++) {
                if (b.ends[k] < 0) {
                    int e = ~b.ends[k];
                    int w = b.starts[k];
                    for (int r = w; r < e; r++) {
                        c[w++] = c[r];
                        if (c[r] == '"') {
                            r++;
                        }
                    }
                    b.ends[k] = w;
                }
            }
        } else {
            // blank records (empty lines, ";;;;" rows) are skipped
            boolean blank = true;
            for (int k = f0; k < b.fields && blank; k++) {
                for (int i = b.starts[k]; i < b.ends[k]; i++) {
                    if (!Character.isWhitespace(c[i])) {
                        blank = false;
                        break;
                    }
                }
            }
            if (blank) {
                b.fields = f0;
                return p;
            }
        }
        b.addRecord(start, null);
        return p;
    }
}
