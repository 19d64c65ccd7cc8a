package dev.impact.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * What reaches a terminal: every control character but line feed, carriage return and tab (ESC, BEL, NUL, the C1
 * controls, DEL…) is shown as {@code \u001B}-style text instead of being sent, so that a label or a file value cannot
 * move the cursor, recolour the terminal or hide text (terminal escape injection). Printable text, accents included,
 * passes unchanged.
 */
public final class TerminalSafeWriter extends FilterWriter {
    public TerminalSafeWriter(Writer out) {
        super(out);
    }

    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c <= 0x9f;
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c)) {
            out.write(String.format(Locale.ROOT, "\\u%04X", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (unsafe(buf[i])) {
                out.write(buf, start, i - start);
                write(buf[i]);
                start = i + 1;
            }
        }
        out.write(buf, start, off + len - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }
}
