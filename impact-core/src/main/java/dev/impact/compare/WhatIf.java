package dev.impact.compare;

import dev.impact.measure.Numbers;
import java.util.Locale;

/**
 * One lever of a {@link Scenario}. {@code category} selects lines by category or label (case-insensitive); {@code *}
 * selects every line of the kind the lever applies to.
 */
public sealed interface WhatIf {

    /** A sentence describing the lever, e.g. {@code laptop kept 2 years longer}. */
    String describe();

    /**
     * Equipment kept {@code years} longer (or shorter, if negative) than the lifetime it has now, given or default.
     *
     * @param category a category, a label, or {@code *}
     * @param years    years added (finite, not 0)
     */
    record ExtendLifetime(String category, double years) implements WhatIf {
        public ExtendLifetime {
            Scenario.requireTarget(category, "category");
            if (!Double.isFinite(years) || years == 0) {
                throw new IllegalArgumentException("years must be a finite number other than 0, was " + years);
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "%s kept %s year(s) %s", category, Numbers.format(Math.abs(years)),
                    years > 0 ? "longer" : "shorter");
        }
    }

    /**
     * A share of the devices bought refurbished instead of new: each matching new fleet is split into
     * {@code (1 − share) × count} new and {@code share × count} refurbished devices (labelled "… (refurbished)"),
     * the refurbished part keeping the line's own lifetime if it gives one, else the refurbished default.
     *
     * @param category a category, a label, or {@code *}
     * @param share    in (0, 1]
     */
    record Refurbished(String category, double share) implements WhatIf {
        public Refurbished {
            Scenario.requireTarget(category, "category");
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("share must be in (0, 1], was " + share);
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "%s %% of %s bought refurbished", Numbers.format(100 * share),
                    category);
        }
    }

    /**
     * Devices shared by {@code usersPerDevice} users: the count is divided by it, and each device's electricity
     * multiplied by it, so the total use is unchanged and only the embodied impacts (and e-waste) shrink. The
     * lifetime is left as is (heavier use may shorten it: model that with an {@link ExtendLifetime} of negative
     * years).
     *
     * @param category       a category, a label, or {@code *}
     * @param usersPerDevice &gt; 1
     */
    record ShareDevices(String category, double usersPerDevice) implements WhatIf {
        public ShareDevices {
            Scenario.requireTarget(category, "category");
            if (!Double.isFinite(usersPerDevice) || usersPerDevice <= 1) {
                throw new IllegalArgumentException("usersPerDevice must be a finite number > 1, was "
                        + usersPerDevice);
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "%s shared by %s users", category, Numbers.format(usersPerDevice));
        }
    }

    /**
     * Stored data reduced by {@code fraction} (every data storage line).
     *
     * @param fraction in (0, 1)
     */
    record ReduceStorage(double fraction) implements WhatIf {
        public ReduceStorage {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("fraction must be in (0, 1), was " + fraction);
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "%s %% less data stored", Numbers.format(100 * fraction));
        }
    }

    /**
     * Every data storage line moved to another electricity zone.
     *
     * @param zone e.g. {@code SE}
     */
    record MoveStorage(String zone) implements WhatIf {
        public MoveStorage {
            Scenario.requireTarget(zone, "zone");
            zone = zone.trim().toUpperCase(Locale.ROOT);
        }

        @Override
        public String describe() {
            return "storage moved to zone " + zone;
        }
    }

    /**
     * The grid of a zone changes: every value of its electricity factors is multiplied by {@code ratio} (0.5: a
     * grid half as carbon-intensive). The factors keep their ids, so the changed grid is drawn with the baseline's
     * draws in Monte Carlo.
     *
     * @param zone  e.g. {@code FR}
     * @param ratio &gt;= 0
     */
    record GridMix(String zone, double ratio) implements WhatIf {
        public GridMix {
            Scenario.requireTarget(zone, "zone");
            zone = zone.trim().toUpperCase(Locale.ROOT);
            if (!Double.isFinite(ratio) || ratio < 0) {
                throw new IllegalArgumentException("ratio must be a finite number >= 0, was " + ratio);
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "grid of %s × %s", zone, Numbers.format(ratio));
        }
    }
}
