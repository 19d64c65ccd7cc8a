/**
 * Helpers shared by impact's modules that are not API: they may change in any release.
 * {@link dev.impact.internal.Suggestions}, the single "did you mean…?" of every error message.
 *
 * <pre>{@code
 * Suggestions.didYouMean("lapto", List.of("laptop", "tablet"))   // "; did you mean laptop?"
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null.
 */
package dev.impact.internal;
