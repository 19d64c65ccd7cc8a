package dev.impact.uncertainty;

import dev.impact.factor.Uncertainty;
import java.util.Locale;
import java.util.Objects;

/**
 * The spread of a user input, as a relative multiplier of the value the line gives (or the default it takes), for
 * every line whose label or category is {@code target} ({@code *}: every line).
 *
 * <pre>{@code
 * // laptops kept 4 to 6 years around the 5 given: a uniform multiplier on [0.8, 1.2]
 * InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.8, 1.2))
 * }</pre>
 *
 * <p>A rule applies whether the line gives the input or takes the catalog's default; for a default, the rule's
 * spread replaces the catalog's (for an energy made of power × hours, the rule is one multiplier of the product).
 *
 * <p>One rule is <em>one</em> random variable: in each draw, every line it matches moves together (a fleet's
 * lifetime is one policy, not independent per line), and offers or scenarios simulated with the same seed see the
 * same draw. When several rules match a line's input, the first one given applies.
 *
 * @param target      a line label or category (case-insensitive), or {@code *}
 * @param input       which input
 * @param uncertainty its spread
 */
public record InputUncertainty(String target, Input input, Uncertainty uncertainty) {
    public InputUncertainty {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("target must be a line label, a category or *, was "
                    + (target == null ? "null" : "'" + target + "'"));
        }
        target = target.trim();
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(uncertainty, "uncertainty");
    }

    /** A rule; see the class documentation. */
    public static InputUncertainty of(String target, Input input, Uncertainty uncertainty) {
        return new InputUncertainty(target, input, uncertainty);
    }

    boolean matches(String label, String category) {
        return target.equals("*") || target.equalsIgnoreCase(label) || target.equalsIgnoreCase(category);
    }

    /** The variable id under which draws are shared: {@code input:<target>:<field>}. */
    String variableId() {
        return "input:" + target.toLowerCase(Locale.ROOT) + ":" + input.field();
    }

    @Override
    public String toString() {
        return input.field() + " of " + target + " ~ " + uncertainty;
    }
}
