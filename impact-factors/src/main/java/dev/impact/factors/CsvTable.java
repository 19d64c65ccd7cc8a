package dev.impact.factors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV file read whole into rows, with the line number of each row, for validation with precise messages. */
final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    final String file;
    final List<String> header;
    final List<Row> rows;
    private final Map<String, Integer> index = new HashMap<>();

    /** One data row. */
    final class Row {
        final long line;
        final String[] cells;

        Row(long line, String[] cells) {
            this.line = line;
            this.cells = cells;
        }

        /** The trimmed cell of this column, empty if the column is absent or the cell blank. */
        String get(String column) {
            Integer i = index.get(column);
            return i == null || i >= cells.length ? "" : cells[i].trim();
        }

        /** The cell, or a {@link DataFileException} if it is empty. */
        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw error(column, "is empty; a value is required");
            }
            return v;
        }

        DataFileException error(String column, String reason) {
            return new DataFileException(file, line, column, reason);
        }

        double number(String column) {
            String v = required(column);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw error(column, "'" + v + "' is not a finite number");
                }
                return d;
            } catch (NumberFormatException e) {
                throw error(column, "'" + v + "' is not a number (use '.' as decimal separator, no thousands"
                        + " separator)");
            }
        }

        int integer(String column, int min, int max) {
            String v = required(column);
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error(column, "'" + v + "' is not an integer");
            }
            if (n < min || n > max) {
                throw error(column, n + " is out of range; expected " + min + " to " + max);
            }
            return n;
        }

        boolean bool(String column) {
            String v = required(column).toLowerCase(Locale.ROOT);
            if (v.equals("true")) {
                return true;
            }
            if (v.equals("false")) {
                return false;
            }
            throw error(column, "'" + v + "' is not true or false");
        }
    }

    private CsvTable(String file, List<String> header, List<String[]> raw, List<Long> lines) {
        this.file = file;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            if (index.put(header.get(i), i) != null) {
                throw new DataFileException(file, 1, header.get(i), "the column appears twice in the header");
            }
        }
        List<Row> r = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String[] cells = raw.get(i);
            if (cells.length > header.size()) {
                throw new DataFileException(file, lines.get(i), "", "has " + cells.length + " fields but the header has "
                        + header.size() + " (a comma inside an unquoted field?)");
            }
            r.add(new Row(lines.get(i), cells));
        }
        this.rows = List.copyOf(r);
    }

    /**
     * Reads a strict UTF-8 CSV with a header line. Blank lines are refused (they would otherwise hide data).
     */
    static CsvTable read(String file, InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<String[]> raw = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> header = null;
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(reader)) {
            while (true) {
                long line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                String[] cells = it.nextValue();
                // the parser stands at the start of the row just read; report 1-based lines, header = 1
                long rowLine = Math.max(line, 1);
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : cells) {
                        header.add(h.trim().replace("\uFEFF", ""));
                    }
                    continue;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    throw new DataFileException(file, rowLine, "", "blank line; remove it");
                }
                raw.add(cells);
                lines.add(rowLine);
            }
        } catch (CharacterCodingException e) {
            throw new DataFileException(file, 0, "", "is not valid UTF-8");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataFileException) {
                throw (DataFileException) e;
            }
            // the parser's own words and line, without its internals (source, reference chain, column offset)
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                    com.fasterxml.jackson.core.JsonProcessingException j =
                            (com.fasterxml.jackson.core.JsonProcessingException) t;
                    long line = j.getLocation() == null ? 0 : Math.max(0, j.getLocation().getLineNr());
                    String m = String.valueOf(j.getOriginalMessage());
                    throw new DataFileException(file, line, "", "cannot be read as CSV: "
                            + Character.toLowerCase(m.charAt(0)) + m.substring(1));
                }
            }
            throw new DataFileException(file, 0, "", "cannot be read as CSV: " + e.getMessage());
        }
        if (header == null) {
            throw new DataFileException(file, 1, "", "is empty; expected a header line");
        }
        return new CsvTable(file, header, raw, lines);
    }

    boolean hasColumn(String c) {
        return index.containsKey(c);
    }
}
