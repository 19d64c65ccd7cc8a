package dev.impact.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates the inventory JSON Schema from {@link Column} (so schema and reader cannot disagree);
 * {@code InventorySchemaTest} checks that the shipped copies are this output. Regenerate with
 * {@code java -cp <impact-io test class path> dev.impact.io.InventorySchema impact-io}.
 */
public final class InventorySchema {
    static final Path RESOURCE = Path.of("src/main/resources/dev/impact/io/inventory.schema.json");
    static final Path DOC = Path.of("docs/inventory.schema.json");

    private InventorySchema() {
    }

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args.length > 0 ? args[0] : "impact-cli");
        Files.writeString(base.resolve(RESOURCE), generate(), StandardCharsets.UTF_8);
        Files.createDirectories(base.resolve(DOC).getParent());
        Files.writeString(base.resolve(DOC), generate(), StandardCharsets.UTF_8);
    }

    static String generate() {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://impact.dev/schemas/inventory-1.0.json");
        root.put("title", "impact inventory");
        root.put("description", "An inventory of IT equipment and digital activities for the impact command line"
                + " (impact-cli). Line properties are the CSV layout's columns; a property that does not apply to"
                + " a line's kind must be absent.");
        root.put("type", "object");
        root.putArray("required").add("lines");
        root.put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        props.putObject("$schema").put("type", "string");
        props.putObject("schemaVersion").put("type", "string").put("pattern", "^1\\.");
        props.putObject("name").put("type", "string").put("minLength", 1).put("description",
                "The inventory's name (write it before lines: the reader streams)");
        ObjectNode lines = props.putObject("lines");
        lines.put("type", "array");
        lines.set("items", m.createObjectNode().put("$ref", "#/$defs/line"));
        ObjectNode line = root.putObject("$defs").putObject("line");
        line.put("type", "object");
        line.putArray("required").add("kind").add("quantity");
        line.put("additionalProperties", false);
        ObjectNode lp = line.putObject("properties");
        for (Column c : Column.values()) {
            ObjectNode p = lp.putObject(c.header());
            switch (c.type()) {
                case NUMBER:
                    p.put("type", "number");
                    break;
                case INTEGER:
                    p.put("type", "integer");
                    break;
                case BOOLEAN:
                    p.put("type", "boolean");
                    break;
                case ENUM:
                    p.put("type", "string");
                    ArrayNode e = p.putArray("enum");
                    for (String v : enumValues(c)) {
                        e.add(v);
                    }
                    break;
                default:
                    p.put("type", "string");
                    p.put("minLength", 1);
            }
            p.put("description", c.description() + " [" + String.join(", ", c.kinds().stream()
                    .map(LineKind::code).toList()) + "]");
        }
        lp.with("quantity").put("exclusiveMinimum", 0);
        ArrayNode allOf = line.putArray("allOf");
        for (LineKind k : LineKind.values()) {
            ObjectNode rule = allOf.addObject();
            rule.putObject("if").putObject("properties").putObject("kind").put("const", k.code());
            ObjectNode then = rule.putObject("then");
            ArrayNode req = then.putArray("required");
            if (k == LineKind.DEVICE) {
                req.add("category");
            } else if (k == LineKind.CLOUD) {
                req.add("provider");
            }
            if (req.isEmpty()) {
                then.remove("required");
            }
            ObjectNode forbidden = then.putObject("properties");
            for (Column c : Column.values()) {
                if (!c.kinds().contains(k)) {
                    forbidden.put(c.header(), false);
                }
            }
        }
        try {
            return m.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> enumValues(Column c) {
        Class<? extends Enum<?>> type;
        switch (c) {
            case KIND:
                return java.util.Arrays.stream(LineKind.values()).map(LineKind::code).toList();
            case CONDITION:
                type = dev.impact.inventory.Condition.class;
                break;
            case CASE_TYPE:
                type = dev.impact.inventory.CaseType.class;
                break;
            case NETWORK_KIND:
                type = dev.impact.inventory.NetworkKind.class;
                break;
            case NETWORK_MODEL:
                type = dev.impact.inventory.NetworkModel.class;
                break;
            case MEDIUM:
                type = dev.impact.inventory.StorageMedium.class;
                break;
            case STORAGE_MODEL:
                type = dev.impact.inventory.StorageModel.class;
                break;
            case AI_SIZE:
                type = dev.impact.inventory.AiModelSize.class;
                break;
            default:
                throw new IllegalArgumentException("not an enum column: " + c);
        }
        return java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }
}
