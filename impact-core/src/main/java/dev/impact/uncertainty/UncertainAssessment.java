package dev.impact.uncertainty;

import dev.impact.engine.Assessment;
import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment with its uncertainty: the central (deterministic) assessment, and statistics of the Monte Carlo
 * draws for the totals and, on request, for each line. Thread-safe; per-line statistics and sensitivity are computed
 * on first request.
 *
 * <pre>{@code
 * UncertainAssessment u = Impact.using(catalog).reportingYear(2024).assessWithUncertainty(inventory);
 * Summary gwp = u.total(Indicator.CLIMATE_CHANGE).orElseThrow();   // mean, median, sd, p5, p95
 * List<Driver> top = u.sensitivity(Indicator.CLIMATE_CHANGE);       // what drives the variance
 * }</pre>
 */
public final class UncertainAssessment {
    private final MonteCarlo settings;
    private final Assessment assessment;
    private final LinearModel model;
    private final List<LinearModel.Term> merged;
    private final double[][] draws;
    private final double[][] totals;
    private final Map<Indicator, Summary> summaries = new EnumMap<>(Indicator.class);
    private final Map<Indicator, List<Driver>> drivers = new EnumMap<>(Indicator.class);

    UncertainAssessment(MonteCarlo settings, Assessment assessment, LinearModel model, List<LinearModel.Term> merged,
                        double[][] draws, double[][] totals) {
        this.settings = settings;
        this.assessment = assessment;
        this.model = model;
        this.merged = merged;
        this.draws = draws;
        this.totals = totals;
        for (Indicator i : Indicator.values()) {
            if (assessment.total().availability(i) != Availability.NOT_AVAILABLE) {
                summaries.put(i, Summary.of(totals[i.ordinal()], settings.percentiles()));
            }
        }
    }

    /** The central assessment (every quantity at its central value). */
    public Assessment assessment() {
        return assessment;
    }

    /** The settings used. */
    public MonteCarlo settings() {
        return settings;
    }

    /**
     * Statistics of the total of one indicator, empty if no line has data for it. A partial total (see
     * {@link Availability#PARTIAL}) is simulated over the lines that have data: a lower bound.
     */
    public Optional<Summary> total(Indicator indicator) {
        return Optional.ofNullable(summaries.get(indicator));
    }

    /**
     * The simulated totals of one indicator, one per draw in draw order (a copy), empty if not available. Two
     * simulations with the same seed draw the shared quantities identically, so their samples can be compared draw
     * by draw.
     */
    public Optional<double[]> samples(Indicator indicator) {
        return summaries.containsKey(indicator) ? Optional.of(totals[indicator.ordinal()].clone()) : Optional.empty();
    }

    /**
     * Statistics of one line's indicator (line index in inventory order), computed from the line's own terms under
     * the same draws; empty if the line has no data for it.
     *
     * @throws IllegalArgumentException if the index is out of range
     */
    public Optional<Summary> line(int index, Indicator indicator) {
        return lines(List.of(index), indicator);
    }

    /**
     * Statistics of the sum of several lines (indices in inventory order) for one indicator, computed from their
     * terms under the same draws (so shared factors stay correlated); empty if none of them has data for it.
     *
     * @throws IllegalArgumentException if an index is out of range, or none is given
     */
    public Optional<Summary> lines(java.util.Collection<Integer> indices, Indicator indicator) {
        if (indices.isEmpty()) {
            throw new IllegalArgumentException("indices must not be empty");
        }
        List<LinearModel.Term> only = new ArrayList<>();
        boolean any = false;
        for (int index : indices) {
            if (index < 0 || index >= model.lineTerms.size()) {
                throw new IllegalArgumentException("line index must be in [0, " + model.lineTerms.size() + "), was "
                        + index);
            }
            if (assessment.lines().get(index).footprint().availability(indicator) == Availability.NOT_AVAILABLE) {
                continue;
            }
            any = true;
            for (LinearModel.Term t : model.lineTerms.get(index)) {
                double[] c = new double[LinearModel.IND];
                c[indicator.ordinal()] = t.coef()[indicator.ordinal()];
                only.add(new LinearModel.Term(c, t.vars(), t.exps()));
            }
        }
        if (!any) {
            return Optional.empty();
        }
        double[][] out = new double[LinearModel.IND][];
        out[indicator.ordinal()] = new double[settings.draws()];
        LinearModel.evaluate(only, draws, out, 0, settings.draws());
        return Optional.of(Summary.of(out[indicator.ordinal()], settings.percentiles()));
    }

    /** Statistics of one category's lines for one indicator; empty if the category has no line with data for it. */
    public Optional<Summary> category(String category, Indicator indicator) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < assessment.lines().size(); i++) {
            if (assessment.lines().get(i).line().category().equals(category)) {
                indices.add(i);
            }
        }
        return indices.isEmpty() ? Optional.empty() : lines(indices, indicator);
    }

    /** Ids of the random variables drawn ({@code factor:…}, {@code parameter:…}, {@code input:…}). */
    public List<String> variables() {
        List<String> ids = new ArrayList<>();
        model.variables.forEach(v -> ids.add(v.id()));
        return ids;
    }

    /**
     * The draws of one random variable (an id of {@link #variables()}), as multipliers of its central value, in draw
     * order; empty if this assessment did not draw it. Variables are seeded by their id, so assessments run with the
     * same settings draw a shared variable identically (what lets a comparison relate two offers draw by draw).
     */
    public Optional<double[]> draws(String variable) {
        for (int v = 0; v < model.variables.size(); v++) {
            if (model.variables.get(v).id().equals(variable)) {
                return Optional.of(draws[v].clone());
            }
        }
        return Optional.empty();
    }

    /** Indices of lines whose footprint could not be decomposed and was held constant (normally none). */
    public List<Integer> constantLines() {
        return List.copyOf(model.notDecomposed);
    }

    /**
     * The quantities driving the total of one indicator, largest share of variance first (empty if not available).
     */
    public synchronized List<Driver> sensitivity(Indicator indicator) {
        if (!summaries.containsKey(indicator)) {
            return List.of();
        }
        return drivers.computeIfAbsent(indicator, this::computeDrivers);
    }

    private List<Driver> computeDrivers(Indicator indicator) {
        // Spearman's rho = Pearson's correlation of the ranks (ties averaged); the total is ranked once
        int n = model.variables.size();
        double[] rho = new double[n];
        double sum = 0;
        boolean constantTotal = summaries.get(indicator).standardDeviation() == 0;
        double[] totalRanks = constantTotal ? null : ranks(totals[indicator.ordinal()]);
        for (int v = 0; v < n; v++) {
            double r = constantTotal ? 0 : pearson(ranks(draws[v]), totalRanks);
            rho[v] = Double.isNaN(r) ? 0 : r;
            sum += rho[v] * rho[v];
        }
        List<Driver> out = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            LinearModel.Variable var = model.variables.get(v);
            double lo = LinearModel.evaluateAt(merged, v, Math.max(0, var.uncertainty().low95()))[indicator.ordinal()];
            double hi = LinearModel.evaluateAt(merged, v, var.uncertainty().high95())[indicator.ordinal()];
            out.add(new Driver(var.id(), var.uncertainty(), rho[v], sum == 0 ? 0 : rho[v] * rho[v] / sum, lo, hi));
        }
        out.sort(Comparator.comparingDouble(Driver::varianceShare).reversed()
                .thenComparing(Comparator.comparingDouble(Driver::swing).reversed())
                .thenComparing(Driver::variable));
        return List.copyOf(out);
    }

    /** Ranks from 1, ties given their average rank (as Spearman's rho needs), by sorting a copy. */
    static double[] ranks(double[] x) {
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) { // first index with sorted[k] >= v
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int first = lo;
            hi = sorted.length;
            while (lo < hi) { // first index with sorted[k] > v
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            r[i] = (first + lo - 1) / 2.0 + 1;
        }
        return r;
    }

    private static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Totals with their spread, and the five main drivers of climate change. */
    @Override
    public String toString() {
        return toString(5);
    }

    /** Totals with their spread, and the {@code top} main drivers of climate change. */
    public String toString(int top) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Uncertainty of %s: %d draws, seed %d, %d random variables%n",
                assessment.inventoryName(), settings.draws(), settings.seed(), model.variables.size()));
        double[] ps = settings.percentiles();
        sb.append(String.format(Locale.ROOT, "%-38s %12s %12s %12s %12s", "indicator", "central", "mean", "median",
                "sd"));
        for (double p : ps) {
            sb.append(String.format(Locale.ROOT, " %12s", "p" + Numbers.format(p)));
        }
        sb.append("  unit\n");
        for (Map.Entry<Indicator, Summary> e : summaries.entrySet()) {
            Indicator i = e.getKey();
            Summary s = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-38s %12s %12s %12s %12s", i.label(),
                    Numbers.format(assessment.total(i)), Numbers.format(s.mean()), Numbers.format(s.median()),
                    Numbers.format(s.standardDeviation())));
            for (double p : ps) {
                sb.append(String.format(Locale.ROOT, " %12s", Numbers.format(s.percentile(p))));
            }
            sb.append("  ").append(i.unit()).append('\n');
        }
        List<Driver> d = sensitivity(Indicator.CLIMATE_CHANGE);
        if (!d.isEmpty() && top > 0) {
            sb.append("\nMain drivers of climate change (share of variance, rank correlation, 95 % swing):\n");
            int shown = Math.min(top, d.size());
            int width = 0;
            for (int k = 0; k < shown; k++) {
                width = Math.max(width, d.get(k).variable().length());
            }
            for (int k = 0; k < shown; k++) {
                sb.append("  ").append(d.get(k).row(width)).append('\n');
            }
        }
        if (!model.notDecomposed.isEmpty()) {
            sb.append("\nHeld constant (not decomposed): lines ").append(model.notDecomposed).append('\n');
        }
        return sb.toString();
    }
}
