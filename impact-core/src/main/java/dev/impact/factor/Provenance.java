package dev.impact.factor;

import java.util.Objects;

/**
 * Where a number comes from.
 *
 * @param source   the publication
 * @param zone     geography: ISO 3166-1 alpha-2 code ({@code FR}), or {@code WORLD}, {@code EU27}, {@code EUROPE}
 * @param year     reference year of the data
 * @param estimate true when the number was derived or estimated (conversion, average, extrapolation) rather than
 *                 read as is from the source
 * @param note     vintage, table in the source, derivation (may be empty)
 */
public record Provenance(Source source, String zone, int year, boolean estimate, String note) {
    public Provenance {
        Objects.requireNonNull(source, "source");
        Checks.requireText(zone, "zone");
        Objects.requireNonNull(note, "note");
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year must be between 1900 and 2200, was " + year);
        }
    }

    @Override
    public String toString() {
        return source.title() + " (" + source.publisher() + "), " + zone + " " + year + (estimate ? ", estimate" : "")
                + (note.isEmpty() ? "" : " — " + note);
    }
}
