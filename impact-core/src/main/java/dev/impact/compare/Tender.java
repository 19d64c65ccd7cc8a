package dev.impact.compare;

import dev.impact.measure.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The award rules of one consultation: its criteria (what is scored, with which formula, for how many points) and
 * the electricity prices the cost of ownership is computed with, per zone and year. Immutable: every method returns
 * a modified copy.
 *
 * <pre>{@code
 * Tender t = Tender.named("Laptops 2026").currency("EUR")
 *         .criterion(Criterion.cost(60, Scoring.PROPORTIONAL_TO_BEST))
 *         .criterion(Criterion.footprint(Indicator.CLIMATE_CHANGE, 40, Scoring.LINEAR_BEST_WORST))
 *         .electricityPrice("FR", 2026, 0.2516);                  // per kWh, in the currency
 * Award a = comparison.award(t);
 * }</pre>
 */
public final class Tender {
    private final String name;
    private final String currency;
    private final List<Criterion> criteria;
    /** zone (upper case) → year → price per kWh. */
    private final Map<String, TreeMap<Integer, Double>> prices;

    private Tender(String name, String currency, List<Criterion> criteria, Map<String, TreeMap<Integer, Double>> prices) {
        this.name = name;
        this.currency = currency;
        this.criteria = List.copyOf(criteria);
        this.prices = prices;
    }

    /**
     * A tender with this name, no criteria yet, currency EUR.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static Tender named(String name) {
        return new Tender(text(name, "name"), "EUR", List.of(), new TreeMap<>());
    }

    private static String text(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was " + (s == null ? "null" : "'" + s
                    + "'"));
        }
        return s.trim();
    }

    /** A copy in this currency (a code or symbol shown with every cost, e.g. {@code EUR}). */
    public Tender currency(String currency) {
        return new Tender(name, text(currency, "currency"), criteria, prices);
    }

    /**
     * A copy with one more criterion.
     *
     * @throws IllegalArgumentException if a criterion on the same figure is already there
     */
    public Tender criterion(Criterion criterion) {
        Objects.requireNonNull(criterion, "criterion");
        for (Criterion c : criteria) {
            if (c.code().equals(criterion.code())) {
                throw new IllegalArgumentException("criterion '" + criterion.code() + "' is given twice");
            }
        }
        List<Criterion> l = new ArrayList<>(criteria);
        l.add(criterion);
        return new Tender(name, currency, l, prices);
    }

    /**
     * A copy with the price of one kWh in {@code zone} (an ISO code, e.g. {@code FR}) in {@code year}, in the
     * tender's currency. A year without a price takes the latest earlier year's.
     *
     * @throws IllegalArgumentException if the price is not a finite number ≥ 0
     */
    public Tender electricityPrice(String zone, int year, double pricePerKWh) {
        if (!Double.isFinite(pricePerKWh) || pricePerKWh < 0) {
            throw new IllegalArgumentException("pricePerKWh must be a finite number >= 0, was " + pricePerKWh);
        }
        Map<String, TreeMap<Integer, Double>> p = new TreeMap<>();
        prices.forEach((z, m) -> p.put(z, new TreeMap<>(m)));
        p.computeIfAbsent(text(zone, "zone").toUpperCase(Locale.ROOT), z -> new TreeMap<>()).put(year, pricePerKWh);
        return new Tender(name, currency, criteria, p);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The currency. */
    public String currency() {
        return currency;
    }

    /** The criteria, in the order given. */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** The price of a kWh in {@code zone} in {@code year}, or the latest earlier year's; empty if none. */
    public Optional<Price> electricityPrice(String zone, int year) {
        TreeMap<Integer, Double> m = prices.get(zone.toUpperCase(Locale.ROOT));
        if (m == null) {
            return Optional.empty();
        }
        Map.Entry<Integer, Double> e = m.floorEntry(year);
        return e == null ? Optional.empty() : Optional.of(new Price(zone.toUpperCase(Locale.ROOT), e.getKey(),
                e.getValue()));
    }

    /** The zones priced. */
    public List<String> pricedZones() {
        return List.copyOf(prices.keySet());
    }

    /**
     * An electricity price used.
     *
     * @param zone        the zone
     * @param year        the year of the price
     * @param pricePerKWh the price of one kWh, in the tender's currency
     */
    public record Price(String zone, int year, double pricePerKWh) {
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Tender[").append(name).append(", ").append(currency);
        for (Criterion c : criteria) {
            sb.append("; ").append(c);
        }
        prices.forEach((z, m) -> m.forEach((y, p) -> sb.append("; electricity ").append(z).append(' ').append(y)
                .append(' ').append(Numbers.format(p)).append(' ').append(currency).append("/kWh")));
        return sb.append(']').toString();
    }
}
