package dev.impact.io.ccf;

import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.OnPremiseCompute;
import dev.impact.io.DelimitedFile;
import dev.impact.io.InvalidFileException;
import dev.impact.io.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cloud Carbon Footprint (CCF)'s on-premise input CSV ({@code yarn estimate-on-premise-data --onPremiseInput}), read
 * into {@link OnPremiseCompute} machines and, with a catalog, into an inventory that impact assesses to CCF's numbers
 * under {@code Convention.CCF}.
 *
 * <pre>{@code
 * OnPremiseCsv csv = OnPremiseCsv.read(Path.of("examples/ccf-on-premise/on-premise.csv"));
 * Inventory year = csv.inventory(catalog, OnPremiseCsv.Uptime.ANNUAL);
 * Assessment asCcf = Impact.using(catalog).convention(Convention.CCF).assess(year);
 * csv.noticesFor(catalog);   // rows whose CPU CCF has no figures for (its averages are used; CCF says nothing)
 * }</pre>
 *
 * <p>Columns (CCF's names, any order, header matched ignoring case): required {@code cpuDescription}, {@code memory}
 * (GB, > 0), {@code machineType} ({@code server}, {@code laptop}, {@code desktop}), {@code startTime},
 * {@code endTime} (ISO-8601 instants or dates; kept, not used in the formula, as in CCF), {@code dailyUptime},
 * {@code weeklyUptime}, {@code monthlyUptime}, {@code annualUptime} (hours, > 0: CCF refuses a row without them);
 * optional {@code machineName} (the label), {@code country}, {@code region} (a US state), {@code cost} (kept, not
 * used), {@code cpuUtilization} (percent, 0–100) and {@code powerUsageEffectiveness} (>= 1); and impact's own
 * optional {@code zone} (an electricity zone such as {@code BE}, for impact's grid where CCF lists no country; CCF's
 * factor is unchanged under {@code Convention.CCF}). CCF's output columns
 * ({@code dailyKilowattHours}, {@code dailyCo2e}…) are ignored, so its output file reads too; any other column is
 * refused.
 *
 * <p>The CPU description is read as CCF reads it (for Intel, the model between the brand and {@code @}, without
 * {@code CPU}: {@code Silver 4114}, {@code E5-2667 v3}; for AMD, the third word: {@code 7262}) and looked up in CCF's
 * table of 1 134 models (bundled, Apache-2.0). Where impact differs from CCF, it refuses rather than guesses: an
 * unknown machine type (CCF takes it as a server without per-type settings), a PUE between 0 and 1. A
 * {@code cpuUtilization} or {@code powerUsageEffectiveness} of 0 means "not given" in CCF's file (50 %, PUE 1.58),
 * and so here, with a notice ({@link #notices()}). Every problem of the file is reported at once, each with file,
 * line and column ({@link InvalidFileException}). Immutable once read.
 */
public final class OnPremiseCsv {
    /** Which of CCF's uptime columns gives each machine's hours: the period assessed. */
    public enum Uptime {
        DAILY("dailyUptime"), WEEKLY("weeklyUptime"), MONTHLY("monthlyUptime"), ANNUAL("annualUptime");

        private final String column;

        Uptime(String column) {
            this.column = column;
        }

        /** The CSV column: {@code dailyUptime}… */
        public String column() {
            return column;
        }
    }

    /**
     * One row of the file.
     *
     * @param line           the 1-based line (the header is line 1)
     * @param cpuDescription the description as written
     * @param machine        the machine, with the annual uptime as its hours ({@link #machine(Uptime)} for another)
     * @param uptimeHours    daily, weekly, monthly and annual uptime, hours (by {@link Uptime#ordinal()})
     * @param startTime      the start of usage
     * @param endTime        the end of usage
     * @param cost           the row's cost, NaN when not given
     */
    public record Row(long line, String cpuDescription, OnPremiseCompute machine, List<Double> uptimeHours,
                      Instant startTime, Instant endTime, double cost) {
        public Row {
            Objects.requireNonNull(cpuDescription, "cpuDescription");
            Objects.requireNonNull(machine, "machine");
            uptimeHours = List.copyOf(uptimeHours);
            Objects.requireNonNull(startTime, "startTime");
            Objects.requireNonNull(endTime, "endTime");
        }

        /** The machine up for the hours of {@code uptime}. */
        public OnPremiseCompute machine(Uptime uptime) {
            return machine.uptimeHours(uptimeHours.get(uptime.ordinal()));
        }
    }

    private static final List<String> REQUIRED = List.of("cpuDescription", "memory", "machineType", "startTime",
            "endTime", "dailyUptime", "weeklyUptime", "monthlyUptime", "annualUptime");
    private static final List<String> OPTIONAL = List.of("machineName", "country", "region", "cost",
            "cpuUtilization", "powerUsageEffectiveness", "zone");
    private static final Map<String, String> CPUS = loadCpus();

    private final String name;
    private final List<Row> rows;
    private final List<String> notices;

    private OnPremiseCsv(String name, List<Row> rows, List<String> notices) {
        this.name = name;
        this.rows = List.copyOf(rows);
        this.notices = List.copyOf(notices);
    }

    /**
     * Reads {@code file} whole.
     *
     * @throws InvalidFileException listing every problem (file, line, column, value, reason)
     */
    public static OnPremiseCsv read(Path file) {
        return of(DelimitedFile.read(file));
    }

    /** Parses {@code bytes} as the file {@code name}; see {@link #read}. */
    public static OnPremiseCsv parse(String name, byte[] bytes) {
        return of(DelimitedFile.parse(name, bytes));
    }

    /** The file's name as given. */
    public String name() {
        return name;
    }

    /** The rows, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * What was completed as CCF completes it, one sentence per case: rows whose CPU description is not in CCF's
     * table (CCF's average watts and memory are used), a utilisation or PUE of 0 (CCF's defaults). {@link #noticesFor} adds the rows whose microarchitecture
     * has no on-premise watts in a catalog.
     */
    public List<String> notices() {
        return notices;
    }

    /**
     * The microarchitecture CCF reads from {@code cpuDescription} ({@code skylake} for
     * {@code "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz"}), empty when CCF's table has no such model.
     */
    public static Optional<String> microarchitecture(String cpuDescription) {
        Objects.requireNonNull(cpuDescription, "cpuDescription");
        String model = null;
        if (cpuDescription.contains("Intel")) {
            String s = cpuDescription.replace("Intel(R) ", "");
            model = between(s, s.indexOf(')') + 2, s.lastIndexOf(" @")).replace("CPU", "").strip();
        } else if (cpuDescription.contains("AMD")) {
            String[] words = cpuDescription.split(" ", -1);
            model = words.length > 2 ? words[2] : null;
        }
        return model == null ? Optional.empty() : Optional.ofNullable(CPUS.get(model));
    }

    /** {@code s} from {@code a} to {@code b}, each clamped to the text and swapped when reversed. */
    private static String between(String s, int a, int b) {
        int from = Math.max(0, Math.min(a, s.length()));
        int to = Math.max(0, Math.min(b, s.length()));
        return from <= to ? s.substring(from, to) : s.substring(to, from);
    }

    /**
     * The machines as cloud lines at {@code onprem} ({@link OnPremiseCompute#toLine}), each up for the hours of
     * {@code uptime}: an inventory named after the file. A microarchitecture the catalog has no on-premise watts for
     * (CCF names AMD EPYC 3rd Gen but has no figures for it) is left out, as CCF falls back to its averages
     * ({@link #noticesFor} says which rows).
     *
     * @throws InvalidFileException if a machine is refused by the catalog (line, column, reason)
     */
    public Inventory inventory(FactorCatalog catalog, Uptime uptime) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(uptime, "uptime");
        List<CloudCompute> lines = new ArrayList<>(rows.size());
        List<Problem> problems = new ArrayList<>();
        for (Row r : rows) {
            OnPremiseCompute m = r.machine(uptime);
            Optional<String> arch = m.microarchitecture();
            if (arch.isPresent() && catalog.parameter("cloud." + OnPremiseCompute.PROVIDER + ".cpu." + arch.get()
                    + ".memory_gb").isEmpty()) {
                m = withoutArchitecture(m);
            }
            try {
                lines.add(m.toLine(catalog));
            } catch (LineRejectedException e) {
                problems.add(new Problem(name, r.line(), e.field().orElse(""), e.value(), e.reason()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        return Inventory.of(name, lines);
    }

    /**
     * The microarchitectures of the rows that the catalog has no on-premise watts for, one notice per row, as
     * {@link #inventory} leaves them out.
     */
    public List<String> noticesFor(FactorCatalog catalog) {
        List<String> out = new ArrayList<>(notices);
        for (Row r : rows) {
            Optional<String> arch = r.machine().microarchitecture();
            if (arch.isPresent() && catalog.parameter("cloud." + OnPremiseCompute.PROVIDER + ".cpu." + arch.get()
                    + ".memory_gb").isEmpty()) {
                out.add(name + ":" + r.line() + ": CPU '" + r.cpuDescription() + "' is " + arch.get() + ", which CCF"
                        + " has no on-premise watts for: its average watts and memory are used, as CCF does");
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static OnPremiseCompute withoutArchitecture(OnPremiseCompute m) {
        OnPremiseCompute x = OnPremiseCompute.of(m.machineType(), m.uptimeHours()).label(m.label())
                .memoryGb(m.memoryGb());
        if (m.group().isPresent()) {
            x = x.group(m.group().get());
        }
        if (m.utilisation().isPresent()) {
            x = x.utilisation(m.utilisation().getAsDouble());
        }
        if (m.pue().isPresent()) {
            x = x.pue(m.pue().getAsDouble());
        }
        if (m.country().isPresent()) {
            x = x.country(m.country().get());
        }
        if (m.state().isPresent()) {
            x = x.state(m.state().get());
        }
        if (m.zone().isPresent()) {
            x = x.zone(m.zone().get());
        }
        if (m.convention().isPresent()) {
            x = x.convention(m.convention().get());
        }
        return x;
    }

    private static OnPremiseCsv of(DelimitedFile f) {
        String name = f.name();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> col = new HashMap<>();
        List<String> known = new ArrayList<>(REQUIRED);
        known.addAll(OPTIONAL);
        for (String c : known) {
            col.put(c, f.column(c));
        }
        for (String c : REQUIRED) {
            if (col.get(c) < 0) {
                problems.add(new Problem(name, 1, c, "", "missing column '" + c + "': CCF's on-premise CSV needs "
                        + String.join(", ", REQUIRED)));
            }
        }
        for (String h : f.header()) {
            String n = h.replace("\uFEFF", "").strip();
            boolean isKnown = known.stream().anyMatch(k -> k.equalsIgnoreCase(n));
            boolean isOutput = n.matches("(?i)(daily|weekly|monthly|annual)(KilowattHours|Co2e)");
            if (!isKnown && !isOutput && !n.isEmpty()) {
                problems.add(new Problem(name, 1, n, n, "unknown column '" + n + "'; CCF's on-premise columns are "
                        + String.join(", ", known)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        List<Row> rows = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (DelimitedFile.Row r : f.rows()) {
            if (r.error().isPresent()) {
                problems.add(new Problem(name, r.line(), "", r.error().get()));
                continue;
            }
            Cells c = new Cells(name, r, col, problems);
            String cpu = c.text("cpuDescription");
            double memory = c.number("memory", 0, false, "GB, > 0");
            String type = c.text("machineType");
            Instant start = c.time("startTime");
            Instant end = c.time("endTime");
            double[] uptime = new double[4];
            for (Uptime u : Uptime.values()) {
                uptime[u.ordinal()] = c.number(u.column(), 0, false, "hours, > 0");
            }
            double util = c.optionalNumber("cpuUtilization", 0, 100, "percent, 0-100");
            double pue = c.optionalNumber("powerUsageEffectiveness", 0, Double.POSITIVE_INFINITY, ">= 1, or 0");
            if (pue > 0 && pue < 1) {
                problems.add(new Problem(name, r.line(), "powerUsageEffectiveness", c.raw("powerUsageEffectiveness"),
                        "powerUsageEffectiveness must be >= 1 (or 0: not given), was "
                        + c.raw("powerUsageEffectiveness")));
                pue = Double.NaN;
            }
            double cost = c.optionalNumber("cost", 0, Double.POSITIVE_INFINITY, ">= 0");
            String machineName = c.optionalText("machineName");
            String country = c.optionalText("country");
            String state = c.optionalText("region");
            String zone = c.optionalText("zone");
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(new Problem(name, r.line(), "endTime", c.raw("endTime"),
                        "endTime must not be before startTime (" + c.raw("startTime") + ")"));
            }
            OnPremiseCompute m = null;
            if (type != null) {
                try {
                    m = OnPremiseCompute.of(OnPremiseCompute.MachineType.of(type), 1);
                } catch (LineRejectedException e) {
                    problems.add(new Problem(name, r.line(), "machineType", type, e.reason()));
                }
            }
            if (m == null || cpu == null || Double.isNaN(memory) || start == null || end == null
                    || Double.isNaN(uptime[0] + uptime[1] + uptime[2] + uptime[3])) {
                continue;
            }
            m = m.memoryGb(memory).uptimeHours(uptime[Uptime.ANNUAL.ordinal()]);
            Optional<String> arch = microarchitecture(cpu);
            if (arch.isPresent()) {
                m = m.microarchitecture(arch.get());
            } else {
                notices.add(name + ":" + r.line() + ": CPU '" + cpu + "' is not in CCF's table: its average watts"
                        + " and memory are used, as CCF does");
            }
            // CCF reads 0 as "not given" (its default applies): so does its file here, said
            if (util == 0) {
                notices.add(name + ":" + r.line() + ": cpuUtilization 0 means \"not given\" in CCF's file: 50 % is"
                        + " used, as CCF does");
                util = Double.NaN;
            }
            if (pue == 0) {
                notices.add(name + ":" + r.line() + ": powerUsageEffectiveness 0 means \"not given\" in CCF's file:"
                        + " 1.58 is used, as CCF does");
                pue = Double.NaN;
            }
            if (!Double.isNaN(util)) {
                m = m.utilisation(util / 100);
            }
            if (!Double.isNaN(pue)) {
                m = m.pue(pue);
            }
            try {
                if (machineName != null) {
                    m = m.label(machineName);
                }
                if (country != null) {
                    m = m.country(country);
                }
                if (state != null) {
                    m = m.state(state);
                }
                if (zone != null) {
                    m = m.zone(zone);
                }
            } catch (LineRejectedException e) {
                String column = e.field().orElse("").equals("label") ? "machineName"
                        : e.field().orElse("").equals("state") ? "region" : e.field().orElse("");
                problems.add(new Problem(name, r.line(), column, e.value(), e.reason()));
                continue;
            }
            rows.add(new Row(r.line(), cpu, m, List.of(uptime[0], uptime[1], uptime[2], uptime[3]), start, end,
                    cost));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        return new OnPremiseCsv(name, rows, notices);
    }

    /** The cells of one row, each read once, a problem recorded per bad cell. */
    private static final class Cells {
        private final String file;
        private final DelimitedFile.Row row;
        private final Map<String, Integer> col;
        private final List<Problem> problems;

        Cells(String file, DelimitedFile.Row row, Map<String, Integer> col, List<Problem> problems) {
            this.file = file;
            this.row = row;
            this.col = col;
            this.problems = problems;
        }

        String raw(String column) {
            return row.get(col.get(column));
        }

        String text(String column) {
            String v = raw(column);
            if (v.isEmpty()) {
                problems.add(new Problem(file, row.line(), column, "", column + " must be given (CCF needs it)"));
                return null;
            }
            return v;
        }

        String optionalText(String column) {
            String v = raw(column);
            return v.isEmpty() ? null : v;
        }

        /** A number {@code > min} ({@code >= min} when {@code inclusive}), NaN after a problem. */
        double number(String column, double min, boolean inclusive, String expected) {
            String v = raw(column);
            if (v.isEmpty()) {
                problems.add(new Problem(file, row.line(), column, "", column + " must be given (" + expected
                        + "; CCF refuses a row without it)"));
                return Double.NaN;
            }
            return check(column, v, min, Double.POSITIVE_INFINITY, inclusive, expected);
        }

        /** A number in [min, max], or NaN when the cell is empty or bad (a problem is recorded when bad). */
        double optionalNumber(String column, double min, double max, String expected) {
            String v = raw(column);
            return v.isEmpty() ? Double.NaN : check(column, v, min, max, true, expected);
        }

        private double check(String column, String v, double min, double max, boolean inclusive, String expected) {
            double d;
            try {
                d = DelimitedFile.parseNumber(v);
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, row.line(), column, v, column + " must be a number (" + expected
                        + "), was '" + v + "'"));
                return Double.NaN;
            }
            if (!Double.isFinite(d) || (inclusive ? d < min : d <= min) || d > max) {
                problems.add(new Problem(file, row.line(), column, v, column + " must be " + expected + ", was "
                        + v));
                return Double.NaN;
            }
            return d;
        }

        Instant time(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e2) {
                    problems.add(new Problem(file, row.line(), column, v, column + " must be an ISO-8601 time"
                            + " (2022-01-17T13:38:18Z) or date (2022-01-17), was '" + v + "'"));
                    return null;
                }
            }
        }
    }

    private static Map<String, String> loadCpus() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = OnPremiseCsv.class.getResourceAsStream("ccf-on-premise-cpus.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource ccf-on-premise-cpus.csv missing from impact-io");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            boolean header = true;
            while ((l = r.readLine()) != null) {
                if (l.startsWith("#") || l.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                int comma = l.lastIndexOf(',');
                m.put(l.substring(0, comma), l.substring(comma + 1).toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
