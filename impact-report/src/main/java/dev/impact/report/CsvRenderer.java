package dev.impact.report;

import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.Locale;
import java.util.Objects;

/**
 * CSV for spreadsheets and scripts: a header, then one record per line × indicator × phase with the columns
 * {@value #HEADER}. {@code value} is in the indicator's canonical unit, empty when not available; {@code availability}
 * is {@code available}, {@code partial} (a lower bound) or {@code not_available}; every record names the factor
 * catalog's version and checksum, so that a row copied elsewhere still says which data it came from.
 * Locale-independent.
 */
final class CsvRenderer {
    /** The header record. */
    public static final String HEADER = "line_index,label,category,quantity,indicator,unit,phase,value,availability,"
            + "catalog_version,catalog_checksum";

    private CsvRenderer() {
    }

    /** Writes the CSV into {@code out} line by line. */
    static void render(Report report, Locale locale, Appendable out) {
        Objects.requireNonNull(locale, "locale");
        write(report, out, false);
    }

    /**
     * Writes the French variant into {@code out} line by line: a byte order mark (so that Excel reads UTF-8),
     * {@code ;}-separated, decimal comma, the same columns with French headers, and categories, indicators, units,
     * phases and availability in French words instead of codes.
     */
    static void renderFrench(Report report, Appendable out) {
        try {
            out.append('\uFEFF');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        write(report, out, true);
    }

    private static void write(Report report, Appendable out, boolean french) {
        Objects.requireNonNull(report, "report");
        Texts t = Texts.of(Locale.FRENCH);
        Csv csv = french ? new Csv(out, ';', true) : new Csv(out);
        for (String h : (french ? t.get("csv_header") : HEADER).split(",")) {
            csv.text(h);
        }
        csv.endRecord();
        String[] indicators = new String[Indicator.values().length];
        String[] units = new String[indicators.length];
        for (Indicator i : Indicator.values()) {
            indicators[i.ordinal()] = french ? t.get("indicator_" + i.code()) : i.code();
            units[i.ordinal()] = french ? t.get("unit_" + i.code()) : i.unit();
        }
        String[] phases = new String[Phase.values().length];
        for (Phase p : Phase.values()) {
            phases[p.ordinal()] = french ? t.get("phase_" + p.code()) : p.code();
        }
        for (Report.LineEntry l : report.lines()) {
            Footprint f = l.footprint();
            String category = french ? t.category(l.category()) : l.category();
            for (Indicator i : Indicator.values()) {
                for (Phase p : Phase.values()) {
                    String availability = f.availability(p, i).name().toLowerCase(Locale.ROOT);
                    csv.integer(l.index()).text(l.label()).text(category).number(l.quantity())
                            .text(indicators[i.ordinal()]).text(units[i.ordinal()]).text(phases[p.ordinal()])
                            .number(f.value(p, i)).text(french ? t.get("availability_" + availability) : availability)
                            .text(report.catalogVersion()).text(report.catalogChecksum()).endRecord();
                }
            }
        }
    }
}
