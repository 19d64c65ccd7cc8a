package dev.impact.factors;

import dev.impact.factor.Factor;
import dev.impact.factor.Parameter;
import dev.impact.factor.Provenance;
import dev.impact.factor.ReferenceUnit;
import dev.impact.factor.Source;
import dev.impact.factor.Uncertainty;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Turns validated CSV rows into sources, zones, factors and parameters. Every check names file, line and field. */
final class Rows {
    static final List<String> SOURCE_COLUMNS = List.of("id", "title", "publisher", "year", "locator", "licence");
    static final List<String> ZONE_COLUMNS = List.of("code", "alpha3", "name_en", "name_fr", "groups");
    static final List<String> FACTOR_COLUMNS = List.of("id", "key", "name", "unit", "zone", "year", "source",
            "uncertainty", "estimate", "note");
    static final List<String> PARAMETER_COLUMNS = List.of("id", "value", "unit", "zone", "year", "source",
            "uncertainty", "estimate", "note");
    /** Optional columns of an overlay that define its own source inline. */
    static final List<String> INLINE_SOURCE_COLUMNS = List.of("source_title", "source_publisher", "source_year",
            "source_locator", "source_licence");
    static final Set<String> PARAMETER_UNITS = Set.of("year", "W", "h/day", "kWh/year", "kg", "GB/cm2", "mm2", "W/GB",
            "ratio", "kWh/GB", "Wh/TB.h", "Wh/request", "W/vCPU", "kWh/GB.h", "g/kWh", "h", "GB", "1", "cm2");
    /** Units whose values cannot be negative. */
    private static final Set<String> NON_NEGATIVE_UNITS = Set.of("year", "W", "h/day", "kWh/year", "kg", "GB/cm2",
            "mm2", "W/GB", "ratio", "kWh/GB", "Wh/TB.h", "Wh/request", "W/vCPU", "kWh/GB.h", "g/kWh", "h", "GB",
            "cm2");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    private Rows() {
    }

    static void requireColumns(CsvTable t, List<String> required, boolean prefix) {
        for (int i = 0; i < required.size(); i++) {
            String c = required.get(i);
            if (!t.hasColumn(c)) {
                throw new DataFileException(t.file, 1, c, "required column is missing; the header must start with "
                        + String.join(",", required));
            }
            if (prefix && !t.header.get(i).equals(c)) {
                throw new DataFileException(t.file, 1, t.header.get(i), "column " + (i + 1) + " must be '" + c
                        + "'; the header must start with " + String.join(",", required));
            }
        }
    }

    static Source source(CsvTable.Row r) {
        String id = id(r, "id");
        int year = r.integer("year", 1900, 2100);
        return new Source(id, r.required("title"), r.required("publisher"), year, r.required("locator"),
                r.required("licence"));
    }

    static String id(CsvTable.Row r, String column) {
        String id = r.required(column);
        if (!ID.matcher(id).matches()) {
            throw r.error(column, "'" + id + "' is not a valid id (letters, digits, '.', '_', '-', '+')");
        }
        return id;
    }

    private static Provenance provenance(CsvTable.Row r, Function<String, Source> sources, Set<String> zones) {
        String zone = r.required("zone");
        if (!zones.isEmpty() && !zones.contains(zone)) {
            throw r.error("zone", "unknown zone '" + zone + "'; expected an ISO 3166-1 alpha-2 code listed in"
                    + " zones.csv, or WORLD, EU27, EUROPE");
        }
        String sourceId = r.required("source");
        Source s = sources.apply(sourceId);
        if (s == null) {
            throw r.error("source", "unknown source '" + sourceId + "'; define it in a sources file (or, in an"
                    + " overlay, in the source_title, source_publisher, source_year, source_locator and"
                    + " source_licence columns)");
        }
        return new Provenance(s, zone, r.integer("year", 1900, 2100), r.bool("estimate"), r.get("note"));
    }

    private static Uncertainty uncertainty(CsvTable.Row r) {
        String u = r.required("uncertainty");
        try {
            return Uncertainty.parse(u);
        } catch (IllegalArgumentException e) {
            throw r.error("uncertainty", e.getMessage());
        }
    }

    /** Value columns of a factor file, validated once per file: column name → (phase, indicator). */
    static Map<String, Object[]> valueColumns(CsvTable t, Set<String> extra) {
        Map<String, Object[]> cols = new java.util.LinkedHashMap<>();
        for (String h : t.header) {
            if (FACTOR_COLUMNS.contains(h) || extra.contains(h)) {
                continue;
            }
            String[] parts = h.split("\\.", 2);
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException("not of the form <phase>.<indicator>");
                }
                cols.put(h, new Object[] {Phase.ofCode(parts[0]), Indicator.ofCode(parts[1])});
            } catch (IllegalArgumentException e) {
                throw new DataFileException(t.file, 1, h, "unknown column: value columns are <phase>.<indicator>"
                        + " with phase manufacture, distribution, use or end_of_life and indicator gwp, adpe, pe,"
                        + " ir, wu or ewaste (" + e.getMessage() + ")");
            }
        }
        return cols;
    }

    static Factor factor(CsvTable.Row r, Map<String, Object[]> valueColumns, Function<String, Source> sources,
                         Set<String> zones) {
        String id = id(r, "id");
        String key = id(r, "key");
        ReferenceUnit unit;
        try {
            unit = ReferenceUnit.ofSymbol(r.required("unit"));
        } catch (IllegalArgumentException e) {
            throw r.error("unit", e.getMessage());
        }
        Footprint.Builder b = Footprint.builder();
        int count = 0;
        for (Map.Entry<String, Object[]> c : valueColumns.entrySet()) {
            if (r.get(c.getKey()).isEmpty()) {
                continue;
            }
            Phase p = (Phase) c.getValue()[0];
            Indicator i = (Indicator) c.getValue()[1];
            double v = r.number(c.getKey());
            if (!Footprint.inRange(v)) {
                throw r.error(c.getKey(), v + " is beyond 1e300 " + i.unit() + ", the largest"
                        + " figure impact computes");
            }
            if (v < 0 && (p != Phase.END_OF_LIFE || i == Indicator.E_WASTE)) {
                throw r.error(c.getKey(), v + " is negative; only end-of-life impacts (recycling credits) may be");
            }
            b.set(p, i, v);
            count++;
        }
        if (count == 0) {
            throw r.error("", "factor '" + id + "' has no value in any <phase>.<indicator> column");
        }
        return new Factor(id, key, r.required("name"), unit, b.build(), provenance(r, sources, zones),
                uncertainty(r));
    }

    static Parameter parameter(CsvTable.Row r, Function<String, Source> sources, Set<String> zones) {
        String id = id(r, "id");
        String unit = r.required("unit");
        if (!PARAMETER_UNITS.contains(unit)) {
            throw r.error("unit", "unknown unit '" + unit + "'; expected one of " + new java.util.TreeSet<>(
                    PARAMETER_UNITS));
        }
        double v = r.number("value");
        if (v < 0 && NON_NEGATIVE_UNITS.contains(unit)) {
            throw r.error("value", v + " is negative; a value in " + unit + " must be >= 0");
        }
        if (!Footprint.inRange(v)) {
            throw r.error("value", v + " is beyond 1e300, the largest figure impact computes");
        }
        if (unit.equals("year") && v == 0) {
            throw r.error("value", "0 years: a lifetime or a duration must be > 0 (the engine divides by it)");
        }
        if (unit.equals("h/day") && v > 24) {
            throw r.error("value", v + " hours per day: a day has 24");
        }
        return new Parameter(id, v, unit, provenance(r, sources, zones), uncertainty(r));
    }

    /** The fixed columns of a spec table ({@code specs*.csv}), after {@code id} and the value columns. */
    static final List<String> SPEC_TAIL_COLUMNS = List.of("zone", "year", "source", "uncertainty", "estimate",
            "note");

    /**
     * The parameters of one spec-table row: each non-empty value column {@code <attribute>:<unit>} gives parameter
     * {@code <id>.<attribute>} in that unit, with the row's provenance. A cell {@code value;min;max} (BoaviztAPI's
     * archetype notation) gives the parameter the spread {@code triangular(low=min/value,high=max/value)} (or
     * {@code exact} when min = max = value); a plain cell takes the row's uncertainty.
     */
    static List<Parameter> specs(CsvTable t, CsvTable.Row r, Function<String, Source> sources, Set<String> zones) {
        String id = id(r, "id");
        Provenance provenance = provenance(r, sources, zones);
        Uncertainty rowSpread = uncertainty(r);
        List<Parameter> out = new ArrayList<>();
        for (int i = 1; i < t.header.size() - SPEC_TAIL_COLUMNS.size(); i++) {
            String column = t.header.get(i);
            String cell = r.get(column);
            if (cell.isEmpty()) {
                continue;
            }
            int colon = column.lastIndexOf(':');
            String attribute = column.substring(0, colon);
            String unit = column.substring(colon + 1);
            String[] parts = cell.split(";", -1);
            if (parts.length != 1 && parts.length != 3) {
                throw r.error(column, "'" + cell + "' is neither a number nor value;min;max");
            }
            double[] v = new double[parts.length];
            for (int k = 0; k < parts.length; k++) {
                try {
                    v[k] = Double.parseDouble(parts[k].trim());
                } catch (NumberFormatException e) {
                    throw r.error(column, "'" + cell + "' is not a number (use '.' as decimal separator)");
                }
                if (!Double.isFinite(v[k]) || v[k] < 0 && NON_NEGATIVE_UNITS.contains(unit)) {
                    throw r.error(column, "'" + cell + "': " + parts[k] + " is not a finite number >= 0");
                }
            }
            Uncertainty spread = rowSpread;
            if (v.length == 3) {
                if (v[1] > v[0] || v[2] < v[0]) {
                    throw r.error(column, "'" + cell + "': expected min <= value <= max");
                }
                if (v[1] == v[0] && v[2] == v[0]) {
                    spread = Uncertainty.parse("exact");
                } else if (v[0] == 0) {
                    throw r.error(column, "'" + cell + "': a range around 0 cannot be a relative spread");
                } else {
                    spread = Uncertainty.parse("triangular(low=" + v[1] / v[0] + ",high=" + v[2] / v[0] + ")");
                }
            }
            if (unit.equals("year") && v[0] == 0) {
                throw r.error(column, "0 years: a lifetime or a duration must be > 0 (the engine divides by it)");
            }
            out.add(new Parameter(id + "." + attribute, v[0], unit, provenance, spread));
        }
        return out;
    }

    /** Checks a spec table's header: {@code id}, value columns {@code <attribute>:<unit>}, then the fixed tail. */
    static void requireSpecColumns(CsvTable t) {
        List<String> h = t.header;
        int tail = h.size() - SPEC_TAIL_COLUMNS.size();
        if (h.isEmpty() || !h.get(0).equals("id") || tail < 2
                || !h.subList(tail, h.size()).equals(SPEC_TAIL_COLUMNS)) {
            throw new DataFileException(t.file, 1, "", "a spec table's header must be id, then <attribute>:<unit>"
                    + " columns, then " + String.join(",", SPEC_TAIL_COLUMNS));
        }
        for (String c : h.subList(1, tail)) {
            int colon = c.lastIndexOf(':');
            if (colon <= 0 || !PARAMETER_UNITS.contains(c.substring(colon + 1))) {
                throw new DataFileException(t.file, 1, c, "expected <attribute>:<unit> with a unit among "
                        + new java.util.TreeSet<>(PARAMETER_UNITS));
            }
        }
    }

    /** The zone codes of a zones file. */
    static List<String[]> zones(CsvTable t) {
        requireColumns(t, ZONE_COLUMNS, true);
        List<String[]> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows) {
            String code = r.required("code");
            if (!code.matches("[A-Z]{2}|WORLD|EU27|EUROPE|[A-Z0-9]{2,10}")) {
                throw r.error("code", "'" + code + "' is not an upper-case zone code");
            }
            out.add(new String[] {code, r.get("alpha3"), r.required("name_en"), r.get("name_fr"), r.get("groups")});
        }
        return out;
    }
}
