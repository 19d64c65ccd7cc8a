/**
 * Implementation details (CSV tokenizer, encoding detection, atomic output); not API.
 *
 * <pre>{@code
 * new CsvTokenizer(reader, ';');
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@code Optional} or empty strings/lists.
 */
package dev.impact.cli.internal;
