package dev.impact.engine;

import dev.impact.factor.Factor;
import dev.impact.factor.Parameter;
import dev.impact.factor.Uncertainty;
import java.util.Objects;

/**
 * One uncertain quantity a footprint term is proportional to (exponent +1) or inversely proportional to
 * (exponent −1): a catalog factor, a catalog parameter, or one of the line's own inputs. See {@link Trace}.
 *
 * @param kind        what the quantity is
 * @param id          the factor id, the parameter id, or for an input the field name ({@code lifetimeYears},
 *                    {@code kWhPerYear}, {@code massKg}, {@code quantity})
 * @param uncertainty the catalog's spread for a factor or parameter; {@link Uncertainty#exact()} for an input (the
 *                    user's spread is applied by whoever propagates)
 * @param exponent    +1 or −1
 * @param input       the line input this quantity stands for ({@link #LIFETIME}, {@link #ENERGY}, {@link #MASS},
 *                    {@link #QUANTITY}), also when a catalog default fills it in; empty for model constants and
 *                    factors. A propagator may replace such a default's spread by the user's spread for that input.
 */
public record Multiplier(Kind kind, String id, Uncertainty uncertainty, int exponent, String input) {

    /** What a multiplier stands for. */
    public enum Kind {
        /** A catalog factor (values per unit of something). */
        FACTOR,
        /** A catalog parameter (model constant or archetype default). */
        PARAMETER,
        /** An input of the line itself. */
        INPUT
    }

    /** Input field: lifetime in years. */
    public static final String LIFETIME = "lifetimeYears";
    /** Input field: electricity per unit per year, kWh (given as power × hours, or as kWh). */
    public static final String ENERGY = "kWhPerYear";
    /** Input field: mass per unit, kg. */
    public static final String MASS = "massKg";
    /** Input field: the line's quantity (units, GB, TB-years, vCPU-hours, requests). */
    public static final String QUANTITY = "quantity";

    public Multiplier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(input, "input");
        if (exponent != 1 && exponent != -1) {
            throw new IllegalArgumentException("exponent must be +1 or -1, was " + exponent);
        }
    }

    static Multiplier of(Factor f) {
        return new Multiplier(Kind.FACTOR, f.id(), f.uncertainty(), 1, "");
    }

    static Multiplier of(Parameter p, int exponent) {
        return new Multiplier(Kind.PARAMETER, p.id(), p.uncertainty(), exponent, "");
    }

    /** A catalog default standing for a line input. */
    static Multiplier of(Parameter p, int exponent, String input) {
        return new Multiplier(Kind.PARAMETER, p.id(), p.uncertainty(), exponent, input);
    }

    static Multiplier input(String field, int exponent) {
        return new Multiplier(Kind.INPUT, field, Uncertainty.exact(), exponent, field);
    }

    /** The same quantity with the opposite exponent. */
    Multiplier inverse() {
        return new Multiplier(kind, id, uncertainty, -exponent, input);
    }

    @Override
    public String toString() {
        return (exponent < 0 ? "1/" : "") + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
