package dev.impact.compare;

import dev.impact.measure.Numbers;
import java.util.Objects;

/**
 * Something the bid reader noticed on an item, for the buyer to check. Reports word it in their language
 * (impact-report's {@code ComparisonReport}); {@code toString()} words it in English, with the file and the item.
 *
 * @param file          the bid file as named by the user
 * @param field         the item's path in the file, e.g. {@code items[1]}
 * @param item          the item's label
 * @param kind          what was noticed
 * @param share         the refurbished share, 0 to 1 ({@link Kind#REFURBISHED_SPLIT}; else NaN)
 * @param warrantyYears the warranty ({@link Kind#WARRANTY_SHORTER_THAN_LIFETIME}; else NaN)
 * @param lifetimeYears the item's lifetime ({@link Kind#WARRANTY_SHORTER_THAN_LIFETIME}; else NaN)
 */
public record BidNotice(String file, String field, String item, Kind kind, double share, double warrantyYears,
                        double lifetimeYears) {
    /** What a notice is about. */
    public enum Kind {
        /** Part of the item is refurbished: it is assessed as two lines (new and refurbished) at one unit price. */
        REFURBISHED_SPLIT,
        /** The warranty ends before the lifetime the bid states. */
        WARRANTY_SHORTER_THAN_LIFETIME
    }

    public BidNotice {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(kind, "kind");
    }

    /** Part ({@code share}, 0 to 1) of an item is refurbished and assessed as a second line. */
    public static BidNotice refurbishedSplit(String file, String field, String item, double share) {
        return new BidNotice(file, field, item, Kind.REFURBISHED_SPLIT, share, Double.NaN, Double.NaN);
    }

    /** The item's warranty is shorter than its lifetime. */
    public static BidNotice shortWarranty(String file, String field, String item, double warrantyYears,
                                double lifetimeYears) {
        return new BidNotice(file, field, item, Kind.WARRANTY_SHORTER_THAN_LIFETIME, Double.NaN, warrantyYears,
                lifetimeYears);
    }

    @Override
    public String toString() {
        String where = file + ": " + field + " ('" + item + "'): ";
        return where + switch (kind) {
            case REFURBISHED_SPLIT -> Numbers.format(100 * share)
                    + " % refurbished, assessed as two lines at the item's unit price";
            case WARRANTY_SHORTER_THAN_LIFETIME -> "warranty " + Numbers.format(warrantyYears)
                    + " years, shorter than the lifetime of " + Numbers.format(lifetimeYears)
                    + " years";
        };
    }
}
