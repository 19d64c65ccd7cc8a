package dev.impact.inventory;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An inventory line, or one of its inputs, is refused: carries <em>which</em> input as data, so that a reader can
 * point at the right column and a report can group refusals, without reading the message.
 * <ul>
 *   <li>{@link #field()}: the line property refused, named as the builders and copy methods name it
 *       ({@code quantity}, {@code lifetimeYears}, {@code zone}, {@code category}, {@code purchaseYear},
 *       {@code provider}, {@code networkKind}…); empty when the refusal is about the whole line;</li>
 *   <li>{@link #value()}: the refused value as text, empty when there is none;</li>
 *   <li>{@link #reason()}: the human sentence, with the field, the value and what was expected, and no line
 *       prefix: {@code lifetimeYears must be a finite number > 0 (years), was -2.0};</li>
 *   <li>{@link #lineIndex()} and {@link #label()}: the line in its inventory (1-based), once the engine knows it.</li>
 * </ul>
 * {@link #getMessage()} is the sentence people read: the reason, prefixed with {@code line 3 ('town hall'): } when
 * the line is known. It is an {@link IllegalArgumentException}, so callers that only want the message need nothing
 * new.
 *
 * <pre>{@code
 * try { DeviceFleet.of("laptop", 10).lifetimeYears(-2); }
 * catch (LineRejectedException e) { e.field(); /* Optional[lifetimeYears] *\/ e.value(); /* "-2.0" *\/ }
 * }</pre>
 */
public final class LineRejectedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String reason;
    private final int lineIndex;
    private final String label;

    private LineRejectedException(String field, String value, String reason, int lineIndex, String label,
                                  Throwable cause) {
        super(lineIndex > 0 ? "line " + lineIndex + " ('" + label + "'): " + reason : reason, cause);
        this.field = Objects.requireNonNull(field, "field");
        this.value = Objects.requireNonNull(value, "value");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.lineIndex = lineIndex;
        this.label = Objects.requireNonNull(label, "label");
    }

    /**
     * A refusal of one input.
     *
     * @param field  the property name, e.g. {@code lifetimeYears}; empty for the whole line
     * @param value  the refused value as text; empty when there is none
     * @param reason the sentence, naming the field, the value and what was expected
     */
    public LineRejectedException(String field, String value, String reason) {
        this(field, value, reason, 0, "", null);
    }

    /**
     * The same refusal located at a line of an inventory ({@code index} 1-based); an {@link IllegalArgumentException}
     * that is not a {@code LineRejectedException} becomes one about the whole line, its message the reason.
     */
    public static LineRejectedException at(IllegalArgumentException e, int index, String label) {
        Objects.requireNonNull(e, "e");
        Objects.requireNonNull(label, "label");
        if (index < 1) {
            throw new IllegalArgumentException("index must be >= 1, was " + index);
        }
        if (e instanceof LineRejectedException) {
            LineRejectedException r = (LineRejectedException) e;
            return new LineRejectedException(r.field, r.value, r.reason, index, label, e);
        }
        return new LineRejectedException("", "", String.valueOf(e.getMessage()), index, label, e);
    }

    /** The property refused ({@code lifetimeYears}, {@code zone}…), or empty when the refusal is about the line. */
    public Optional<String> field() {
        return field.isEmpty() ? Optional.empty() : Optional.of(field);
    }

    /** The refused value as text, or an empty string when there is none. */
    public String value() {
        return value;
    }

    /** What is wrong and what was expected, without the line prefix. */
    public String reason() {
        return reason;
    }

    /** The 1-based index of the line in its inventory, when known. */
    public OptionalInt lineIndex() {
        return lineIndex > 0 ? OptionalInt.of(lineIndex) : OptionalInt.empty();
    }

    /** The line's label, when its index is known; else empty. */
    public String label() {
        return label;
    }
}
