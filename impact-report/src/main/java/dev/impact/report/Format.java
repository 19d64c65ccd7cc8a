package dev.impact.report;

import java.util.Locale;

/**
 * The output formats of the reports ({@link ReportDocument}): pure data, a file extension and a media type, parsed
 * from a name with {@link #of(String)}. Which formats a report offers is {@link ReportDocument#formats()}.
 */
public enum Format {
    /** One self-contained HTML page: inline CSS and SVG charts, no script, no external resource; printable. */
    HTML("html", "text/html; charset=UTF-8"),
    /** CommonMark / GitHub-flavoured Markdown with tables, for wikis and council notes. */
    MARKDOWN("md", "text/markdown; charset=UTF-8"),
    /**
     * RFC 4180 CSV (for a {@link Report}: one row per line × indicator × phase), machine-readable whatever the locale (dot decimals,
     * indicator and phase codes); cells that a spreadsheet would read as a formula are prefixed with a quote.
     */
    CSV("csv", "text/csv; charset=UTF-8"),
    /**
     * The same CSV for French spreadsheets ({@code csv-fr}): {@code ;}-separated, decimal comma, French headers and
     * names (categories, indicators, units, phases), UTF-8 with a byte order mark so that Excel reads the accents.
     * Only for a {@link Report}.
     */
    CSV_FR("csv", "text/csv; charset=UTF-8"),
    /** JSON following the report's schema (e.g. {@value Report#SCHEMA_RESOURCE}; field {@code schemaVersion}); machine-readable whatever the locale. */
    JSON("json", "application/json"),
    /**
     * An Excel workbook ({@code xlsx}, Office Open XML) with one tab per table — summary, by category, by line,
     * defaults, factors — numbers as numbers in canonical units, labels in the report's language. Binary: write it
     * with {@link ReportDocument#write(Format, Locale, java.nio.file.Path)} or
     * {@link ReportDocument#render(Format, Locale, java.io.OutputStream)}. Only for a {@link Report}.
     */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** File extension without the dot, e.g. {@code html}. */
    public String extension() {
        return extension;
    }

    /** Media type, e.g. {@code text/html; charset=UTF-8}. */
    public String mediaType() {
        return mediaType;
    }

    /** Whether the format is binary (written to a stream or a file, not to a {@link java.io.Writer}). */
    public boolean binary() {
        return this == XLSX;
    }

    /**
     * The format with this name or extension, case-insensitive ({@code html}, {@code md}, {@code markdown},
     * {@code csv}, {@code csv-fr}, {@code json}, {@code xlsx}).
     *
     * @throws IllegalArgumentException naming the text and the known formats
     */
    public static Format of(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("csv-fr") || n.equals("csv_fr")) {
            return CSV_FR;
        }
        for (Format f : values()) {
            if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("format must be one of html, md, csv, csv-fr, json, xlsx, was '" + name
                + "'");
    }
}
