package dev.impact.compare;

import dev.impact.engine.Accounting;
import dev.impact.engine.AssessmentOptions;
import dev.impact.inventory.Equipment;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Numbers;
import java.util.Locale;
import java.util.Objects;

/**
 * What an offer's footprint is divided by, so that offers of different sizes and lifetimes compare fairly:
 * <ul>
 * <li>{@link #perDeviceYear()}: Σ units of equipment × period years (yearly accounting);</li>
 * <li>{@link #perUserYear(double)}: Σ units × users per device × period years (yearly accounting);</li>
 * <li>{@link #perSeat(double)}: a count the user gives (seats, agents, pupils) — the period's footprint per
 *     seat.</li>
 * </ul>
 * Yearly accounting spreads each device's embodied impact over its own lifetime, so "per device-year" already
 * rewards a longer life. Immutable.
 */
public final class FunctionalUnit {

    /** The kind of functional unit; offers in one comparison must share it. */
    public enum Kind {
        /** One device in service for one year. */
        DEVICE_YEAR("device-year"),
        /** One user served for one year. */
        USER_YEAR("user-year"),
        /** One seat (a user-given count). */
        SEAT("seat");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** e.g. {@code device-year}. */
        public String label() {
            return label;
        }
    }

    private final Kind kind;
    private final double value;

    private FunctionalUnit(Kind kind, double value) {
        this.kind = kind;
        this.value = value;
    }

    /** Per device in service per year. */
    public static FunctionalUnit perDeviceYear() {
        return new FunctionalUnit(Kind.DEVICE_YEAR, 1);
    }

    /**
     * Per user per year, with {@code usersPerDevice} users per device (> 0; 1 for personal devices).
     *
     * @throws IllegalArgumentException if not a finite number > 0
     */
    public static FunctionalUnit perUserYear(double usersPerDevice) {
        return new FunctionalUnit(Kind.USER_YEAR, positive(usersPerDevice, "usersPerDevice"));
    }

    /**
     * Per seat, for {@code seats} seats (> 0).
     *
     * @throws IllegalArgumentException if not a finite number > 0
     */
    public static FunctionalUnit perSeat(double seats) {
        return new FunctionalUnit(Kind.SEAT, positive(seats, "seats"));
    }

    private static double positive(double v, String name) {
        if (!Double.isFinite(v) || v <= 0) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, was " + v);
        }
        return v;
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }

    /** Users per device ({@link Kind#USER_YEAR}), seats ({@link Kind#SEAT}), or 1. */
    public double value() {
        return value;
    }

    /**
     * How many functional units {@code inventory} provides over the period of {@code options}.
     *
     * @throws IllegalArgumentException if a per-year unit is asked for with other than yearly accounting, or of an
     *                                  inventory without equipment
     */
    public double amount(Inventory inventory, AssessmentOptions options) {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(options, "options");
        if (kind == Kind.SEAT) {
            return value;
        }
        if (options.accounting() != Accounting.YEARLY) {
            throw new IllegalArgumentException("accounting must be YEARLY for a per-" + kind.label()
                    + " functional unit, was " + options.accounting());
        }
        double units = 0;
        for (InventoryLine l : inventory) {
            if (l instanceof Equipment) {
                units += l.quantity();
            }
        }
        if (units == 0) {
            throw new IllegalArgumentException("inventory '" + inventory.name() + "' has no equipment: a per-"
                    + kind.label() + " functional unit needs devices");
        }
        return units * value * options.periodYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionalUnit && ((FunctionalUnit) o).kind == kind
                && Double.compare(((FunctionalUnit) o).value, value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Double.hashCode(value);
    }

    @Override
    public String toString() {
        switch (kind) {
            case USER_YEAR:
                return String.format(Locale.ROOT, "per user-year (%s users per device)", Numbers.format(value));
            case SEAT:
                return String.format(Locale.ROOT, "per seat (%s seats)", Numbers.format(value));
            default:
                return "per device-year";
        }
    }
}
