package dev.impact.inventory;

/**
 * How much electricity one device uses in a year: either average power while on × hours on per day, or an annual
 * energy figure (for always-on gear or a measured value).
 */
public sealed interface UseProfile {

    /** Electricity used by one device in one year, in kWh. */
    double kWhPerYear();

    /**
     * Average power while on, in watts, for {@code hoursPerDay} hours every day of the year.
     *
     * @throws IllegalArgumentException if watts is not > 0 or hours not in (0, 24]
     */
    /** The largest power of one device, in W (10 MW). */
    double MAX_WATTS = 1e7;
    /** The largest annual energy of one device, in kWh/year (about 11 MW all year). */
    double MAX_KWH_PER_YEAR = 1e8;

    static UseProfile powerHours(double watts, double hoursPerDay) {
        return new PowerHours(watts, hoursPerDay);
    }

    /**
     * An annual energy, in kWh per device per year.
     *
     * @throws IllegalArgumentException if not >= 0
     */
    static UseProfile annualEnergy(double kWhPerYear) {
        // (the bounds below are beyond any single device: a value past them is a unit mistake or hostile input)
        return new AnnualEnergy(kWhPerYear);
    }

    /** Power × hours per day, over 365 days. */
    record PowerHours(double watts, double hoursPerDay) implements UseProfile {
        public PowerHours {
            Checks.positive(watts, "powerWatts", "W");
            if (watts > MAX_WATTS) {
                throw Checks.reject("powerWatts", watts, "powerWatts must be <= 1e7 (W per device: 10 MW), was "
                        + watts);
            }
            Checks.positive(hoursPerDay, "hoursPerDay", "h/day");
            if (hoursPerDay > 24) {
                throw Checks.reject("hoursPerDay", hoursPerDay, "hoursPerDay must be <= 24 (h/day), was " + hoursPerDay);
            }
        }

        @Override
        public double kWhPerYear() {
            return watts * hoursPerDay * 365 / 1000;
        }

        @Override
        public String toString() {
            return watts + " W × " + hoursPerDay + " h/day";
        }
    }

    /** A fixed annual energy. */
    record AnnualEnergy(double kWhPerYear) implements UseProfile {
        public AnnualEnergy {
            Checks.nonNegative(kWhPerYear, "kWhPerYear", "kWh/year");
            if (kWhPerYear > MAX_KWH_PER_YEAR) {
                throw Checks.reject("kWhPerYear", kWhPerYear, "kWhPerYear must be <= 1e8 (kWh/year per device: 11 MW"
                        + " all year), was " + kWhPerYear);
            }
        }

        @Override
        public String toString() {
            return kWhPerYear + " kWh/year";
        }
    }
}
