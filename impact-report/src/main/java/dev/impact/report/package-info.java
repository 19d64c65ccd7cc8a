/**
 * Reports built from an {@code Assessment}: HTML, Markdown, CSV and JSON renderers, in French and English.
 *
 * <p>Skeleton: the renderers arrive with the reports issue. Null policy: no nulls in or out.
 */
package dev.impact.report;
