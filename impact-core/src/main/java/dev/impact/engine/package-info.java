/**
 * The assessment engine: {@link dev.impact.engine.Engine} turns an inventory and a factor catalog into an
 * {@link dev.impact.engine.Assessment} — per-line footprints, totals, breakdowns, the factors and parameters used and
 * every input it completed ({@link dev.impact.engine.AppliedDefault}) — under an
 * {@link dev.impact.engine.Accounting} convention (yearly, lifecycle, flow). {@link dev.impact.engine.Totals} holds the
 * aggregates without the lines ({@code Assessment.totals()}, or a streamed run of any length).
 * Users reach it through the door, {@code dev.impact.Impact.using(catalog)}:
 * <pre>{@code
 * Assessment a = Impact.using(catalog).reportingYear(2024).accounting(Accounting.YEARLY).assess(inventory);
 * System.out.println(a);
 * }</pre>
 * One model per line kind (devices from category factors, servers bottom-up from components, network transfer,
 * data storage, cloud compute, AI inference); factors are resolved once per key and plans once per kind of line, then
 * each line is one evaluation path (the plan's footprints times the line's scalars) for assessments, sessions and
 * traces alike. {@link dev.impact.engine.Trace} exposes each line as a sum of terms for uncertainty
 * propagation. {@link dev.impact.engine.Engine} is the implementation behind the door. Engines and assessments are immutable and thread-safe. No nulls in or out.
 */
package dev.impact.engine;
