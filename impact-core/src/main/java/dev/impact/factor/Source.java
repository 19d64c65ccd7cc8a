package dev.impact.factor;

import java.util.Objects;

/**
 * A publication that factors come from.
 *
 * @param id        short stable slug, e.g. {@code ademe-arcep-2022}
 * @param title     title of the publication or data set
 * @param publisher who publishes it
 * @param year      year of publication
 * @param locator   where to find it: URL, or repository + path + version, or document + table
 * @param licence   licence or reuse note
 */
public record Source(String id, String title, String publisher, int year, String locator, String licence) {
    public Source {
        Checks.requireText(id, "source.id");
        Checks.requireText(title, "source.title");
        Checks.requireText(publisher, "source.publisher");
        Checks.requireText(locator, "source.locator");
        Checks.requireText(licence, "source.licence");
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("source.year must be between 1900 and 2200, was " + year);
        }
    }

    /** A source for a value the user supplied themselves (an overlay row, an input). */
    public static Source user(String id, String title) {
        return new Source(Objects.requireNonNull(id, "id"), title, "user", java.time.Year.now().getValue(),
                "supplied by the user", "user's own data");
    }

    @Override
    public String toString() {
        return publisher + ", " + title + " (" + year + ") — " + locator;
    }
}
