package dev.impact.io;

import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import java.io.IOException;
import java.io.Writer;
import java.io.PushbackReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;

/**
 * Opens inventory files of any supported layout (impact CSV, impact JSON, GLPI export), detecting layout, encoding
 * and separator, and reads small ones whole.
 *
 * <pre>{@code
 * Inventory inv = InventoryFiles.read(Path.of("examples/fleet.csv"));   // throws on any invalid line
 * try (InventoryReader r = InventoryFiles.open(path, ReadOptions.defaults())) { … }   // streaming
 * }</pre>
 */
public final class InventoryFiles {
    private static final int PEEK = 1 << 16;

    private InventoryFiles() {
    }

    /**
     * Opens {@code file} for streaming.
     *
     * @throws InvalidFileException when the file cannot be opened or its header is wrong
     */
    public static InventoryReader open(Path file, ReadOptions options) {
        String shown = file.toString();
        TextInput in;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidFileException(new Problem(shown, 0, "", "is a directory, not an inventory file"));
            }
            in = TextInput.open(file, options.charset());
        } catch (NoSuchFileException e) {
            throw new InvalidFileException(new Problem(shown, 0, "", "no such file"));
        } catch (IOException e) {
            throw new InvalidFileException(new Problem(shown, 0, "", "cannot open: " + e));
        }
        try {
            return open(in, shown, options);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the first error is the one to report
            }
            throw e;
        }
    }

    private static InventoryReader open(TextInput in, String shown, ReadOptions options) {
        List<String> notices = new ArrayList<>();
        if (!in.notice().isEmpty()) {
            notices.add(in.notice());
        }
        String base = Path.of(shown).getFileName().toString();
        String name = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
        try {
            PushbackReader r = new PushbackReader(in.reader(), PEEK);
            char[] head = new char[PEEK];
            int n = 0;
            while (n < PEEK) {
                int k = r.read(head, n, PEEK - n);
                if (k < 0) {
                    break;
                }
                n += k;
            }
            r.unread(head, 0, n);
            String start = new String(head, 0, n);
            if (start.isBlank()) {
                throw new InvalidFileException(new Problem(shown, 0, "", "the file is empty"));
            }
            InventoryFormat format = options.format();
            if (format == InventoryFormat.AUTO) {
                format = shown.toLowerCase(Locale.ROOT).endsWith(".json") || start.stripLeading().startsWith("{")
                        ? InventoryFormat.JSON : InventoryFormat.CSV;
            }
            if (format == InventoryFormat.JSON) {
                return new JsonInventory.Reader(in, r, shown, name, notices);
            }
            int eol = start.indexOf('\n');
            String firstLine = eol < 0 ? start : start.substring(0, eol);
            char sep = CsvInventory.sniffSeparator(firstLine);
            CsvTokenizer tok = new CsvTokenizer(r, sep);
            if (!tok.next()) {
                throw new InvalidFileException(new Problem(shown, 0, "", "the file is empty"));
            }
            if (tok.error() != null) {
                throw new InvalidFileException(new Problem(shown, tok.line(), "", "header: " + tok.error()));
            }
            boolean hasKind = false;
            for (String h : tok.fields()) {
                hasKind |= Column.ofHeader(h) == Column.KIND;
            }
            if (format == InventoryFormat.GLPI || options.format() == InventoryFormat.AUTO && !hasKind
                    && GlpiReader.looksLikeGlpi(tok.fields())) {
                TypeMapping mapping = options.glpiMapping().map(TypeMapping::withUserFile)
                        .orElseGet(TypeMapping::defaults);
                notices.add(shown + ": read as a GLPI export (" + CsvInventory.describe(sep) + "-separated), types"
                        + " mapped by " + options.glpiMapping().map(Path::toString).orElse("the bundled mapping")
                        + (options.glpiMapping().isPresent() ? " then the bundled mapping" : ""));
                return new GlpiReader(in, tok, shown, name, notices, mapping);
            }
            if (!hasKind && !GlpiReader.looksLikeGlpi(tok.fields()) && options.format() == InventoryFormat.AUTO
                    && tok.size() <= 1 && firstLine.length() > 0 && !firstLine.contains("quantity")) {
                throw new InvalidFileException(new Problem(shown, 1, "", "not an inventory: the first line has"
                        + " neither the impact CSV columns (kind, quantity, …) nor a GLPI export's Type column"));
            }
            if (sep != ',') {
                notices.add(shown + ": " + CsvInventory.describe(sep) + "-separated");
            }
            return new CsvInventory.Reader(in, tok, shown, name, notices);
        } catch (IOException e) {
            throw new InvalidFileException(new Problem(shown, 1, "", e instanceof java.nio.charset.CharacterCodingException
                    ? "invalid " + in.charset().name() + " bytes at the start of the file; pass --encoding"
                    : "cannot read: " + e));
        }
    }

    /**
     * Reads a whole file into an inventory (for files that fit in memory).
     *
     * @throws InvalidFileException listing every problem of the file, if any
     */
    public static Inventory read(Path file, ReadOptions options) {
        try (InventoryReader r = open(file, options)) {
            List<InventoryLine> lines = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                if (e.isValid()) {
                    lines.add(e.line().get());
                } else {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidFileException(problems);
            }
            return Inventory.of(r.name(), lines);
        } catch (IOException e) {
            throw new InvalidFileException(new Problem(file.toString(), 0, "", "cannot close: " + e));
        }
    }

    /** Reads a whole file with default options. */
    public static Inventory read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Writes {@code lines} as an inventory file in the impact {@link InventoryFormat#CSV CSV} layout (the columns the
     * lines use, decimal points, {@code ,} separators) or the {@link InventoryFormat#JSON JSON} layout (named
     * {@code name}); reading the file back gives the same lines.
     *
     * @throws IllegalArgumentException for another format (AUTO, GLPI: reading only)
     */
    public static void write(String name, List<? extends InventoryLine> lines, InventoryFormat format, Writer out)
            throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(out, "out");
        switch (Objects.requireNonNull(format, "format")) {
            case CSV:
                CsvInventory.write(lines, out);
                break;
            case JSON:
                JsonInventory.write(name, lines, out);
                break;
            default:
                throw new IllegalArgumentException("format must be CSV or JSON to write, was " + format);
        }
    }

    /**
     * Writes {@code lines} in the impact CSV layout for French spreadsheets: {@code ;} separators and decimal commas
     * (read back as it is by {@link #open}).
     */
    public static void writeSpreadsheetCsv(List<? extends InventoryLine> lines, Writer out) throws IOException {
        CsvInventory.CsvWriter w = CsvInventory.frenchWriter(Objects.requireNonNull(out, "out"),
                CsvInventory.usedColumns(Objects.requireNonNull(lines, "lines")));
        for (InventoryLine l : lines) {
            w.write(l);
        }
    }
}
