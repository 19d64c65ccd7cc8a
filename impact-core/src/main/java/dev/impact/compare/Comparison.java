package dev.impact.compare;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.uncertainty.MonteCarlo;
import dev.impact.uncertainty.Summary;
import dev.impact.uncertainty.UncertainAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Offers compared per functional unit under the same Monte Carlo draws: every offer is simulated with the same seed,
 * so a factor they share (the laptop's manufacture, the grid) takes the same value for all of them in each draw and
 * cancels out of the comparison; only what differs between offers remains uncertain.
 *
 * <pre>{@code
 * Comparison c = Impact.using(catalog).reportingYear(2024).uncertainty(MonteCarlo.defaults()).compare(
 *         Offer.of("new 4 y", inventory("a", laptops(200).lifetimeYears(4)), FunctionalUnit.perDeviceYear()),
 *         Offer.of("refurbished 3 y", inventory("b", laptops(200).refurbished().lifetimeYears(3)),
 *                 FunctionalUnit.perDeviceYear()));
 * c.probabilityLower("refurbished 3 y", "new 4 y", Indicator.CLIMATE_CHANGE);   // P(refurbished < new)
 * System.out.println(c);
 * }</pre>
 *
 * <p>Probabilities count a tie (equal within 1e-12, relative) as half a win for each side, so two identical offers
 * have P(A &lt; B) = 0.5. An indicator is compared only if every offer has data for it. Immutable.
 */
public final class Comparison {
    private static final double TIE = 1e-12;

    private final List<Offer> offers;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final MonteCarlo settings;
    private final Map<Indicator, double[][]> samples = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Summary[]> summaries = new EnumMap<>(Indicator.class);
    private final Map<Indicator, double[]> central = new EnumMap<>(Indicator.class);
    /** Each offer's central assessment (every quantity at its central value), in offer order. */
    private final List<dev.impact.engine.Assessment> assessments;
    /** Each offer's simulation, in offer order (for the award's draw-by-draw scores and drivers). */
    private final List<UncertainAssessment> runs;

    private Comparison(Engine engine, AssessmentOptions options, MonteCarlo mc, List<Offer> offers) {
        this.offers = List.copyOf(offers);
        this.settings = mc;
        if (this.offers.size() < 2) {
            throw new IllegalArgumentException("offers must be at least 2, was " + this.offers.size());
        }
        Offer first = this.offers.get(0);
        for (Offer o : this.offers) {
            if (index.put(o.name(), index.size()) != null) {
                throw new IllegalArgumentException("offer names must be unique, '" + o.name() + "' is repeated");
            }
            if (o.unit().kind() != first.unit().kind()) {
                throw new IllegalArgumentException("offers must share the functional unit kind: '" + first.name()
                        + "' is " + first.unit() + ", '" + o.name() + "' is " + o.unit());
            }
        }
        int n = this.offers.size();
        UncertainAssessment[] runs = new UncertainAssessment[n];
        double[] amounts = new double[n];
        for (int k = 0; k < n; k++) {
            Offer o = this.offers.get(k);
            amounts[k] = o.unit().amount(o.inventory(), options);
            runs[k] = mc.run(engine, o.inventory(), options);
        }
        List<dev.impact.engine.Assessment> centralRuns = new ArrayList<>(n);
        for (UncertainAssessment u : runs) {
            centralRuns.add(u.assessment());
        }
        this.assessments = List.copyOf(centralRuns);
        this.runs = List.of(runs);
        for (Indicator i : Indicator.values()) {
            double[][] s = new double[n][];
            Summary[] sum = new Summary[n];
            double[] c = new double[n];
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                Optional<double[]> x = runs[k].samples(i);
                if (x.isEmpty()) {
                    all = false;
                    break;
                }
                double[] v = x.get();
                for (int d = 0; d < v.length; d++) {
                    v[d] /= amounts[k];
                }
                s[k] = v;
                sum[k] = Summary.of(v, mc.percentiles());
                c[k] = runs[k].assessment().total(i) / amounts[k];
            }
            if (all) {
                samples.put(i, s);
                summaries.put(i, sum);
                central.put(i, c);
            }
        }
    }

    /**
     * Simulates every offer with {@code mc} and compares them. Implementation entry used by {@code Impact.using(..)}:
     * users write {@code Impact.using(catalog).uncertainty(mc).compare(offers)} ({@code dev.impact.Assessor}); public
     * only because the door lives in another package.
     *
     * @throws IllegalArgumentException if fewer than two offers, names repeat, the functional unit kinds differ, or
     *                                  an offer cannot be assessed
     */
    public static Comparison of(Engine engine, AssessmentOptions options, MonteCarlo mc, List<Offer> offers) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(mc, "mc");
        Objects.requireNonNull(offers, "offers");
        return new Comparison(engine, options, mc, offers);
    }

    /**
     * See {@link #of(Engine, AssessmentOptions, MonteCarlo, List)}; implementation entry used by
     * {@code Impact.using(..)}.
     */
    public static Comparison of(Engine engine, AssessmentOptions options, MonteCarlo mc, Offer... offers) {
        return of(engine, options, mc, List.of(offers));
    }

    /** The Monte Carlo settings the offers were evaluated with (draws, seed, percentiles, input spreads). */
    public MonteCarlo settings() {
        return settings;
    }

    /** The offers, in the order given. */
    public List<Offer> offers() {
        return offers;
    }

    /**
     * The central assessment of {@code offer} (whole inventory, every quantity at its central value): its options,
     * catalog identity and totals, from which {@link #central} divides by the offer's functional units.
     *
     * @throws IllegalArgumentException if there is no offer of that name
     */
    public dev.impact.engine.Assessment assessment(String offer) {
        return assessments.get(indexOf(offer));
    }

    /** The indicators every offer has data for. */
    public Set<Indicator> indicators() {
        return summaries.keySet();
    }

    /** The central footprint of an offer per functional unit (every quantity at its central value). */
    public double central(String offer, Indicator indicator) {
        return central.get(require(indicator))[indexOf(offer)];
    }

    /** Statistics of an offer's footprint per functional unit. */
    public Summary summary(String offer, Indicator indicator) {
        return summaries.get(require(indicator))[indexOf(offer)];
    }

    /** Offer names from the lowest mean footprint per functional unit to the highest. */
    public List<String> ranking(Indicator indicator) {
        Summary[] s = summaries.get(require(indicator));
        List<String> names = new ArrayList<>(index.keySet());
        names.sort(Comparator.comparingDouble((String o) -> s[index.get(o)].mean()).thenComparing(index::get));
        return names;
    }

    /** The probability that {@code offer} has the lowest footprint per functional unit (ties shared). */
    public double probabilityLowest(String offer, Indicator indicator) {
        double[][] s = samples.get(require(indicator));
        int k = indexOf(offer);
        int draws = s[0].length;
        double wins = 0;
        for (int d = 0; d < draws; d++) {
            double mine = s[k][d];
            int tied = 0;
            boolean lowest = true;
            for (int j = 0; j < s.length && lowest; j++) {
                if (j == k) {
                    continue;
                }
                double other = s[j][d];
                if (tie(mine, other)) {
                    tied++;
                } else if (other < mine) {
                    lowest = false;
                }
            }
            if (lowest) {
                wins += 1.0 / (1 + tied);
            }
        }
        return wins / draws;
    }

    /** The probability that offer {@code a} has a lower footprint per functional unit than {@code b}. */
    public double probabilityLower(String a, String b, Indicator indicator) {
        double[][] s = samples.get(require(indicator));
        double[] x = s[indexOf(a)];
        double[] y = s[indexOf(b)];
        double wins = 0;
        for (int d = 0; d < x.length; d++) {
            if (tie(x[d], y[d])) {
                wins += 0.5;
            } else if (x[d] < y[d]) {
                wins += 1;
            }
        }
        return wins / x.length;
    }

    /**
     * Scores the offers with the award rules of {@code tender}: each criterion's points under its formula, the
     * total, the ranking, the probability that the ranking holds under the same draws, and the driver with the
     * largest effect on the gap between the first two. See {@link Award}.
     *
     * @throws IllegalArgumentException if the tender has no criterion, scores an indicator not compared, or scores
     *                                  cost while an offer has no costs or a line's electricity has no price
     */
    public Award award(Tender tender) {
        return Award.of(this, Objects.requireNonNull(tender, "tender"));
    }

    /** The draws of an offer's footprint per functional unit (shared array: do not modify). */
    double[] samples(String offer, Indicator indicator) {
        return samples.get(require(indicator))[indexOf(offer)];
    }

    /** An offer's simulation. */
    UncertainAssessment run(String offer) {
        return runs.get(indexOf(offer));
    }

    private static boolean tie(double a, double b) {
        return a == b || Math.abs(a - b) <= TIE * Math.max(Math.abs(a), Math.abs(b));
    }

    private Indicator require(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        if (!summaries.containsKey(indicator)) {
            throw new IllegalArgumentException("indicator " + indicator.code() + " is not available in every offer;"
                    + " compared: " + indicators());
        }
        return indicator;
    }

    private int indexOf(String offer) {
        Integer k = index.get(offer);
        if (k == null) {
            throw new IllegalArgumentException("unknown offer '" + offer + "'; offers: " + index.keySet());
        }
        return k;
    }

    /** Per indicator: each offer's central value, mean and percentiles per functional unit, P(lowest), and P(row < column). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Comparison of %d offers, %s, %d draws (seed %d)%n", offers.size(),
                offers.get(0).unit(), settings.draws(), settings.seed()));
        double[] ps = settings.percentiles();
        double lo = ps[0];
        double hi = ps[ps.length - 1];
        int width = Math.max(12, offers.stream().mapToInt(o -> o.name().length()).max().orElse(0));
        for (Indicator i : indicators()) {
            sb.append(String.format(Locale.ROOT, "%n%s (%s per %s)%n", i.label(), i.unit(),
                    offers.get(0).unit().kind().label()));
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %10s %10s %10s %10s %10s%n", "offer", "central",
                    "mean", "p" + Numbers.format(lo), "p" + Numbers.format(hi), "P(lowest)"));
            for (String o : ranking(i)) {
                Summary s = summary(o, i);
                sb.append(String.format(Locale.ROOT, "  %-" + width + "s %10s %10s %10s %10s %10.3f%n", o,
                        Numbers.format(central(o, i)), Numbers.format(s.mean()), Numbers.format(s.percentile(lo)),
                        Numbers.format(s.percentile(hi)), probabilityLowest(o, i)));
            }
            sb.append(String.format(Locale.ROOT, "  P(row < column)%n  %-" + width + "s", ""));
            List<String> order = ranking(i);
            for (String o : order) {
                sb.append(String.format(Locale.ROOT, " %" + Math.max(8, Math.min(width, 14)) + "s", clip(o, 14)));
            }
            sb.append('\n');
            for (String a : order) {
                sb.append(String.format(Locale.ROOT, "  %-" + width + "s", a));
                for (String b : order) {
                    String cell = a.equals(b) ? "-" : String.format(Locale.ROOT, "%.3f", probabilityLower(a, b, i));
                    sb.append(String.format(Locale.ROOT, " %" + Math.max(8, Math.min(width, 14)) + "s", cell));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
