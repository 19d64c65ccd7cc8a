package dev.impact.report;

import dev.impact.engine.AppliedDefault;
import dev.impact.factor.Factor;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report as an Excel workbook (Apache POI, streaming: a window of rows in memory, so 100 000 lines fit), one tab
 * per table: summary (key figures), by category, by group (when the lines have one), by line (climate change per phase, then every indicator), defaults
 * (one row per completed input, its lines counted and listed) and factors (full provenance). Numbers are numeric
 * cells in each indicator's canonical unit, so that they sum; a value without data is an empty cell, never 0. Labels
 * in the report's language; user text is stored as text (a spreadsheet never evaluates it).
 */
final class XlsxRenderer {
    /** Rows kept in memory while writing a sheet. */
    private static final int WINDOW = 200;

    private XlsxRenderer() {
    }

    static void render(Report r, Locale locale, OutputStream out) {
        Objects.requireNonNull(r, "report");
        Fmt fmt = Fmt.of(Objects.requireNonNull(locale, "locale"));
        Texts t = fmt.texts();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            wb.setCompressTempFiles(true);
            Styles s = new Styles(wb);
            summary(wb.createSheet(t.get("xlsx_summary")), r, fmt, s);
            categories(wb.createSheet(t.get("xlsx_categories")), r, fmt, s);
            if (!r.assessment().groups().isEmpty()) {
                groups(wb.createSheet(t.get("xlsx_groups")), r, fmt, s);
            }
            lines(wb.createSheet(t.get("xlsx_lines")), r, fmt, s);
            defaults(wb.createSheet(t.get("xlsx_defaults")), r, fmt, s);
            factors(wb.createSheet(t.get("xlsx_factors")), r, t, s);
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the xlsx report: " + e.getMessage(), e);
        }
    }

    /** The cell styles of the workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle number;
        final CellStyle title;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.###"));
        }
    }

    /** Writes text and number cells into one row. */
    private static final class Cells {
        private final Row row;
        private final Styles styles;
        private int col;

        Cells(Sheet sheet, int index, Styles styles) {
            this.row = sheet.createRow(index);
            this.styles = styles;
        }

        Cells text(String v) {
            row.createCell(col++).setCellValue(v);
            return this;
        }

        Cells header(String v) {
            row.createCell(col).setCellValue(v);
            row.getCell(col++).setCellStyle(styles.header);
            return this;
        }

        /** A number, or an empty cell for NaN (no data is not zero). */
        Cells number(double v) {
            if (Double.isNaN(v)) {
                col++;
            } else {
                row.createCell(col).setCellValue(v);
                row.getCell(col++).setCellStyle(styles.number);
            }
            return this;
        }
    }

    private static String headerOf(Indicator i, Fmt fmt) {
        return fmt.label(i) + " (" + fmt.unit(i) + ")";
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int k = 0; k < chars.length; k++) {
            sheet.setColumnWidth(k, chars[k] * 256);
        }
    }

    private static void summary(Sheet sheet, Report r, Fmt fmt, Styles s) {
        Texts t = fmt.texts();
        int n = 0;
        Cells title = new Cells(sheet, n++, s).text(r.title());
        sheet.getRow(0).getCell(0).setCellStyle(s.title);
        new Cells(sheet, n++, s).text(t.get("subtitle", r.options().reportingYear(), t.get(
                r.options().periodYears() == 1 ? "period_one" : "period_many", fmt.quantity(r.options().periodYears())),
                t.get("accounting_" + r.accounting().name().toLowerCase(Locale.ROOT))) + " · "
                + fmt.quantity(r.lines().size()) + " " + t.get("lines_count"));
        n++;
        new Cells(sheet, n++, s).header(t.get("col_indicator")).header(t.get("col_value")).header(t.get("col_unit"))
                .header(t.get("col_availability")).header(t.get("col_embodied"));
        Footprint total = r.total();
        for (Indicator i : Indicator.values()) {
            Availability a = total.availability(i);
            new Cells(sheet, n++, s).text(fmt.label(i)).number(total.total(i)).text(fmt.unit(i))
                    .text(t.get("availability_" + a.name().toLowerCase(Locale.ROOT)))
                    .number(View.share(total.embodied(i), total.total(i)));
        }
        n++;
        new Cells(sheet, n++, s).text(t.get("xlsx_note"));
        new Cells(sheet, n++, s).text(t.get("method_catalog", View.catalogName(r.catalogName(), t), r.catalogVersion(),
                r.catalogChecksum()));
        new Cells(sheet, n, s).text(t.get("method_accounting_" + r.accounting().name().toLowerCase(Locale.ROOT)));
        widths(sheet, 48, 16, 14, 24, 22);
        Objects.requireNonNull(title);
    }

    private static void categories(Sheet sheet, Report r, Fmt fmt, Styles s) {
        Texts t = fmt.texts();
        Cells h = new Cells(sheet, 0, s).header(t.get("col_category")).header(t.get("col_code"))
                .header(t.get("col_lines"));
        for (Indicator i : Indicator.values()) {
            h.header(headerOf(i, fmt));
        }
        h.header(t.get("col_share"));
        int n = 1;
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        for (Report.CategoryEntry c : r.categories()) {
            Cells row = new Cells(sheet, n++, s).text(t.category(c.name())).text(c.name()).number(c.lineCount());
            for (Indicator i : Indicator.values()) {
                row.number(value(c.footprint(), i));
            }
            row.number(r.share(c.footprint().total(gwp), gwp));
        }
        Cells total = new Cells(sheet, n, s).header(t.get("col_total")).text("").number(r.lines().size());
        for (Indicator i : Indicator.values()) {
            total.number(value(r.total(), i));
        }
        widths(sheet, 30, 18, 8, 16, 16, 16, 16, 16, 16, 8);
        ((SXSSFSheet) sheet).createFreezePane(1, 1);
    }

    private static void groups(Sheet sheet, Report r, Fmt fmt, Styles s) {
        Texts t = fmt.texts();
        Cells h = new Cells(sheet, 0, s).header(t.get("trj_col_group")).header(t.get("col_lines"));
        for (Indicator i : Indicator.values()) {
            h.header(headerOf(i, fmt));
        }
        h.header(t.get("col_share"));
        int n = 1;
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        for (Map.Entry<String, dev.impact.engine.Totals.GroupTotal> g : r.assessment().groups().entrySet()) {
            Footprint f = g.getValue().footprint();
            Cells row = new Cells(sheet, n++, s).text(g.getKey().equals(dev.impact.engine.Totals.UNGROUPED)
                    ? t.get("trj_no_group") : g.getKey()).number(g.getValue().lines());
            for (Indicator i : Indicator.values()) {
                row.number(value(f, i));
            }
            row.number(r.share(f.total(gwp), gwp));
        }
        widths(sheet, 36, 8, 16, 16, 16, 16, 16, 16, 16, 16, 8);
        ((SXSSFSheet) sheet).createFreezePane(1, 1);
    }

    /** The total, or NaN when not available (an empty cell). */
    private static double value(Footprint f, Indicator i) {
        return f.availability(i) == Availability.NOT_AVAILABLE ? Double.NaN : f.total(i);
    }

    private static void lines(Sheet sheet, Report r, Fmt fmt, Styles s) {
        Texts t = fmt.texts();
        Indicator gwp = Indicator.CLIMATE_CHANGE;
        Cells h = new Cells(sheet, 0, s).header(t.get("col_line")).header(t.get("col_label"))
                .header(t.get("col_category")).header(t.get("col_quantity"));
        for (Phase p : Phase.values()) {
            h.header(fmt.label(gwp) + " — " + t.get("phase_" + p.code()) + " (" + fmt.unit(gwp) + ")");
        }
        for (Indicator i : Indicator.values()) {
            h.header(headerOf(i, fmt));
        }
        int n = 1;
        for (Report.LineEntry l : r.lines()) {
            Footprint f = l.footprint();
            Cells row = new Cells(sheet, n++, s).number(l.index()).text(l.label()).text(t.category(l.category()))
                    .number(l.quantity());
            for (Phase p : Phase.values()) {
                row.number(f.availability(p, gwp) == Availability.NOT_AVAILABLE ? Double.NaN : f.value(p, gwp));
            }
            for (Indicator i : Indicator.values()) {
                row.number(value(f, i));
            }
        }
        widths(sheet, 7, 40, 22, 10, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14);
        ((SXSSFSheet) sheet).createFreezePane(2, 1);
    }

    private static void defaults(Sheet sheet, Report r, Fmt fmt, Styles s) {
        Texts t = fmt.texts();
        new Cells(sheet, 0, s).header(t.get("col_field")).header(t.get("col_value")).header(t.get("col_status"))
                .header(t.get("col_categories")).header(t.get("col_source")).header(t.get("col_basis"))
                .header(t.get("col_lines")).header(t.get("col_line_numbers"));
        int n = 1;
        for (Map.Entry<AppliedDefault, List<Report.LineEntry>> e : View.linesByDefault(r).entrySet()) {
            AppliedDefault d = e.getKey();
            List<String> categories = new ArrayList<>();
            for (Report.LineEntry l : e.getValue()) {
                String c = t.category(l.category());
                if (!categories.contains(c)) {
                    categories.add(c);
                }
            }
            new Cells(sheet, n++, s).text(View.field(d.field(), t)).text(View.defaultValue(d, fmt))
                    .text(t.get("status_" + d.status().name().toLowerCase(Locale.ROOT)))
                    .text(String.join(", ", categories)).text(d.source()).text(d.basis())
                    .number(e.getValue().size()).text(View.ranges(e.getValue()));
        }
        widths(sheet, 28, 16, 26, 30, 40, 40, 8, 40);
    }

    private static void factors(Sheet sheet, Report r, Texts t, Styles s) {
        new Cells(sheet, 0, s).header(t.get("col_id")).header(t.get("col_name")).header(t.get("col_per"))
                .header(t.get("col_publisher")).header(t.get("col_source")).header(t.get("col_source_year"))
                .header(t.get("col_locator")).header(t.get("col_licence_plain")).header(t.get("col_zone"))
                .header(t.get("col_year")).header(t.get("col_estimate")).header(t.get("col_uncertainty"))
                .header(t.get("col_note"));
        int n = 1;
        for (Factor f : r.factors()) {
            new Cells(sheet, n++, s).text(f.id()).text(f.name())
                    .text(t.all().getOrDefault("refunit_" + f.unit().symbol(), f.unit().symbol()))
                    .text(f.provenance().source().publisher()).text(f.provenance().source().title())
                    .number(f.provenance().source().year()).text(f.provenance().source().locator())
                    .text(f.provenance().source().licence()).text(f.provenance().zone()).number(f.year())
                    .text(f.provenance().estimate() ? t.get("yes") : t.get("no")).text(f.uncertainty().toString())
                    .text(f.provenance().note());
        }
        widths(sheet, 40, 36, 10, 30, 40, 8, 40, 14, 8, 8, 8, 28, 60);
    }
}
