package dev.impact.io;

import dev.impact.internal.Suggestions;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.impact.inventory.InventoryLine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inventory JSON layout, described by the JSON Schema {@value #SCHEMA_RESOURCE}:
 *
 * <pre>{@code
 * {"schemaVersion": "1.0", "name": "town hall",
 *  "lines": [{"kind": "device", "category": "laptop", "quantity": 120, "lifetime_years": 5}, …]}
 * }</pre>
 *
 * Line properties are the CSV {@link Column} names; numbers are JSON numbers, booleans JSON booleans. Read as a
 * stream (one line object in memory at a time); {@code name} should come before {@code lines}.
 */
final class JsonInventory {
    /** The JSON Schema of the layout, as a class-path resource. */
    public static final String SCHEMA_RESOURCE = "/dev/impact/io/inventory.schema.json";
    /** The layout's version, written as {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Reads inventories: a key given twice in one object is an error, never "the last one wins". */
    private static final JsonFactory STRICT = JsonText.strictFactory();

    private JsonInventory() {
    }

    /** Writes an inventory as JSON (pretty-printed, UTF-8 by the writer's choice). */
    public static void write(String name, Iterable<? extends InventoryLine> lines, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("name", name);
            g.writeArrayFieldStart("lines");
            for (InventoryLine l : lines) {
                g.writeStartObject();
                for (Map.Entry<Column, Object> e : LineCodec.encode(l).entrySet()) {
                    Object v = e.getValue();
                    g.writeFieldName(e.getKey().header());
                    if (v instanceof Double) {
                        double d = (Double) v;
                        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                            g.writeNumber((long) d);
                        } else {
                            g.writeNumber(d);
                        }
                    } else if (v instanceof Integer) {
                        g.writeNumber((Integer) v);
                    } else if (v instanceof Boolean) {
                        g.writeBoolean((Boolean) v);
                    } else {
                        g.writeString(String.valueOf(v));
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** The JSON text of an inventory. */
    public static String toJson(String name, Iterable<? extends InventoryLine> lines) {
        StringWriter sw = new StringWriter();
        try {
            write(name, lines, sw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** Streams the lines of a JSON inventory. */
    static final class Reader extends TextInputReader implements LineCodec.Fields {
        private final JsonParser p;
        private final String[] values = new String[Column.count()];
        private final LineCodec codec = new LineCodec();
        private boolean inLines;
        private boolean done;

        Reader(TextInput input, java.io.Reader reader, String file, String defaultName, List<String> notices) {
            super(input, file, defaultName, notices);
            try {
                this.p = STRICT.createParser(reader);
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw fatal(p.currentTokenLocation().getLineNr(), "", "expected a JSON object {\"lines\": [...]}"
                            + " at the top level");
                }
                seekLines();
            } catch (IOException e) {
                throw fatal(e);
            }
        }

        private InvalidFileException fatal(long line, String column, String reason) {
            return new InvalidFileException(new Problem(file, Math.max(0, line), column, reason));
        }

        private InvalidFileException fatal(IOException e) {
            if (e instanceof JsonProcessingException) {
                JsonProcessingException j = (JsonProcessingException) e;
                return fatal(JsonText.line(j, p), "", "invalid JSON: " + JsonText.reason(j));
            }
            if (e instanceof java.nio.charset.CharacterCodingException) {
                return fatal(0, "", "invalid " + input.charset().name() + " bytes (the file mixes encodings): re-save"
                        + " it as UTF-8");
            }
            return fatal(0, "", "cannot read: " + e);
        }

        /** Advances to the first element of "lines", reading top-level properties on the way. */
        private void seekLines() throws IOException {
            while (true) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_OBJECT || t == null) {
                    if (!inLines) {
                        throw fatal(p.currentTokenLocation().getLineNr(), "lines", "the inventory has no \"lines\""
                                + " array");
                    }
                    if (t == JsonToken.END_OBJECT && p.nextToken() != null) {
                        // a second object or stray text would otherwise be dropped without a word
                        throw fatal(p.currentTokenLocation().getLineNr(), "", "unexpected content after the"
                                + " inventory object (one file holds one inventory): " + p.getText());
                    }
                    done = true;
                    return;
                }
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "name":
                        if (v != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                            throw fatal(p.currentTokenLocation().getLineNr(), "name", "expected a non-empty string");
                        }
                        name = p.getText();
                        break;
                    case "schemaVersion":
                        if (v != JsonToken.VALUE_STRING || !p.getText().startsWith("1.")) {
                            throw fatal(p.currentTokenLocation().getLineNr(), "schemaVersion", "expected \"1.x\", was "
                                    + p.getText());
                        }
                        break;
                    case "$schema":
                        break;
                    case "lines":
                        if (v != JsonToken.START_ARRAY) {
                            throw fatal(p.currentTokenLocation().getLineNr(), "lines", "expected an array of line"
                                    + " objects");
                        }
                        inLines = true;
                        return;
                    default:
                        throw fatal(p.currentTokenLocation().getLineNr(), field, "unknown property; expected"
                                + " schemaVersion, name, lines" + Suggestions.didYouMean(field,
                                List.of("schemaVersion", "name", "lines")));
                }
            }
        }

        @Override
        public String get(Column c) {
            return values[c.ordinal()];
        }

        @Override
        public InventoryEntry next() {
            if (done) {
                return null;
            }
            try {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    inLines = true;
                    seekLines();
                    return null;
                }
                long line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    return invalid(line, "", "expected a line object {\"kind\": …}, was " + t.asString());
                }
                JsonNode node = MAPPER.readTree(p);
                return decode(line, node);
            } catch (IOException e) {
                throw fatal(e);
            }
        }

        private InventoryEntry invalid(long line, String column, String reason) {
            return new InventoryEntry(line, Optional.empty(), List.of(new Problem(file, line, column, reason)));
        }

        private InventoryEntry decode(long line, JsonNode node) {
            Arrays.fill(values, "");
            List<Problem> ps = new ArrayList<>();
            Set<Column> present = EnumSet.noneOf(Column.class);
            List<String> known = Arrays.stream(Column.values()).map(Column::header).toList();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Column c = Column.ofHeader(e.getKey());
                if (c == null || !c.header().equals(e.getKey())) {
                    ps.add(new Problem(file, line, e.getKey(), "unknown property"
                            + Suggestions.didYouMean(e.getKey(), known)));
                    continue;
                }
                JsonNode v = e.getValue();
                if (v.isNull()) {
                    continue;
                }
                boolean ok;
                switch (c.type()) {
                    case NUMBER:
                        ok = v.isNumber();
                        break;
                    case INTEGER:
                        ok = v.isIntegralNumber() || v.isNumber() && v.asDouble() == Math.rint(v.asDouble());
                        break;
                    case BOOLEAN:
                        ok = v.isBoolean();
                        break;
                    default:
                        ok = v.isTextual();
                }
                if (!ok) {
                    ps.add(new Problem(file, line, c.header(), "expected a JSON " + jsonType(c.type()) + ", was "
                            + v));
                    continue;
                }
                values[c.ordinal()] = v.isNumber() ? numberText(v) : c == Column.LABEL ? v.asText() : v.asText().strip();
                present.add(c);
            }
            InventoryLine l = codec.decode(this, present);
            if (l != null && ps.isEmpty()) {
                return InventoryEntry.valid(line, l);
            }
            for (LineCodec.ColumnProblem cp : codec.problems()) {
                ps.add(new Problem(file, line, cp.column(), cp.value(), cp.reason()));
            }
            return new InventoryEntry(line, Optional.empty(), ps);
        }

        private static String numberText(JsonNode v) {
            if (v.isIntegralNumber()) {
                return v.asText();
            }
            return Double.toString(v.asDouble());
        }

        private static String jsonType(Column.Type t) {
            switch (t) {
                case NUMBER:
                    return "number";
                case INTEGER:
                    return "integer";
                case BOOLEAN:
                    return "boolean (true or false)";
                default:
                    return "string";
            }
        }

        @Override
        public void close() throws IOException {
            p.close();
            super.close();
        }
    }
}
