package dev.impact.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * How impact reads JSON files (inventories, scenario files): strictly, within documented limits, and with errors in
 * words. The limits (see impact-io/README.md, "Limits") are far above any real inventory and far below what would
 * exhaust memory or the stack.
 */
final class JsonText {
    private JsonText() {
    }

    /** Objects and arrays nested at most this deep (an inventory needs 3 levels, a scenario 4). */
    static final int MAX_NESTING = 64;
    /** A number of at most this many characters. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** A string (a label, a name) of at most this many characters. */
    static final int MAX_STRING_LENGTH = 1_000_000;

    /** A parser factory: a key given twice in one object is an error, never "the last one wins"; the limits above. */
    static JsonFactory strictFactory() {
        return JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH).build())
                .build();
    }

    /** The file line of a parse error: the error's own location, else where the parser stands (0 if unknown). */
    static long line(JsonProcessingException e, JsonParser p) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return e.getLocation().getLineNr();
        }
        return p == null ? 0 : Math.max(0, p.currentLocation().getLineNr());
    }

    /** The parser's message in words: no source excerpt, no internal method names, on one line. */
    static String reason(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2").trim();
        return m.isEmpty() ? "not valid JSON" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
