package dev.impact.compare;

import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.LineResult;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Equipment;
import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.uncertainty.UncertainAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Offers scored with a tender's award rules, with how sure the ranking is.
 *
 * <ul>
 * <li><b>Points</b>: each criterion turns each offer's figure per functional unit (its central footprint, or its
 *     total cost of ownership) into points with its {@link Scoring} formula, the criterion's weight going to the best
 *     offer; an offer's score is the sum of its points. The ranking is by score, highest first.</li>
 * <li><b>Cost of ownership</b> ({@link Tco}), per functional unit, spread like the footprint in yearly accounting:
 *     per line, units × ((unit price + end-of-life cost) / lifetime + kWh per year × the zone's price per kWh),
 *     × the period's years, divided by the offer's functional units. No discounting. Costs are taken as exact.</li>
 * <li><b>Robustness</b>: the same scoring is applied in every Monte Carlo draw of the comparison (every offer's
 *     footprint drawn with the same shared factors); {@link #probabilityRankingHolds()} is the share of draws whose
 *     whole ranking is the central one, {@link #probabilityWinnerHolds()} the share where the first offer stays first
 *     (ties count as holding).</li>
 * <li><b>What would flip it</b> ({@link #flip()}): among the uncertain quantities drawn, the one whose draws are the
 *     most correlated (Spearman) with the gap between the first two offers' scores.</li>
 * </ul>
 * Immutable.
 */
public final class Award {
    private final Comparison comparison;
    private final Tender tender;
    private final List<String> offers;
    private final Map<String, Tco> tco = new LinkedHashMap<>();
    /** [criterion][offer] central figure and points. */
    private final double[][] values;
    private final double[][] points;
    private final double[] totals;
    private final List<String> ranking;
    private final double rankingHolds;
    private final double winnerHolds;
    private final Flip flip; // null: none

    /**
     * The cost of ownership of an offer per functional unit, in the tender's currency, and the electricity behind it.
     *
     * @param purchase    purchase prices, spread over each line's lifetime
     * @param electricity electricity at the tender's prices
     * @param endOfLife   end-of-life costs, spread over each line's lifetime
     * @param kWh         electricity per functional unit, kWh
     * @param prices      the electricity prices used (zone, year, price)
     */
    public record Tco(double purchase, double electricity, double endOfLife, double kWh, List<Tender.Price> prices) {
        public Tco {
            prices = List.copyOf(java.util.Objects.requireNonNull(prices, "prices"));
        }

        /** purchase + electricity + end of life. */
        public double total() {
            return purchase + electricity + endOfLife;
        }
    }

    /**
     * The quantity with the largest effect on the score gap between the first two offers.
     *
     * @param variable        the random variable's id ({@code factor:…}, {@code parameter:…}, {@code input:…})
     * @param rankCorrelation Spearman's correlation of its draws with the gap (first − second); negative: a higher
     *                        value narrows the gap
     * @param varianceShare   its share of the squared correlations of all variables, 0 to 1
     * @param probabilityFlip the share of draws in which the second offer scores above the first
     */
    public record Flip(String variable, double rankCorrelation, double varianceShare, double probabilityFlip) {
    }

    private Award(Comparison c, Tender t) {
        this.comparison = c;
        this.tender = t;
        List<Criterion> criteria = t.criteria();
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("tender '" + t.name() + "' has no criterion: add at least one");
        }
        List<String> names = new ArrayList<>();
        c.offers().forEach(o -> names.add(o.name()));
        this.offers = List.copyOf(names);
        int n = names.size();
        boolean cost = criteria.stream().anyMatch(Criterion::isCost);
        for (Offer o : c.offers()) {
            if (o.costs().given()) {
                tco.put(o.name(), tco(o, c.assessment(o.name()), t));
            } else if (cost) {
                throw new IllegalArgumentException("offer '" + o.name() + "' has no costs, but tender '" + t.name()
                        + "' scores the cost of ownership: give its unit prices (Offer.withCosts)");
            }
        }
        int m = criteria.size();
        values = new double[m][n];
        points = new double[m][n];
        totals = new double[n];
        for (int k = 0; k < m; k++) {
            Criterion cr = criteria.get(k);
            for (int j = 0; j < n; j++) {
                values[k][j] = cr.isCost() ? tco.get(names.get(j)).total()
                        : c.central(names.get(j), cr.indicator().orElseThrow());
            }
            score(cr, values[k], points[k]);
            for (int j = 0; j < n; j++) {
                totals[j] += points[k][j];
            }
        }
        this.ranking = rank(names, totals);
        // the same scoring in every draw
        int draws = c.settings().draws();
        double[][][] drawn = new double[m][][];
        for (int k = 0; k < m; k++) {
            Criterion cr = criteria.get(k);
            if (!cr.isCost()) {
                drawn[k] = new double[n][];
                for (int j = 0; j < n; j++) {
                    drawn[k][j] = c.samples(names.get(j), cr.indicator().orElseThrow());
                }
            }
        }
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = names.indexOf(ranking.get(r));
        }
        double[] v = new double[n];
        double[] p = new double[n];
        double[] total = new double[n];
        double[] gap = new double[draws];
        int holds = 0;
        int wins = 0;
        int flips = 0;
        for (int d = 0; d < draws; d++) {
            java.util.Arrays.fill(total, 0);
            for (int k = 0; k < m; k++) {
                for (int j = 0; j < n; j++) {
                    v[j] = drawn[k] == null ? values[k][j] : drawn[k][j][d];
                }
                score(criteria.get(k), v, p);
                for (int j = 0; j < n; j++) {
                    total[j] += p[j];
                }
            }
            boolean all = true;
            for (int r = 0; r + 1 < n && all; r++) {
                all = total[order[r]] >= total[order[r + 1]];
            }
            holds += all ? 1 : 0;
            boolean first = true;
            for (int j = 0; j < n && first; j++) {
                first = total[order[0]] >= total[j];
            }
            wins += first ? 1 : 0;
            gap[d] = total[order[0]] - total[order[1]];
            flips += gap[d] < 0 ? 1 : 0;
        }
        this.rankingHolds = (double) holds / draws;
        this.winnerHolds = (double) wins / draws;
        this.flip = driver(c, gap, (double) flips / draws);
    }

    static Award of(Comparison c, Tender t) {
        return new Award(c, t);
    }

    private static void score(Criterion cr, double[] v, double[] into) {
        double best = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            best = Math.min(best, x);
            worst = Math.max(worst, x);
        }
        for (int j = 0; j < v.length; j++) {
            into[j] = cr.scoring().points(v[j], best, worst, cr.weight());
        }
    }

    private static List<String> rank(List<String> names, double[] totals) {
        List<String> r = new ArrayList<>(names);
        r.sort(Comparator.comparingDouble((String o) -> -totals[names.indexOf(o)]).thenComparing(names::indexOf));
        return List.copyOf(r);
    }

    private Flip driver(Comparison c, double[] gap, double probabilityFlip) {
        if (variance(gap) == 0) {
            return null;
        }
        Set<String> variables = new LinkedHashSet<>();
        for (String o : offers) {
            variables.addAll(c.run(o).variables());
        }
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        String best = null;
        double bestRho = 0;
        double sum = 0;
        for (String var : variables) {
            double[] x = null;
            for (String o : offers) {
                UncertainAssessment u = c.run(o);
                Optional<double[]> d = u.draws(var);
                if (d.isPresent()) {
                    x = d.get();
                    break;
                }
            }
            if (x == null || variance(x) == 0) {
                continue;
            }
            double rho = spearman.correlation(x, gap);
            if (Double.isNaN(rho)) {
                continue;
            }
            sum += rho * rho;
            if (Math.abs(rho) > Math.abs(bestRho)) {
                bestRho = rho;
                best = var;
            }
        }
        return best == null ? null : new Flip(best, bestRho, bestRho * bestRho / sum, probabilityFlip);
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s;
    }

    /** The cost of ownership of one offer per functional unit (see the class documentation). */
    static Tco tco(Offer o, Assessment a, Tender t) {
        AssessmentOptions options = a.options();
        double years = options.periodYears();
        int year = options.reportingYear();
        double purchase = 0;
        double electricity = 0;
        double endOfLife = 0;
        double kWh = 0;
        List<Tender.Price> used = new ArrayList<>();
        List<LineResult> lines = a.lines();
        for (int i = 0; i < lines.size(); i++) {
            LineResult lr = lines.get(i);
            InventoryLine line = lr.line();
            double price = o.costs().unitPrice(i);
            double eol = o.costs().endOfLifePerUnit(i);
            if (!(line instanceof Equipment)) {
                if (price > 0 || eol > 0) {
                    throw new IllegalArgumentException("offer '" + o.name() + "' line " + (i + 1) + " ('"
                            + line.label() + "') is not equipment: it cannot carry a unit price");
                }
                continue;
            }
            Equipment e = (Equipment) line;
            OptionalDouble given = e.lifetimeYears();
            double life = given.isPresent() ? given.getAsDouble() : completed(lr, "lifetimeYears");
            double perYear = line instanceof DeviceFleet && ((DeviceFleet) line).use().isPresent()
                    ? ((DeviceFleet) line).use().get().kWhPerYear() : completed(lr, "kWhPerYear");
            if (Double.isNaN(life) || Double.isNaN(perYear)) {
                throw new IllegalArgumentException("offer '" + o.name() + "' line " + (i + 1) + " ('" + line.label()
                        + "'): its " + (Double.isNaN(life) ? "lifetime" : "electricity per year") + " is not known;"
                        + " give it on the line");
            }
            String zone = e.zone().orElse(options.defaultZone());
            int number = i + 1;
            Tender.Price p = t.electricityPrice(zone, year).orElseThrow(() -> new IllegalArgumentException(
                    "no electricity price for zone " + zone + " in " + year + " or before (offer '" + o.name()
                            + "', line " + number + "); priced zones: " + t.pricedZones()
                            + "; give Tender.electricityPrice(\"" + zone + "\", " + year + ", price per kWh)"));
            if (!used.contains(p)) {
                used.add(p);
            }
            double q = line.quantity();
            purchase += q * price / life * years;
            endOfLife += q * eol / life * years;
            kWh += q * perYear * years;
            electricity += q * perYear * years * p.pricePerKWh();
        }
        double units = o.unit().amount(o.inventory(), options);
        return new Tco(purchase / units, electricity / units, endOfLife / units, kWh / units, used);
    }

    private static double completed(LineResult lr, String field) {
        for (AppliedDefault d : lr.defaults()) {
            if (d.field().equals(field)) {
                return d.value();
            }
        }
        return Double.NaN;
    }

    /** The comparison scored. */
    public Comparison comparison() {
        return comparison;
    }

    /** The award rules. */
    public Tender tender() {
        return tender;
    }

    /** Offer names from the highest score to the lowest (ties in offer order). */
    public List<String> ranking() {
        return ranking;
    }

    /** An offer's score: the sum of its points. */
    public double score(String offer) {
        return totals[index(offer)];
    }

    /** An offer's points on a criterion of the tender. */
    public double points(String offer, Criterion criterion) {
        return points[criterion(criterion)][index(offer)];
    }

    /** An offer's central figure on a criterion: its cost of ownership or its footprint, per functional unit. */
    public double value(String offer, Criterion criterion) {
        return values[criterion(criterion)][index(offer)];
    }

    /** An offer's cost of ownership per functional unit, if it has costs. */
    public Optional<Tco> tco(String offer) {
        index(offer);
        return Optional.ofNullable(tco.get(offer));
    }

    /** The share of draws in which the whole ranking is the central one. */
    public double probabilityRankingHolds() {
        return rankingHolds;
    }

    /** The share of draws in which the first offer stays first. */
    public double probabilityWinnerHolds() {
        return winnerHolds;
    }

    /** The driver of the gap between the first two offers; empty when the gap does not vary across draws. */
    public Optional<Flip> flip() {
        return Optional.ofNullable(flip);
    }

    private int index(String offer) {
        int k = offers.indexOf(offer);
        if (k < 0) {
            throw new IllegalArgumentException("unknown offer '" + offer + "'; offers: " + offers);
        }
        return k;
    }

    private int criterion(Criterion c) {
        int k = tender.criteria().indexOf(c);
        if (k < 0) {
            throw new IllegalArgumentException("criterion " + c + " is not one of tender '" + tender.name() + "'");
        }
        return k;
    }

    /** The scores table, the probabilities and the driver. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Award of %s: %d offers, %s, %d draws (seed %d)%n", tender.name(),
                offers.size(), comparison.offers().get(0).unit(), comparison.settings().draws(),
                comparison.settings().seed()));
        int width = Math.max(8, offers.stream().mapToInt(String::length).max().orElse(0));
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s", "offer"));
        for (Criterion c : tender.criteria()) {
            sb.append(String.format(Locale.ROOT, " %22s", clip(c.code() + " (" + Numbers.format(c.weight()) + ")")));
        }
        sb.append(String.format(Locale.ROOT, " %8s%n", "score"));
        for (String o : ranking) {
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s", o));
            for (Criterion c : tender.criteria()) {
                sb.append(String.format(Locale.ROOT, " %22s", Numbers.format(value(o, c)) + " → "
                        + String.format(Locale.ROOT, "%.2f", points(o, c))));
            }
            sb.append(String.format(Locale.ROOT, " %8.2f%n", score(o)));
        }
        tco.forEach((o, x) -> sb.append(String.format(Locale.ROOT, "  TCO %s: %s %s per %s (purchase %s, electricity"
                + " %s for %s kWh, end of life %s)%n", o, Numbers.format(x.total()), tender.currency(),
                comparison.offers().get(0).unit().kind().label(), Numbers.format(x.purchase()),
                Numbers.format(x.electricity()), Numbers.format(x.kWh()), Numbers.format(x.endOfLife()))));
        sb.append(String.format(Locale.ROOT, "  P(ranking holds) %.3f, P(%s stays first) %.3f%n", rankingHolds,
                ranking.get(0), winnerHolds));
        flip().ifPresent(f -> sb.append(String.format(Locale.ROOT, "  what would flip it: %s (rank correlation with"
                + " the gap %.2f, %.0f %% of it); P(%s overtakes) %.3f%n", f.variable(), f.rankCorrelation(),
                100 * f.varianceShare(), ranking.get(1), f.probabilityFlip())));
        return sb.toString();
    }

    private static String clip(String s) {
        return s.length() <= 22 ? s : s.substring(0, 21) + "…";
    }
}
