package dev.impact.io;

import dev.impact.compare.BidNotice;
import dev.impact.compare.Offer;
import java.util.List;
import java.util.Objects;

/**
 * A supplier's bid read from a bid file ({@link BidFiles}): the offer to compare (what would be bought and used, its
 * functional unit and its costs) and what the file said besides (bidder, consultation, currency, warranties), with
 * notices on it (a warranty shorter than the lifetime, a refurbished share split into two lines).
 *
 * @param file         the file as named by the user
 * @param consultation the consultation the bid answers
 * @param bidder       the supplier
 * @param currency     the currency of its prices
 * @param offer        the offer: one inventory line per item (two for a partly refurbished item), costs per line
 * @param items        the items as given, in file order
 * @param notices      what the reader noted ({@link BidNotice}: English in {@code toString()}, localised by reports)
 */
public record Bid(String file, String consultation, String bidder, String currency, Offer offer, List<Item> items,
                  List<BidNotice> notices) {
    public Bid {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(offer, "offer");
        items = List.copyOf(items);
        notices = List.copyOf(notices);
    }

    /**
     * One item of a bid, as given.
     *
     * @param label            the item's label
     * @param category         the device category
     * @param model            the model named ("" if none)
     * @param quantity         units
     * @param unitPrice        price of one unit
     * @param warrantyYears    warranty in years (NaN if not given)
     * @param refurbishedShare share of the units bought refurbished, 0 to 1
     * @param lines            the indices of the offer's inventory lines made from this item
     */
    public record Item(String label, String category, String model, double quantity, double unitPrice,
                       double warrantyYears, double refurbishedShare, List<Integer> lines) {
        public Item {
            lines = List.copyOf(lines);
        }
    }
}
