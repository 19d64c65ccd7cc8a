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
