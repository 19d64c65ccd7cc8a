/**
 * Streaming assessment of inventories of any length with bounded memory
 *
 * <pre>{@code
 *  chunks through one Engine, aggregates in a Summary, per-line results to a sink.:Summary s = StreamingAssessor.of(engine, options).run(reader).summary();
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@code Optional} or empty strings/lists.
 */
package dev.impact.cli.streaming;
