package dev.impact.cli.internal;

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
public final class CsvTokenizer {
    private final Reader in;
    private final char sep;
    private final char[] buf = new char[1 << 16];
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
            if (!fill()) {
                add(sb.toString());
                sb.setLength(0);
                return;
            }
            start = pos;
        }
    }

    private boolean quoted() throws IOException {
        long startLine = line;
        sb.setLength(0);
        while (true) {
            if (pos >= limit && !fill()) {
                error = "unterminated quoted field (the quote opened on line " + startLine + " is never closed)";
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
}
