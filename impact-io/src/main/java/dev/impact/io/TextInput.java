package dev.impact.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens a text file whose encoding is UTF-8 (with or without a byte-order mark) or, for old exports, Latin-1
 * (Windows-1252 in practice): the first {@value #SNIFF_BYTES} bytes are checked as UTF-8; if they are not valid
 * UTF-8 the file is read as windows-1252 and {@link #notice()} says so. A file that starts as valid UTF-8 and holds
 * invalid UTF-8 further on fails when that point is read, with a message naming the encodings (the decoder never
 * replaces bytes silently).
 */
final class TextInput implements AutoCloseable {
    /** How much of the file decides the encoding. */
    public static final int SNIFF_BYTES = 1 << 20;
    private static final Charset LATIN = Charset.forName("windows-1252");

    private final Reader reader;
    private final Charset charset;
    private final String notice;
    private final AtomicLong bytesRead;
    private final long size;

    private TextInput(Reader reader, Charset charset, String notice, AtomicLong bytesRead, long size) {
        this.reader = reader;
        this.charset = charset;
        this.notice = notice;
        this.bytesRead = bytesRead;
        this.size = size;
    }

    /**
     * Opens {@code file}; {@code forced} is a charset to use instead of detecting ({@code utf-8}, {@code latin-1}), or
     * empty.
     */
    public static TextInput open(Path file, Optional<Charset> forced) throws IOException {
        long size = Files.size(file);
        AtomicLong counter = new AtomicLong();
        InputStream raw = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    counter.addAndGet(n);
                }
                return n;
            }
        };
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES + 16);
        try {
            in.mark(SNIFF_BYTES + 8);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            if (bom) {
                in.skip(3);
            }
            Charset cs;
            String notice = "";
            if (forced.isPresent()) {
                cs = forced.get();
            } else if (bom || validUtf8(head, head.length == SNIFF_BYTES)) {
                cs = StandardCharsets.UTF_8;
            } else {
                cs = LATIN;
                notice = file + ": not valid UTF-8, read as Latin-1 (windows-1252); re-save it as UTF-8 to silence"
                        + " this notice";
            }
            CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader r = new InputStreamReader(in, dec);
            return new TextInput(r, cs, notice, counter, size);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Whether {@code bytes} decode as UTF-8; a truncated sequence at the end counts as valid when cut. */
    static boolean validUtf8(byte[] bytes, boolean cut) {
        int n = bytes.length;
        if (cut) {
            // do not judge a multi-byte sequence cut by the sniff window
            int back = 0;
            while (back < 3 && n - back - 1 >= 0 && (bytes[n - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (n - back - 1 >= 0 && (bytes[n - back - 1] & 0xC0) == 0xC0) {
                n = n - back - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes {@code bytes} the same way (for small in-memory inputs: tests, stdin). */
    public static String decode(byte[] bytes) {
        int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, bytes.length - off));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, LATIN);
        }
    }

    /** The reader (unbuffered beyond the decoder's own buffer: read it in blocks). */
    public Reader reader() {
        return reader;
    }

    /** The charset used. */
    public Charset charset() {
        return charset;
    }

    /** A notice for the user when the encoding was guessed as Latin-1, else empty. */
    public String notice() {
        return notice;
    }

    /** Bytes read from the file so far (for progress). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** File size in bytes. */
    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
