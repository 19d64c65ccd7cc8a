package dev.impact.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.impact.internal.Suggestions;
import dev.impact.measure.Numbers;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree that remembers the line of each value, for the hand-validated files (scenarios, bids, tenders):
 * their readers walk it and name the line of every problem. Read through {@link JsonText#strictFactory()}'s limits.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonText.strictFactory();

    private JsonTree() {
    }

    sealed interface Node permits Obj, Arr, Val {
        long line();
    }

    record Obj(Map<String, Node> fields, long line) implements Node {
    }

    record Arr(List<Node> items, long line) implements Node {
    }

    /** A scalar: String, Double, Boolean or null (JSON null). */
    record Val(Object value, String text, long line) implements Node {
    }

    /** Why a text is not one JSON value: its line (0 when unknown) and the reason, a sentence. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;

        Failure(long line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }
    }

    /**
     * The whole text of {@code path}, strictly UTF-8 (a malformed byte is refused, not replaced).
     *
     * @param kind what the file should be, for "is a directory, not a {@code kind}"
     * @throws Failure at line 0 if the file is missing, a directory, unreadable or not UTF-8
     */
    static String readUtf8(Path path, String kind) throws Failure {
        if (Files.isDirectory(path)) {
            throw new Failure(0, "is a directory, not a " + kind);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (NoSuchFileException e) {
            throw new Failure(0, "no such file");
        } catch (CharacterCodingException e) {
            throw new Failure(0, "is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new Failure(0, "cannot read: " + e);
        }
    }

    /**
     * The one JSON value of {@code text}; {@code what} names it in "unexpected content after the {@code what}".
     *
     * @throws Failure if the text is not valid JSON, ends early or holds more than one value
     */
    static Node parse(String text, String what) throws Failure {
        try (JsonParser p = FACTORY.createParser(new StringReader(text))) {
            Node root = node(p, p.nextToken());
            if (p.nextToken() != null) {
                throw new Failure(p.currentTokenLocation().getLineNr(), "unexpected content after the " + what);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new Failure(JsonText.line(e, null), "not valid JSON: " + JsonText.reason(e));
        } catch (IOException e) {
            throw new Failure(0, "cannot read: " + e);
        }
    }

    private static Node node(JsonParser p, JsonToken t) throws IOException, Failure {
        long line = p.currentTokenLocation().getLineNr();
        if (t == null) {
            throw new Failure(line, "the file ended early");
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    fields.put(name, node(p, p.nextToken()));
                }
                return new Obj(fields, line);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    items.add(node(p, k));
                }
                return new Arr(items, line);
            }
            case VALUE_STRING:
                return new Val(p.getText(), p.getText(), line);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Val(p.getDoubleValue(), p.getText(), line);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Val(t == JsonToken.VALUE_TRUE, p.getText(), line);
            default:
                return new Val(null, "null", line);
        }
    }

    /** A value as problems name it: "an object", "an array", "null", "the string "x"", "the number 1.5", "true". */
    static String describe(Node n) {
        if (n instanceof Obj) {
            return "an object";
        }
        if (n instanceof Arr) {
            return "an array";
        }
        Val v = (Val) n;
        if (v.value() == null) {
            return "null";
        }
        if (v.value() instanceof String) {
            return "the string \"" + v.text() + "\"";
        }
        return v.value() instanceof Double ? "the number " + Numbers.format((Double) v.value()) : v.text();
    }

    /**
     * Adds to {@code problems} one problem per field of {@code o} not in {@code allowed}, at its line, with the
     * closest allowed name and the allowed list.
     */
    static void unknownFields(Obj o, String prefix, Collection<String> allowed, String file, List<Problem> problems) {
        for (Map.Entry<String, Node> e : o.fields().entrySet()) {
            String k = e.getKey();
            if (!allowed.contains(k)) {
                String exact = allowed.stream().filter(a -> a.equalsIgnoreCase(k)).findFirst().orElse(null);
                problems.add(new Problem(file, e.getValue().line(), prefix + k, "unknown field"
                        + (exact != null ? "; did you mean " + exact + "?" : Suggestions.didYouMean(k, allowed))
                        + "; expected " + String.join(", ", allowed)));
            }
        }
    }
}
