/**
 * Uncertainty propagation: Monte Carlo over the spreads of factors, parameters and user inputs, with statistics
 * (mean, median, standard deviation, percentiles) per total and per line, and sensitivity (rank correlation, share of
 * variance, tornado swings).
 *
 * <pre>{@code
 * MonteCarlo mc = MonteCarlo.builder().draws(10_000).seed(42)
 *         .input(InputUncertainty.of("laptop", Input.LIFETIME, Uncertainty.uniform(0.8, 1.2))).build();
 * UncertainAssessment u = Impact.using(catalog).uncertainty(mc).assessWithUncertainty(inventory);
 * System.out.println(u);            // totals with p5 / p50 / p95 and the main drivers
 * }</pre>
 *
 * <p>Apache Commons Math is used internally (inverse distribution functions, ranking); no Commons Math type appears
 * in this package's API. Null policy: no method accepts or returns null; absent results are {@link
 * java.util.Optional}.
 */
package dev.impact.uncertainty;
