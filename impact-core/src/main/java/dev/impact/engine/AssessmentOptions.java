package dev.impact.engine;

import dev.impact.inventory.Convention;
import dev.impact.inventory.InventoryLine;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Options of an assessment.
 *
 * @param reportingYear    the year reported on: factors are the newest not after it
 * @param periodYears      length of the reporting period in years (> 0), usually 1
 * @param accounting       how embodied impacts are attributed to the period
 * @param defaultZone      electricity zone of lines that give none (e.g. {@code FR})
 * @param sourcePreference source ids to prefer over the catalog's own order (may be empty)
 * @param requirePurchaseYears whether flow and amortised accounting refuse an equipment line without a purchase year
 *                         (by default they complete it: not bought in the period, or straight-line, and say so)
 * @param convention       whose conventions and data the lines follow ({@link Convention#IMPACT} by default); a line
 *                         that sets its own ({@link InventoryLine#convention()}) wins
 */
public record AssessmentOptions(int reportingYear, double periodYears, Accounting accounting, String defaultZone,
                                List<String> sourcePreference, boolean requirePurchaseYears,
                                Convention convention) {
    public AssessmentOptions {
        if (reportingYear < 1990 || reportingYear > 2200) {
            throw new IllegalArgumentException("reportingYear must be between 1990 and 2200, was " + reportingYear);
        }
        if (!Double.isFinite(periodYears) || periodYears <= 0) {
            throw new IllegalArgumentException("periodYears must be a finite number > 0 (years), was " + periodYears);
        }
        Objects.requireNonNull(accounting, "accounting");
        Objects.requireNonNull(convention, "convention");
        if (defaultZone == null || defaultZone.isBlank()) {
            throw new IllegalArgumentException("defaultZone must not be blank, was " + defaultZone);
        }
        defaultZone = defaultZone.trim().toUpperCase(Locale.ROOT);
        sourcePreference = List.copyOf(sourcePreference);
    }

    /** Options under impact's own conventions ({@link Convention#IMPACT}). */
    public AssessmentOptions(int reportingYear, double periodYears, Accounting accounting, String defaultZone,
                             List<String> sourcePreference, boolean requirePurchaseYears) {
        this(reportingYear, periodYears, accounting, defaultZone, sourcePreference, requirePurchaseYears,
                Convention.IMPACT);
    }

    /** Options that complete a missing purchase year (see {@link #requirePurchaseYears()}), impact's conventions. */
    public AssessmentOptions(int reportingYear, double periodYears, Accounting accounting, String defaultZone,
                             List<String> sourcePreference) {
        this(reportingYear, periodYears, accounting, defaultZone, sourcePreference, false);
    }

    /**
     * Yearly accounting over one year, the current calendar year as the reporting year, France as the default zone
     * (the project's first users are French local authorities), the catalog's source order.
     */
    public static AssessmentOptions defaults() {
        return new AssessmentOptions(Year.now().getValue(), 1, Accounting.YEARLY, "FR", List.of());
    }

    /** A copy reporting on this year. */
    public AssessmentOptions reportingYear(int year) {
        return new AssessmentOptions(year, periodYears, accounting, defaultZone, sourcePreference,
                requirePurchaseYears, convention);
    }

    /** A copy with this period length in years. */
    public AssessmentOptions periodYears(double years) {
        return new AssessmentOptions(reportingYear, years, accounting, defaultZone, sourcePreference,
                requirePurchaseYears, convention);
    }

    /** A copy with this accounting convention. */
    public AssessmentOptions accounting(Accounting accounting) {
        return new AssessmentOptions(reportingYear, periodYears, accounting, defaultZone, sourcePreference,
                requirePurchaseYears, convention);
    }

    /** A copy with this default zone. */
    public AssessmentOptions defaultZone(String zone) {
        return new AssessmentOptions(reportingYear, periodYears, accounting, zone, sourcePreference,
                requirePurchaseYears, convention);
    }

    /** A copy preferring these sources, in order, over the catalog's own preference. */
    public AssessmentOptions preferSources(String... sourceIds) {
        Objects.requireNonNull(sourceIds, "sourceIds");
        return new AssessmentOptions(reportingYear, periodYears, accounting, defaultZone, List.of(sourceIds),
                requirePurchaseYears, convention);
    }

    /**
     * A copy that refuses ({@code true}) or completes ({@code false}, the default) equipment lines without a purchase
     * year in flow and amortised accounting.
     */
    public AssessmentOptions requirePurchaseYears(boolean require) {
        return new AssessmentOptions(reportingYear, periodYears, accounting, defaultZone, sourcePreference, require,
                convention);
    }

    /**
     * A copy whose lines follow this peer's conventions and data (see {@link Convention}), except the lines that set
     * their own.
     */
    public AssessmentOptions convention(Convention convention) {
        return new AssessmentOptions(reportingYear, periodYears, accounting, defaultZone, sourcePreference,
                requirePurchaseYears, Objects.requireNonNull(convention, "convention"));
    }

    /** The convention {@code line} is assessed with: its own if it sets one, else {@link #convention()}. */
    public Convention conventionOf(InventoryLine line) {
        return Objects.requireNonNull(line, "line").convention().orElse(convention);
    }
}
