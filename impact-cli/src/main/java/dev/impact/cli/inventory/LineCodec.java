package dev.impact.cli.inventory;

import dev.impact.cli.internal.Decimals;
import dev.impact.cli.internal.Suggest;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.CaseType;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.Condition;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import dev.impact.inventory.UseProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Converts between inventory lines and the flat column values shared by the CSV and JSON layouts. Decoding
 * collects every problem of a line (not just the first) with the column it concerns. Not thread-safe (one per
 * reader).
 */
final class LineCodec {
    /** Column values of one record: "" for an absent or empty column (values already trimmed). */
    interface Fields {
        String get(Column c);

        /** Whether the column has a value (same as {@code !get(c).isEmpty()}, possibly without making the text). */
        default boolean has(Column c) {
            return !get(c).isEmpty();
        }

        /**
         * The column's value when it is a plainly written number ({@code -?\d+(\.\d+)?}, read exactly as
         * {@link Decimals#parse} would), else NaN: then {@link Decimals#parse} decides (and explains).
         */
        default double plainNumber(Column c) {
            return Double.NaN;
        }
    }

    /** A problem in one column ({@code column} empty: the whole line). */
    record ColumnProblem(String column, String reason) {
    }

    /** Whether a column applies to a kind of line: {@code APPLIES[column][kind]}. */
    private static final boolean[][] APPLIES = applies();

    private static boolean[][] applies() {
        boolean[][] a = new boolean[Column.values().length][LineKind.values().length];
        for (Column c : Column.values()) {
            for (LineKind k : c.kinds()) {
                a[c.ordinal()][k.ordinal()] = true;
            }
        }
        return a;
    }

    private final List<ColumnProblem> problems = new ArrayList<>();
    private Fields f;

    /** Problems of the last {@link #decode} call (a fresh list each time). */
    List<ColumnProblem> problems() {
        return List.copyOf(problems);
    }

    /** Decodes one record; returns null when it has problems (see {@link #problems()}). */
    InventoryLine decode(Fields fields, Iterable<Column> present) {
        problems.clear();
        this.f = fields;
        String kindText = f.get(Column.KIND);
        if (kindText.isEmpty()) {
            problem(Column.KIND, "the line kind is missing; expected one of " + kinds());
            return null;
        }
        LineKind kind = LineKind.ofCode(kindText);
        if (kind == null) {
            problem(Column.KIND, "unknown line kind '" + kindText + "'; expected one of " + kinds()
                    + Suggest.didYouMean(kindText, Arrays.stream(LineKind.values()).map(LineKind::code).toList()));
            return null;
        }
        for (Column c : present) {
            if (!APPLIES[c.ordinal()][kind.ordinal()] && f.has(c)) {
                problem(c, "does not apply to a " + kind.code() + " line (it is for " + kindsOf(c)
                        + "); leave it empty");
            }
        }
        String category = f.get(Column.CATEGORY);
        if (kind != LineKind.DEVICE && !category.isEmpty() && !category.equalsIgnoreCase(kind.code())) {
            problem(Column.CATEGORY, "a " + kind.code() + " line's category is '" + kind.code() + "', was '" + category
                    + "'" + (kind == LineKind.CLOUD ? "; the cloud provider goes in column 'provider'" : ""));
        }
        double quantity = number(Column.QUANTITY);
        if (!f.has(Column.QUANTITY)) {
            problem(Column.QUANTITY, "the quantity is missing; expected " + kind.quantityUnit() + " (> 0)");
        }
        InventoryLine line;
        try {
            switch (kind) {
                case DEVICE:
                    line = device(quantity, category);
                    break;
                case SERVER:
                    line = server(quantity);
                    break;
                case NETWORK:
                    line = network(quantity);
                    break;
                case STORAGE:
                    line = storage(quantity);
                    break;
                case CLOUD:
                    line = cloud(quantity);
                    break;
                case AI:
                    line = ai(quantity);
                    break;
                default:
                    throw new AssertionError(kind);
            }
        } catch (Skip s) {
            return null;
        }
        if (!problems.isEmpty() || line == null) {
            return null;
        }
        return line;
    }

    /** Thrown to abandon a line whose base value could not be built. */
    private static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    private static String kinds() {
        return String.join(", ", Arrays.stream(LineKind.values()).map(LineKind::code).toList());
    }

    private static String kindsOf(Column c) {
        return String.join(", ", c.kinds().stream().map(LineKind::code).toList()) + " lines";
    }

    private void problem(Column c, String reason) {
        problems.add(new ColumnProblem(c.header(), reason));
    }

    /** Builds the base value, attributing a constructor's complaint to {@code c}; throws Skip on failure. */
    private <T> T base(Column c, java.util.function.Supplier<T> s, java.util.function.Supplier<T> fallback) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            problem(c, e.getMessage());
            try {
                return fallback.get(); // to go on checking the other columns
            } catch (IllegalArgumentException again) {
                throw new Skip();
            }
        }
    }

    /** Applies a setter when the column is given, attributing its complaint to the column. */
    private <T> T apply(T value, Column c, boolean given, UnaryOperator<T> op) {
        if (!given) {
            return value;
        }
        try {
            return op.apply(value);
        } catch (IllegalArgumentException e) {
            problem(c, e.getMessage());
            return value;
        }
    }

    private double number(Column c) {
        if (!f.has(c)) {
            return Double.NaN;
        }
        double plain = f.plainNumber(c);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        String t = f.get(c);
        try {
            return Decimals.parse(t);
        } catch (NumberFormatException e) {
            problem(c, e.getMessage());
            return Double.NaN;
        }
    }

    private boolean has(Column c) {
        return f.has(c);
    }

    /** Whether the column holds a valid number (a problem is recorded otherwise). */
    private boolean num(Column c) {
        return has(c) && !Double.isNaN(number(c));
    }

    private int integer(Column c) {
        double d = f.has(c) ? f.plainNumber(c) : Double.NaN;
        if (Double.isNaN(d)) {
            try {
                d = Decimals.parse(f.get(c));
            } catch (NumberFormatException e) {
                problem(c, "expected a whole number, was '" + f.get(c) + "'");
                return Integer.MIN_VALUE;
            }
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            problem(c, "expected a whole number, was '" + f.get(c) + "'");
            return Integer.MIN_VALUE;
        }
        return (int) d;
    }

    private boolean intOk(Column c) {
        return has(c) && integer(c) != Integer.MIN_VALUE;
    }

    private <E extends Enum<E>> E enumValue(Column c, Class<E> type) {
        String t = f.get(c);
        String n = t.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(n)) {
                return e;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        problem(c, "expected one of " + String.join(", ", names) + ", was '" + t + "'" + Suggest.didYouMean(t, names));
        return null;
    }

    private Boolean bool(Column c) {
        String t = f.get(c).toLowerCase(Locale.ROOT);
        switch (t) {
            case "true": case "yes": case "oui": case "vrai": case "1":
                return Boolean.TRUE;
            case "false": case "no": case "non": case "faux": case "0":
                return Boolean.FALSE;
            default:
                problem(c, "expected true or false, was '" + f.get(c) + "'");
                return null;
        }
    }

    private <T> T common(T line, UnaryOperator<T> label, UnaryOperator<T> zone) {
        T l = apply(line, Column.LABEL, has(Column.LABEL), label);
        return apply(l, Column.ZONE, has(Column.ZONE), zone);
    }

    private InventoryLine device(double quantity, String category) {
        if (category.isEmpty()) {
            problem(Column.CATEGORY, "a device line needs a category (laptop, monitor, smartphone…; see `impact"
                    + " factors list device.`)");
            return null;
        }
        double q = Double.isNaN(quantity) ? 1 : quantity;
        // one mutable builder, one line at the end (the setters check as the copy methods do, same messages)
        DeviceFleet.Builder d = base(Column.QUANTITY, () -> DeviceFleet.builder(category, q),
                () -> DeviceFleet.builder(category, 1));
        d = common(d, x -> x.label(f.get(Column.LABEL)), x -> x.zone(f.get(Column.ZONE)));
        if (num(Column.LIFETIME_YEARS)) {
            double v = number(Column.LIFETIME_YEARS);
            d = apply(d, Column.LIFETIME_YEARS, true, x -> x.lifetimeYears(v));
        }
        if (intOk(Column.PURCHASE_YEAR)) {
            int y = integer(Column.PURCHASE_YEAR);
            d = apply(d, Column.PURCHASE_YEAR, true, x -> x.purchaseYear(y));
        }
        if (has(Column.CONDITION)) {
            Condition c = enumValue(Column.CONDITION, Condition.class);
            if (c != null) {
                d.condition(c);
            }
        }
        if (num(Column.MASS_KG)) {
            double v = number(Column.MASS_KG);
            d = apply(d, Column.MASS_KG, true, x -> x.massKg(v));
        }
        boolean power = has(Column.POWER_WATTS);
        boolean hours = has(Column.HOURS_PER_DAY);
        boolean kwh = has(Column.KWH_PER_YEAR);
        if (kwh && (power || hours)) {
            problem(Column.KWH_PER_YEAR, "give either power_watts and hours_per_day, or kwh_per_year, not both");
        } else if (power != hours) {
            problem(power ? Column.HOURS_PER_DAY : Column.POWER_WATTS,
                    "power_watts and hours_per_day go together; give both or neither");
        } else if (power) {
            double w = number(Column.POWER_WATTS);
            double h = number(Column.HOURS_PER_DAY);
            if (!Double.isNaN(w) && !Double.isNaN(h)) {
                Column blame = w <= 0 || !Double.isFinite(w) ? Column.POWER_WATTS : Column.HOURS_PER_DAY;
                d = apply(d, blame, true, x -> x.use(UseProfile.powerHours(w, h)));
            }
        } else if (kwh) {
            double v = number(Column.KWH_PER_YEAR);
            if (!Double.isNaN(v)) {
                d = apply(d, Column.KWH_PER_YEAR, true, x -> x.energyKWhPerYear(v));
            }
        }
        return d.build();
    }

    private InventoryLine server(double quantity) {
        double q = Double.isNaN(quantity) ? 1 : quantity;
        ServerFleet s = base(Column.QUANTITY, () -> ServerFleet.of(q), () -> ServerFleet.of(1));
        s = common(s, x -> x.label(f.get(Column.LABEL)), x -> x.zone(f.get(Column.ZONE)));
        if (num(Column.LIFETIME_YEARS)) {
            double v = number(Column.LIFETIME_YEARS);
            s = apply(s, Column.LIFETIME_YEARS, true, x -> x.lifetimeYears(v));
        }
        if (intOk(Column.PURCHASE_YEAR)) {
            int y = integer(Column.PURCHASE_YEAR);
            s = apply(s, Column.PURCHASE_YEAR, true, x -> x.purchaseYear(y));
        }
        s = pair(s, Column.CPU_UNITS, Column.CPU_CORES, true, (x, u, v) -> x.cpu(u, (int) v));
        if (num(Column.CPU_DIE_PER_CORE_MM2)) {
            double v = number(Column.CPU_DIE_PER_CORE_MM2);
            s = apply(s, Column.CPU_DIE_PER_CORE_MM2, true, x -> x.cpuDieAreaPerCoreMm2(v));
        }
        if (num(Column.CPU_DIE_AREA_MM2)) {
            double v = number(Column.CPU_DIE_AREA_MM2);
            s = apply(s, Column.CPU_DIE_AREA_MM2, true, x -> x.cpuDieAreaMm2(v));
        }
        if (num(Column.CPU_TDP_WATTS)) {
            double v = number(Column.CPU_TDP_WATTS);
            s = apply(s, Column.CPU_TDP_WATTS, true, x -> x.cpuTdpWatts(v));
        }
        if (num(Column.LOAD)) {
            double v = number(Column.LOAD);
            s = apply(s, Column.LOAD, true, x -> x.load(v));
        }
        s = pair(s, Column.RAM_UNITS, Column.RAM_GB, false, (x, u, v) -> x.ram(u, v));
        if (num(Column.RAM_DENSITY)) {
            double v = number(Column.RAM_DENSITY);
            s = apply(s, Column.RAM_DENSITY, true, x -> x.ramDensity(v));
        }
        s = pair(s, Column.SSD_UNITS, Column.SSD_GB, false, (x, u, v) -> x.ssd(u, v));
        if (num(Column.SSD_DENSITY)) {
            double v = number(Column.SSD_DENSITY);
            s = apply(s, Column.SSD_DENSITY, true, x -> x.ssdDensity(v));
        }
        if (intOk(Column.HDD_UNITS)) {
            int u = integer(Column.HDD_UNITS);
            s = apply(s, Column.HDD_UNITS, true, x -> x.hdd(u));
        }
        s = pair(s, Column.PSU_UNITS, Column.PSU_MASS_KG, false, (x, u, v) -> x.powerSupplies(u, v));
        if (has(Column.CASE_TYPE)) {
            CaseType c = enumValue(Column.CASE_TYPE, CaseType.class);
            if (c != null) {
                s = s.caseType(c);
            }
        }
        if (num(Column.AVERAGE_POWER_WATTS)) {
            double v = number(Column.AVERAGE_POWER_WATTS);
            s = apply(s, Column.AVERAGE_POWER_WATTS, true, x -> x.averagePowerWatts(v));
        }
        if (num(Column.PUE)) {
            double v = number(Column.PUE);
            s = apply(s, Column.PUE, true, x -> x.pue(v));
        }
        return s;
    }

    private interface PairSetter {
        ServerFleet set(ServerFleet s, int units, double value);
    }

    /** Two columns that go together (units and size): both or neither. */
    private ServerFleet pair(ServerFleet s, Column units, Column value, boolean valueIsInt, PairSetter setter) {
        boolean hu = has(units);
        boolean hv = has(value);
        if (hu != hv) {
            problem(hu ? value : units, units.header() + " and " + value.header() + " go together; give both or"
                    + " neither");
            return s;
        }
        if (!hu) {
            return s;
        }
        int u = integer(units);
        double v = valueIsInt ? integer(value) : number(value);
        if (u == Integer.MIN_VALUE || Double.isNaN(v) || v == Integer.MIN_VALUE) {
            return s;
        }
        try {
            return setter.set(s, u, v);
        } catch (IllegalArgumentException e) {
            problem(e.getMessage().contains(".units") ? units : value, e.getMessage());
            return s;
        }
    }

    private InventoryLine network(double quantity) {
        double q = Double.isNaN(quantity) ? 1 : quantity;
        NetworkTransfer n = base(Column.QUANTITY, () -> NetworkTransfer.ofGb(q), () -> NetworkTransfer.ofGb(1));
        n = common(n, x -> x.label(f.get(Column.LABEL)), x -> x.zone(f.get(Column.ZONE)));
        if (has(Column.NETWORK_KIND)) {
            NetworkKind k = enumValue(Column.NETWORK_KIND, NetworkKind.class);
            if (k != null) {
                n = n.kind(k);
            }
        }
        if (has(Column.NETWORK_MODEL)) {
            NetworkModel m = enumValue(Column.NETWORK_MODEL, NetworkModel.class);
            if (m != null) {
                n = n.model(m);
            }
        }
        if (has(Column.INCLUDE_BOX)) {
            Boolean b = bool(Column.INCLUDE_BOX);
            if (Boolean.FALSE.equals(b)) {
                n = n.withoutBox();
            }
        }
        if (num(Column.GREEN_HOSTING)) {
            double v = number(Column.GREEN_HOSTING);
            n = apply(n, Column.GREEN_HOSTING, true, x -> x.greenHosting(v));
        }
        if (has(Column.MODEL_GRID_INTENSITY)) {
            Boolean b = bool(Column.MODEL_GRID_INTENSITY);
            if (Boolean.TRUE.equals(b)) {
                n = n.modelGridIntensity();
            }
        }
        return n;
    }

    private InventoryLine storage(double quantity) {
        double q = Double.isNaN(quantity) ? 1 : quantity;
        DataStorage s = base(Column.QUANTITY, () -> DataStorage.ofTbYears(q), () -> DataStorage.ofTbYears(1));
        s = common(s, x -> x.label(f.get(Column.LABEL)), x -> x.zone(f.get(Column.ZONE)));
        if (has(Column.MEDIUM)) {
            StorageMedium m = enumValue(Column.MEDIUM, StorageMedium.class);
            if (m != null) {
                s = s.medium(m);
            }
        }
        if (has(Column.STORAGE_MODEL)) {
            StorageModel m = enumValue(Column.STORAGE_MODEL, StorageModel.class);
            if (m != null) {
                s = s.model(m);
            }
        }
        if (num(Column.REPLICATION)) {
            double v = number(Column.REPLICATION);
            s = apply(s, Column.REPLICATION, true, x -> x.replication(v));
        }
        if (num(Column.PUE)) {
            double v = number(Column.PUE);
            s = apply(s, Column.PUE, true, x -> x.pue(v));
        }
        return s;
    }

    private InventoryLine cloud(double quantity) {
        String provider = f.get(Column.PROVIDER);
        if (provider.isEmpty()) {
            problem(Column.PROVIDER, "a cloud line needs a provider (aws, azure, gcp)");
            return null;
        }
        double q = Double.isNaN(quantity) ? 1 : quantity;
        CloudCompute c = base(Column.QUANTITY, () -> CloudCompute.of(provider, q), () -> CloudCompute.of(provider, 1));
        c = common(c, x -> x.label(f.get(Column.LABEL)), x -> x.zone(f.get(Column.ZONE)));
        if (num(Column.UTILISATION)) {
            double v = number(Column.UTILISATION);
            c = apply(c, Column.UTILISATION, true, x -> x.utilisation(v));
        }
        if (num(Column.MEMORY_GB_HOURS)) {
            double v = number(Column.MEMORY_GB_HOURS);
            c = apply(c, Column.MEMORY_GB_HOURS, true, x -> x.memoryGbHours(v));
        }
        if (num(Column.PUE)) {
            double v = number(Column.PUE);
            c = apply(c, Column.PUE, true, x -> x.pue(v));
        }
        return c;
    }

    private InventoryLine ai(double quantity) {
        boolean size = has(Column.AI_SIZE);
        boolean wh = has(Column.WH_PER_REQUEST);
        if (size == wh) {
            problem(size ? Column.WH_PER_REQUEST : Column.AI_SIZE, "an ai line needs either ai_size (small, medium,"
                    + " large, reasoning) or wh_per_request, " + (size ? "not both" : "and has neither"));
            return null;
        }
        double q = Double.isNaN(quantity) ? 1 : quantity;
        AiInference a;
        if (size) {
            AiModelSize s = enumValue(Column.AI_SIZE, AiModelSize.class);
            if (s == null) {
                return null;
            }
            a = base(Column.QUANTITY, () -> AiInference.of(q, s), () -> AiInference.of(1, s));
        } else {
            double w = number(Column.WH_PER_REQUEST);
            if (Double.isNaN(w)) {
                return null;
            }
            a = base(w > 0 ? Column.QUANTITY : Column.WH_PER_REQUEST, () -> AiInference.ofWhPerRequest(q, w),
                    () -> AiInference.ofWhPerRequest(1, w));
        }
        a = common(a, x -> x.label(f.get(Column.LABEL)), x -> x.zone(f.get(Column.ZONE)));
        if (num(Column.PUE)) {
            double v = number(Column.PUE);
            a = apply(a, Column.PUE, true, x -> x.pue(v));
        }
        if (num(Column.EMBODIED_PER_REQUEST)) {
            double v = number(Column.EMBODIED_PER_REQUEST);
            a = apply(a, Column.EMBODIED_PER_REQUEST, true, x -> x.embodiedKgCo2ePerRequest(v));
        }
        return a;
    }

    // ---------------------------------------------------------------------------------------------------- encode

    /** The column values of a line (only the columns it sets), numbers formatted to round-trip exactly. */
    static Map<Column, Object> encode(InventoryLine line) {
        Map<Column, Object> m = new EnumMap<>(Column.class);
        LineKind kind = LineKind.of(line);
        m.put(Column.KIND, kind.code());
        m.put(Column.LABEL, line.label());
        if (kind == LineKind.DEVICE) {
            m.put(Column.CATEGORY, line.category());
        }
        m.put(Column.QUANTITY, line.quantity());
        line.zone().ifPresent(z -> m.put(Column.ZONE, z));
        if (line instanceof DeviceFleet) {
            DeviceFleet d = (DeviceFleet) line;
            d.lifetimeYears().ifPresent(v -> m.put(Column.LIFETIME_YEARS, v));
            d.purchaseYear().ifPresent(v -> m.put(Column.PURCHASE_YEAR, v));
            if (d.condition() != Condition.NEW) {
                m.put(Column.CONDITION, lower(d.condition()));
            }
            d.massKg().ifPresent(v -> m.put(Column.MASS_KG, v));
            d.use().ifPresent(u -> {
                if (u instanceof UseProfile.PowerHours) {
                    m.put(Column.POWER_WATTS, ((UseProfile.PowerHours) u).watts());
                    m.put(Column.HOURS_PER_DAY, ((UseProfile.PowerHours) u).hoursPerDay());
                } else {
                    m.put(Column.KWH_PER_YEAR, u.kWhPerYear());
                }
            });
        } else if (line instanceof ServerFleet) {
            ServerFleet s = (ServerFleet) line;
            s.lifetimeYears().ifPresent(v -> m.put(Column.LIFETIME_YEARS, v));
            s.purchaseYear().ifPresent(v -> m.put(Column.PURCHASE_YEAR, v));
            ServerFleet.Configuration c = s.configuration();
            c.cpuUnits().ifPresent(v -> m.put(Column.CPU_UNITS, v));
            c.cpuCores().ifPresent(v -> m.put(Column.CPU_CORES, v));
            c.cpuDiePerCoreMm2().ifPresent(v -> m.put(Column.CPU_DIE_PER_CORE_MM2, v));
            c.cpuDieAreaMm2().ifPresent(v -> m.put(Column.CPU_DIE_AREA_MM2, v));
            c.cpuTdpWatts().ifPresent(v -> m.put(Column.CPU_TDP_WATTS, v));
            c.load().ifPresent(v -> m.put(Column.LOAD, v));
            c.ramUnits().ifPresent(v -> m.put(Column.RAM_UNITS, v));
            c.ramGb().ifPresent(v -> m.put(Column.RAM_GB, v));
            c.ramDensity().ifPresent(v -> m.put(Column.RAM_DENSITY, v));
            c.ssdUnits().ifPresent(v -> m.put(Column.SSD_UNITS, v));
            c.ssdGb().ifPresent(v -> m.put(Column.SSD_GB, v));
            c.ssdDensity().ifPresent(v -> m.put(Column.SSD_DENSITY, v));
            c.hddUnits().ifPresent(v -> m.put(Column.HDD_UNITS, v));
            c.psuUnits().ifPresent(v -> m.put(Column.PSU_UNITS, v));
            c.psuMassKg().ifPresent(v -> m.put(Column.PSU_MASS_KG, v));
            c.caseType().ifPresent(v -> m.put(Column.CASE_TYPE, lower(v)));
            c.averagePowerWatts().ifPresent(v -> m.put(Column.AVERAGE_POWER_WATTS, v));
            c.pue().ifPresent(v -> m.put(Column.PUE, v));
        } else if (line instanceof NetworkTransfer) {
            NetworkTransfer n = (NetworkTransfer) line;
            if (n.kind() != NetworkKind.UNSPECIFIED) {
                m.put(Column.NETWORK_KIND, lower(n.kind()));
            }
            if (n.model() != NetworkModel.PER_GB) {
                m.put(Column.NETWORK_MODEL, lower(n.model()));
            }
            if (!n.includesBox()) {
                m.put(Column.INCLUDE_BOX, Boolean.FALSE);
            }
            if (n.greenHosting() != 0) {
                m.put(Column.GREEN_HOSTING, n.greenHosting());
            }
            if (n.usesModelGridIntensity()) {
                m.put(Column.MODEL_GRID_INTENSITY, Boolean.TRUE);
            }
        } else if (line instanceof DataStorage) {
            DataStorage s = (DataStorage) line;
            if (s.medium() != StorageMedium.UNSPECIFIED) {
                m.put(Column.MEDIUM, lower(s.medium()));
            }
            if (s.model() != StorageModel.HARDWARE) {
                m.put(Column.STORAGE_MODEL, lower(s.model()));
            }
            if (s.replication() != 1) {
                m.put(Column.REPLICATION, s.replication());
            }
            s.pue().ifPresent(v -> m.put(Column.PUE, v));
        } else if (line instanceof CloudCompute) {
            CloudCompute c = (CloudCompute) line;
            m.put(Column.PROVIDER, c.provider());
            c.utilisation().ifPresent(v -> m.put(Column.UTILISATION, v));
            if (c.memoryGbHours() != 0) {
                m.put(Column.MEMORY_GB_HOURS, c.memoryGbHours());
            }
            c.pue().ifPresent(v -> m.put(Column.PUE, v));
        } else if (line instanceof AiInference) {
            AiInference a = (AiInference) line;
            a.size().ifPresent(v -> m.put(Column.AI_SIZE, lower(v)));
            a.whPerRequest().ifPresent(v -> m.put(Column.WH_PER_REQUEST, v));
            a.pue().ifPresent(v -> m.put(Column.PUE, v));
            a.embodiedKgCo2ePerRequest().ifPresent(v -> m.put(Column.EMBODIED_PER_REQUEST, v));
        }
        return m;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The text of an encoded value ({@code decimalComma}: French spreadsheets). */
    static String text(Object v, boolean decimalComma) {
        if (v instanceof Double) {
            String s = Decimals.format((Double) v);
            return decimalComma ? s.replace('.', ',') : s;
        }
        return String.valueOf(v);
    }
}
