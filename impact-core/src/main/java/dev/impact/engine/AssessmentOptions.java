package dev.impact.engine;

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
 */
public record AssessmentOptions(int reportingYear, double periodYears, Accounting accounting, String defaultZone,
                                List<String> sourcePreference) {
    public AssessmentOptions {
        if (reportingYear < 1990 || reportingYear > 2200) {
            throw new IllegalArgumentException("reportingYear must be between 1990 and 2200, was " + reportingYear);
        }
        if (!Double.isFinite(periodYears) || periodYears <= 0) {
            throw new IllegalArgumentException("periodYears must be a finite number > 0 (years), was " + periodYears);
        }
        Objects.requireNonNull(accounting, "accounting");
        if (defaultZone == null || defaultZone.isBlank()) {
            throw new IllegalArgumentException("defaultZone must not be blank, was " + defaultZone);
        }
        defaultZone = defaultZone.trim().toUpperCase(Locale.ROOT);
        sourcePreference = List.copyOf(sourcePreference);
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
        return new AssessmentOptions(year, periodYears, accounting, defaultZone, sourcePreference);
    }

    /** A copy with this period length in years. */
    public AssessmentOptions periodYears(double years) {
        return new AssessmentOptions(reportingYear, years, accounting, defaultZone, sourcePreference);
    }

    /** A copy with this accounting convention. */
    public AssessmentOptions accounting(Accounting accounting) {
        return new AssessmentOptions(reportingYear, periodYears, accounting, defaultZone, sourcePreference);
    }

    /** A copy with this default zone. */
    public AssessmentOptions defaultZone(String zone) {
        return new AssessmentOptions(reportingYear, periodYears, accounting, zone, sourcePreference);
    }

    /** A copy preferring these sources, in order, over the catalog's own preference. */
    public AssessmentOptions preferSources(String... sourceIds) {
        return new AssessmentOptions(reportingYear, periodYears, accounting, defaultZone, List.of(sourceIds));
    }
}
