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

    /**
     * Writes the French variant into {@code out} line by line: a byte order mark, {@code ;}-separated, decimal comma,
     * the same columns with French headers, and categories, indicators, units, phases and availability in French.
     */
    static void renderFrench(Report report, Appendable out) {
        Objects.requireNonNull(report, "report");
        Texts t = Texts.of(Locale.FRENCH);
        try {
            out.append('\uFEFF');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Csv csv = new Csv(out, ';', true);
        for (String h : t.get("csv_header").split(",")) {
            csv.text(h);
        }
        csv.endRecord();
        String[] indicators = new String[Indicator.values().length];
        String[] units = new String[indicators.length];
        for (Indicator i : Indicator.values()) {
            indicators[i.ordinal()] = t.get("indicator_" + i.code());
            units[i.ordinal()] = t.get("unit_" + i.code());
        }
        String[] phases = new String[Phase.values().length];
        for (Phase p : Phase.values()) {
            phases[p.ordinal()] = t.get("phase_" + p.code());
        }
        for (Report.LineEntry l : report.lines()) {
            Footprint f = l.footprint();
            String category = t.category(l.category());
            for (Indicator i : Indicator.values()) {
                for (Phase p : Phase.values()) {
                    csv.integer(l.index()).text(l.label()).text(category).number(l.quantity())
                            .text(indicators[i.ordinal()]).text(units[i.ordinal()]).text(phases[p.ordinal()])
                            .number(f.value(p, i))
                            .text(t.get("availability_" + f.availability(p, i).name().toLowerCase(Locale.ROOT)))
                            .endRecord();
                }
            }
        }
    }

    /** Writes the CSV into {@code out} line by line. */
    static void render(Report report, Locale locale, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        Csv csv = new Csv(out);
        for (String h : HEADER.split(",")) {
            csv.text(h);
        }
        csv.endRecord();
        for (Report.LineEntry l : report.lines()) {
            Footprint f = l.footprint();
            for (Indicator i : Indicator.values()) {
                for (Phase p : Phase.values()) {
                    csv.integer(l.index()).text(l.label()).text(l.category()).number(l.quantity()).text(i.code())
                            .text(i.unit()).text(p.code()).number(f.value(p, i))
                            .text(f.availability(p, i).name().toLowerCase(Locale.ROOT))
                            .text(report.catalogVersion()).text(report.catalogChecksum()).endRecord();
                }
            }
        }
    }
}
