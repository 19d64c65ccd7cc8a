/**
 * What is measured: {@link dev.impact.measure.Indicator}s (one canonical unit each), lifecycle
 * {@link dev.impact.measure.Phase}s, and the immutable phase × indicator {@link dev.impact.measure.Footprint}, which
 * tells a value that is not available from a zero.
 * <pre>{@code
 * Footprint f = Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE, 170).build();
 * double kg = f.times(120).total(Indicator.CLIMATE_CHANGE);
 * }</pre>
 * No nulls in or out; a value that is not available reads as {@link Double#NaN}.
 */
package dev.impact.measure;
