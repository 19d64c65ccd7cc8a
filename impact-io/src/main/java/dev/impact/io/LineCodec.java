package dev.impact.io;

import dev.impact.internal.Suggestions;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiTask;
import dev.impact.inventory.AiUnit;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.CaseType;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.Condition;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.LineRejectedException;
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
import java.util.Set;

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
    record ColumnProblem(String column, String value, String reason) {
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

    /** Every column (for a record whose column list is not known to stay the same). */
    private static final boolean[] ALL = all();

    private static boolean[] all() {
        boolean[] a = new boolean[Column.count()];
        Arrays.fill(a, true);
        return a;
    }

    /** The JDK's unmodifiable list classes ({@code List.of}, {@code List.copyOf}): such a list never changes. */
    private static final Set<Class<?>> UNMODIFIABLE_LISTS = Set.copyOf(List.of(List.of().getClass(),
            List.of(1).getClass(), List.of(1, 2).getClass(), List.of(1, 2, 3).getClass()));

    private final List<ColumnProblem> problems = new ArrayList<>();
    private Fields f;
    /** The last unmodifiable {@code present} list seen, and by kind the columns of it that do not apply. */
    private Iterable<Column> lastPresent;
    private Column[][] foreign;
    /** By column ordinal: whether it is in that list (a column that is not has no value), or all true. */
    private boolean[] listed;
    private boolean[] inHeader = ALL;
    /** The last kind text seen (shared instances from the CSV decoder) and its kind. */
    private String lastKindText;
    private LineKind lastKind;
    /** By column: the last enum text seen and its constant (the same String instance gives the same constant). */
    private final String[] enumText = new String[Column.count()];
    private final Enum<?>[] enumConstant = new Enum<?>[Column.count()];
    /** Out-values of {@link #pair}. */
    private int pairUnits;
    private double pairValue;

    /** Problems of the last {@link #decode} call (a fresh list each time). */
    List<ColumnProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Decodes one record, whose values can only be in {@code present}'s columns (the CSV header's, or the JSON
     * object's); returns null when it has problems (see {@link #problems()}). An unmodifiable list given again (the
     * CSV reader's header list, for every record) is worked out once.
     */
    private String lastCategoryText;
    private String lastCategory;

    InventoryLine decode(Fields fields, Iterable<Column> present) {
        problems.clear();
        this.f = fields;
        String kindText = f.get(Column.KIND);
        LineKind kind;
        if (kindText == lastKindText && kindText != null) {
            kind = lastKind;
        } else {
            if (kindText.isEmpty()) {
                problem(Column.KIND, "the line kind is missing; expected one of " + kinds());
                return null;
            }
            kind = LineKind.ofCode(kindText);
            if (kind == null) {
                List<String> names = new java.util.ArrayList<>(Arrays.stream(LineKind.values()).map(LineKind::code)
                        .toList());
                names.addAll(Names.kindNames());
                problem(Column.KIND, "unknown line kind '" + kindText + "'; expected one of " + kinds()
                        + Suggestions.didYouMean(kindText, names));
                return null;
            }
            lastKindText = kindText;
            lastKind = kind;
        }
        if (present == lastPresent || present != null && UNMODIFIABLE_LISTS.contains(present.getClass())) {
            Column[] notApplying = notApplying(present, kind);
            inHeader = listed;
            for (Column c : notApplying) {
                if (f.has(c)) {
                    doesNotApply(c, kind);
                }
            }
        } else {
            inHeader = ALL;
            for (Column c : present) {
                if (!APPLIES[c.ordinal()][kind.ordinal()] && f.has(c)) {
                    doesNotApply(c, kind);
                }
            }
        }
        String category = "";
        if (kind == LineKind.DEVICE) {
            String text = f.get(Column.CATEGORY);
            if (!text.equals(lastCategoryText)) {
                lastCategoryText = text;
                lastCategory = Names.category(text);
            }
            category = lastCategory;
        }
        if (kind != LineKind.DEVICE && has(Column.CATEGORY)) {
            category = f.get(Column.CATEGORY);
            if (LineKind.ofCode(category) != kind) {
                problem(Column.CATEGORY, "a " + kind.code() + " line's category is '" + kind.code() + "', was '"
                        + category + "'" + (kind == LineKind.CLOUD ? "; the cloud provider goes in column 'provider'"
                        : ""));
            }
        }
        double quantity = number(Column.QUANTITY);
        boolean survey = kind == LineKind.AI && has(Column.AGENTS);
        if (survey && has(Column.QUANTITY)) {
            problem(Column.QUANTITY, "an ai survey line (agents, uses_per_day, working_days) computes its quantity;"
                    + " leave quantity empty");
        } else if (!survey && !has(Column.QUANTITY)) {
            problem(Column.QUANTITY, "the quantity is missing; expected " + kind.quantityUnit() + " (> 0)");
        }
        double q = Double.isNaN(quantity) ? 1 : quantity;
        InventoryLine line;
        switch (kind) {
            case DEVICE:
                line = device(q, category);
                break;
            case SERVER:
                line = server(q);
                break;
            case NETWORK:
                line = network(q);
                break;
            case STORAGE:
                line = storage(q);
                break;
            case CLOUD:
                line = cloud(q);
                break;
            case AI:
                line = survey ? aiSurvey() : ai(q);
                break;
            default:
                throw new AssertionError(kind);
        }
        if (!problems.isEmpty() || line == null) {
            return null;
        }
        return line;
    }

    /**
     * The columns of an unmodifiable {@code present} list that do not apply to {@code kind}, in the list's order;
     * worked out once for the list given again (the CSV reader passes its header's list for every record).
     */
    private Column[] notApplying(Iterable<Column> present, LineKind kind) {
        if (present != lastPresent) {
            Column[][] byKind = new Column[LineKind.values().length][];
            for (LineKind k : LineKind.values()) {
                List<Column> cs = new ArrayList<>();
                for (Column c : present) {
                    if (!APPLIES[c.ordinal()][k.ordinal()]) {
                        cs.add(c);
                    }
                }
                byKind[k.ordinal()] = cs.toArray(new Column[0]);
            }
            boolean[] in = new boolean[Column.count()];
            for (Column c : present) {
                in[c.ordinal()] = true;
            }
            lastPresent = present;
            foreign = byKind;
            listed = in;
        }
        return foreign[kind.ordinal()];
    }

    private void doesNotApply(Column c, LineKind kind) {
        problem(c, "does not apply to a " + kind.code() + " line (it is for " + kindsOf(c) + "); leave it empty");
    }

    private static String kinds() {
        return String.join(", ", Arrays.stream(LineKind.values()).map(LineKind::code).toList());
    }

    private static String kindsOf(Column c) {
        return String.join(", ", c.kinds().stream().map(LineKind::code).toList()) + " lines";
    }

    private void problem(Column c, String reason) {
        problems.add(new ColumnProblem(c.header(), has(c) ? f.get(c) : "", reason));
    }

    private void problem(Column c, IllegalArgumentException e) {
        problem(c, e.getMessage());
    }

    /** The column's number: NaN when absent or not a number (a problem is then recorded). */
    private double number(Column c) {
        if (!has(c)) {
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

    /** Whether the column has a value (asked of the fields only for a column in the record's list). */
    private boolean has(Column c) {
        return inHeader[c.ordinal()] && f.has(c);
    }

    /**
     * The whole number of a column known to have a value, or Integer.MIN_VALUE when it is not one (a problem is
     * then recorded).
     */
    private int wholeNumber(Column c) {
        return wholeNumber(c, f.plainNumber(c));
    }

    private int wholeNumber(Column c, double plain) {
        double d = plain;
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

    /** The column's whole number, or Integer.MIN_VALUE when absent or not one (a problem is then recorded). */
    private int givenInteger(Column c) {
        return has(c) ? wholeNumber(c) : Integer.MIN_VALUE;
    }

    /** The column's text, "" when absent (the fields are asked only about a column in the record's list). */
    private String text(Column c) {
        return inHeader[c.ordinal()] ? f.get(c) : "";
    }

    /** Gives the column's whole number, when given, to {@code setter}; a refusal is the column's problem. */
    private void setInteger(Column c, java.util.function.IntConsumer setter) {
        int y = givenInteger(c);
        if (y != Integer.MIN_VALUE) {
            try {
                setter.accept(y);
            } catch (IllegalArgumentException e) {
                problem(c, e);
            }
        }
    }

    /** Gives the column's text, when not empty, to {@code setter}; a refusal is recorded as the column's problem. */
    private void setText(Column c, java.util.function.Consumer<String> setter) {
        String t = text(c);
        if (!t.isEmpty()) {
            try {
                setter.accept(t);
            } catch (IllegalArgumentException e) {
                problem(c, e);
            }
        }
    }

    /**
     * Two columns that go together: both or neither (a problem names the missing one). True when both are given
     * (their values may still be refused by the setter).
     */
    private boolean together(Column a, Column b) {
        boolean ha = has(a);
        boolean hb = has(b);
        if (ha != hb) {
            problem(ha ? b : a, a.header() + " and " + b.header() + " go together; give both or neither");
        }
        return ha && hb;
    }

    /** The constant the (given) column names, or null (a problem is recorded). */
    private <E extends Enum<E>> E enumValue(Column c, Class<E> type) {
        String t = f.get(c);
        int k = c.ordinal();
        if (t == enumText[k]) {
            return type.cast(enumConstant[k]);
        }
        String n = t.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(n)) {
                enumText[k] = t;
                enumConstant[k] = e;
                return e;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        problem(c, "expected one of " + String.join(", ", names) + ", was '" + t + "'" + Suggestions.didYouMean(t, names));
        return null;
    }

    /** The line's {@code convention} column, or null when empty (or wrong: a problem is recorded). */
    private Convention convention() {
        return has(Column.CONVENTION) ? enumValue(Column.CONVENTION, Convention.class) : null;
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

    // Each kind: one builder, setters applied column by column, a setter's complaint attributed to its column (the
    // builder is left unchanged by a refused value, so the other columns are still checked); one line at the end.

    private InventoryLine device(double q, String category) {
        if (category.isEmpty()) {
            problem(Column.CATEGORY, "a device line needs a category (laptop, monitor, smartphone…; see `impact"
                    + " factors list device.`)");
            return null;
        }
        DeviceFleet.Builder d;
        try {
            d = DeviceFleet.builder(category, q);
        } catch (IllegalArgumentException e) {
            problem(Column.QUANTITY, e);
            try {
                d = DeviceFleet.builder(category, 1); // to go on checking the other columns
            } catch (IllegalArgumentException again) {
                return null;
            }
        }
        setText(Column.LABEL, d::label);
        setText(Column.GROUP, d::group);
        setText(Column.TERMINAL_ARCHETYPE, d::archetype);
        String blocks = text(Column.IOT_BLOCKS);
        for (String item : blocks.isEmpty() ? new String[0] : blocks.trim().split("\\s+")) {
            int colon = item.indexOf(':');
            String level = colon < 0 ? "" : item.substring(colon + 1);
            if (colon <= 0 || !level.matches("[0-3]")) {
                problem(Column.IOT_BLOCKS, "'" + item + "' must be block:level with a level 0 to 3, e.g. casing:1");
                continue;
            }
            try {
                d.iotBlock(item.substring(0, colon), Integer.parseInt(level));
            } catch (IllegalArgumentException e) {
                problem(Column.IOT_BLOCKS, e);
            }
        }
        Convention convention = convention();
        if (convention != null) {
            d.convention(convention);
        }
        String zone = text(Column.ZONE);
        if (!zone.isEmpty()) {
            try {
                d.zone(zone);
            } catch (IllegalArgumentException e) {
                problem(Column.ZONE, e);
            }
        }
        double v = number(Column.LIFETIME_YEARS);
        if (!Double.isNaN(v)) {
            try {
                d.lifetimeYears(v);
            } catch (IllegalArgumentException e) {
                problem(Column.LIFETIME_YEARS, e);
            }
        }
        setInteger(Column.PURCHASE_YEAR, d::purchaseYear);
        setInteger(Column.RETIREMENT_YEAR, d::retirementYear);
        if (has(Column.CONDITION)) {
            Condition c = enumValue(Column.CONDITION, Condition.class);
            if (c != null) {
                d.condition(c);
            }
        }
        double before = number(Column.PREVIOUS_LIFE_YEARS);
        double after = number(Column.LATER_LIFE_YEARS);
        if (!Double.isNaN(before) || !Double.isNaN(after)) {
            try {
                d.secondLife(Double.isNaN(before) ? 0 : before, Double.isNaN(after) ? 0 : after);
            } catch (IllegalArgumentException e) {
                problem(e instanceof LineRejectedException r ? r.field().flatMap(Column::ofField)
                        .orElse(Column.PREVIOUS_LIFE_YEARS) : Column.PREVIOUS_LIFE_YEARS, e);
            }
        }
        v = number(Column.MASS_KG);
        if (!Double.isNaN(v)) {
            try {
                d.massKg(v);
            } catch (IllegalArgumentException e) {
                problem(Column.MASS_KG, e);
            }
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
                try {
                    d.use(UseProfile.powerHours(w, h));
                } catch (IllegalArgumentException e) {
                    problem(w <= 0 || !Double.isFinite(w) ? Column.POWER_WATTS : Column.HOURS_PER_DAY, e);
                }
            }
        } else if (kwh) {
            v = number(Column.KWH_PER_YEAR);
            if (!Double.isNaN(v)) {
                try {
                    d.energyKWhPerYear(v);
                } catch (IllegalArgumentException e) {
                    problem(Column.KWH_PER_YEAR, e);
                }
            }
        }
        return problems.isEmpty() ? d.build() : null;
    }

    private InventoryLine server(double q) {
        ServerFleet.Builder s;
        try {
            s = ServerFleet.builder(q);
        } catch (IllegalArgumentException e) {
            problem(Column.QUANTITY, e);
            s = ServerFleet.builder(1);
        }
        setText(Column.LABEL, s::label);
        setText(Column.GROUP, s::group);
        String zone = text(Column.ZONE);
        if (!zone.isEmpty()) {
            try {
                s.zone(zone);
            } catch (IllegalArgumentException e) {
                problem(Column.ZONE, e);
            }
        }
        double v = number(Column.LIFETIME_YEARS);
        if (!Double.isNaN(v)) {
            try {
                s.lifetimeYears(v);
            } catch (IllegalArgumentException e) {
                problem(Column.LIFETIME_YEARS, e);
            }
        }
        setInteger(Column.PURCHASE_YEAR, s::purchaseYear);
        setInteger(Column.RETIREMENT_YEAR, s::retirementYear);
        if (pair(Column.CPU_UNITS, Column.CPU_CORES, true)) {
            try {
                s.cpu(pairUnits, (int) pairValue);
            } catch (IllegalArgumentException e) {
                pairProblem(Column.CPU_UNITS, Column.CPU_CORES, e);
            }
        }
        v = number(Column.CPU_DIE_PER_CORE_MM2);
        if (!Double.isNaN(v)) {
            try {
                s.cpuDieAreaPerCoreMm2(v);
            } catch (IllegalArgumentException e) {
                problem(Column.CPU_DIE_PER_CORE_MM2, e);
            }
        }
        v = number(Column.CPU_DIE_AREA_MM2);
        if (!Double.isNaN(v)) {
            try {
                s.cpuDieAreaMm2(v);
            } catch (IllegalArgumentException e) {
                problem(Column.CPU_DIE_AREA_MM2, e);
            }
        }
        v = number(Column.CPU_TDP_WATTS);
        if (!Double.isNaN(v)) {
            try {
                s.cpuTdpWatts(v);
            } catch (IllegalArgumentException e) {
                problem(Column.CPU_TDP_WATTS, e);
            }
        }
        v = number(Column.LOAD);
        if (!Double.isNaN(v)) {
            try {
                s.load(v);
            } catch (IllegalArgumentException e) {
                problem(Column.LOAD, e);
            }
        }
        if (pair(Column.RAM_UNITS, Column.RAM_GB, false)) {
            try {
                s.ram(pairUnits, pairValue);
            } catch (IllegalArgumentException e) {
                pairProblem(Column.RAM_UNITS, Column.RAM_GB, e);
            }
        }
        v = number(Column.RAM_DENSITY);
        if (!Double.isNaN(v)) {
            try {
                s.ramDensity(v);
            } catch (IllegalArgumentException e) {
                problem(Column.RAM_DENSITY, e);
            }
        }
        if (pair(Column.SSD_UNITS, Column.SSD_GB, false)) {
            try {
                s.ssd(pairUnits, pairValue);
            } catch (IllegalArgumentException e) {
                pairProblem(Column.SSD_UNITS, Column.SSD_GB, e);
            }
        }
        v = number(Column.SSD_DENSITY);
        if (!Double.isNaN(v)) {
            try {
                s.ssdDensity(v);
            } catch (IllegalArgumentException e) {
                problem(Column.SSD_DENSITY, e);
            }
        }
        int u = givenInteger(Column.HDD_UNITS);
        if (u != Integer.MIN_VALUE) {
            try {
                s.hdd(u);
            } catch (IllegalArgumentException e) {
                problem(Column.HDD_UNITS, e);
            }
        }
        if (pair(Column.PSU_UNITS, Column.PSU_MASS_KG, false)) {
            try {
                s.powerSupplies(pairUnits, pairValue);
            } catch (IllegalArgumentException e) {
                pairProblem(Column.PSU_UNITS, Column.PSU_MASS_KG, e);
            }
        }
        if (has(Column.CASE_TYPE)) {
            CaseType c = enumValue(Column.CASE_TYPE, CaseType.class);
            if (c != null) {
                s.caseType(c);
            }
        }
        v = number(Column.AVERAGE_POWER_WATTS);
        if (!Double.isNaN(v)) {
            try {
                s.averagePowerWatts(v);
            } catch (IllegalArgumentException e) {
                problem(Column.AVERAGE_POWER_WATTS, e);
            }
        }
        v = number(Column.PUE);
        if (!Double.isNaN(v)) {
            try {
                s.pue(v);
            } catch (IllegalArgumentException e) {
                problem(Column.PUE, e);
            }
        }
        setText(Column.SERVER_ARCHETYPE, s::archetype);
        setText(Column.CPU_NAME, s::cpuName);
        setText(Column.CPU_FAMILY, s::cpuFamily);
        setInteger(Column.GPU_UNITS, s::gpu);
        setText(Column.GPU_NAME, s::gpuName);
        v = number(Column.GPU_MEMORY_GB);
        if (!Double.isNaN(v)) {
            try {
                s.gpuMemoryGb(v);
            } catch (IllegalArgumentException e) {
                problem(Column.GPU_MEMORY_GB, e);
            }
        }
        v = number(Column.GPU_POWER_WATTS);
        if (!Double.isNaN(v)) {
            try {
                s.gpuPowerWatts(v);
            } catch (IllegalArgumentException e) {
                problem(Column.GPU_POWER_WATTS, e);
            }
        }
        String cloud = text(Column.CLOUD_INSTANCE).strip();
        if (!cloud.isEmpty()) {
            String[] pt = cloud.split("\\s+", 2);
            if (pt.length < 2) {
                problem(Column.CLOUD_INSTANCE, "expected a provider and an instance type separated by a space (e.g."
                        + " 'aws m5.xlarge'), was '" + cloud + "'");
            } else {
                try {
                    s.cloudInstance(pt[0], pt[1]);
                } catch (IllegalArgumentException e) {
                    problem(Column.CLOUD_INSTANCE, e);
                }
            }
        }
        setText(Column.RAM_MANUFACTURER, s::ramManufacturer);
        v = number(Column.RAM_PROCESS_NM);
        if (!Double.isNaN(v)) {
            try {
                s.ramProcessNm(v);
            } catch (IllegalArgumentException e) {
                problem(Column.RAM_PROCESS_NM, e);
            }
        }
        setText(Column.SSD_MANUFACTURER, s::ssdManufacturer);
        setInteger(Column.SSD_LAYERS, s::ssdLayers);
        v = number(Column.USE_TIME_RATIO);
        if (!Double.isNaN(v)) {
            try {
                s.useTimeRatio(v);
            } catch (IllegalArgumentException e) {
                problem(Column.USE_TIME_RATIO, e);
            }
        }
        Convention convention = convention();
        if (convention != null) {
            s.convention(convention);
        }
        return problems.isEmpty() ? s.build() : null;
    }

    /**
     * Two columns that go together (units and size): both or neither. True when both are given and valid, their
     * values then in {@link #pairUnits} and {@link #pairValue}.
     */
    private boolean pair(Column units, Column value, boolean valueIsInt) {
        boolean hu = has(units);
        boolean hv = has(value);
        if (hu != hv) {
            problem(hu ? value : units, units.header() + " and " + value.header() + " go together; give both or"
                    + " neither");
            return false;
        }
        if (!hu) {
            return false;
        }
        int u = wholeNumber(units);
        double v;
        if (valueIsInt) {
            int w = wholeNumber(value); // Integer.MIN_VALUE only when refused (the problem is recorded)
            v = w == Integer.MIN_VALUE ? Double.NaN : w;
        } else {
            v = number(value); // any number, -2147483648 included: the setter decides
        }
        if (u == Integer.MIN_VALUE || Double.isNaN(v)) {
            return false;
        }
        pairUnits = u;
        pairValue = v;
        return true;
    }

    private void pairProblem(Column units, Column value, IllegalArgumentException e) {
        problem(e.getMessage().contains(".units") ? units : value, e);
    }

    private InventoryLine network(double q) {
        NetworkTransfer.Builder n;
        try {
            n = NetworkTransfer.builderOfGb(q);
        } catch (IllegalArgumentException e) {
            problem(Column.QUANTITY, e);
            n = NetworkTransfer.builderOfGb(1);
        }
        setText(Column.LABEL, n::label);
        setText(Column.GROUP, n::group);
        String zone = text(Column.ZONE);
        if (!zone.isEmpty()) {
            try {
                n.zone(zone);
            } catch (IllegalArgumentException e) {
                problem(Column.ZONE, e);
            }
        }
        if (has(Column.NETWORK_KIND)) {
            NetworkKind k = enumValue(Column.NETWORK_KIND, NetworkKind.class);
            if (k != null) {
                n.kind(k);
            }
        }
        if (has(Column.NETWORK_MODEL)) {
            NetworkModel m = enumValue(Column.NETWORK_MODEL, NetworkModel.class);
            if (m != null) {
                n.model(m);
            }
        }
        if (has(Column.INCLUDE_BOX)) {
            Boolean b = bool(Column.INCLUDE_BOX);
            if (Boolean.FALSE.equals(b)) {
                n.withoutBox();
            }
        }
        double v = number(Column.GREEN_HOSTING);
        if (!Double.isNaN(v)) {
            try {
                n.greenHosting(v);
            } catch (IllegalArgumentException e) {
                problem(Column.GREEN_HOSTING, e);
            }
        }
        if (has(Column.MODEL_GRID_INTENSITY)) {
            Boolean b = bool(Column.MODEL_GRID_INTENSITY);
            if (Boolean.TRUE.equals(b)) {
                n.modelGridIntensity();
            }
        }
        Convention convention = convention();
        if (convention != null) {
            n.convention(convention);
        }
        return problems.isEmpty() ? n.build() : null;
    }

    private InventoryLine storage(double q) {
        DataStorage.Builder s;
        try {
            s = DataStorage.builderOfTbYears(q);
        } catch (IllegalArgumentException e) {
            problem(Column.QUANTITY, e);
            s = DataStorage.builderOfTbYears(1);
        }
        setText(Column.LABEL, s::label);
        setText(Column.GROUP, s::group);
        String zone = text(Column.ZONE);
        if (!zone.isEmpty()) {
            try {
                s.zone(zone);
            } catch (IllegalArgumentException e) {
                problem(Column.ZONE, e);
            }
        }
        if (has(Column.MEDIUM)) {
            StorageMedium m = enumValue(Column.MEDIUM, StorageMedium.class);
            if (m != null) {
                s.medium(m);
            }
        }
        if (has(Column.STORAGE_MODEL)) {
            StorageModel m = enumValue(Column.STORAGE_MODEL, StorageModel.class);
            if (m != null) {
                s.model(m);
            }
        }
        double v = number(Column.REPLICATION);
        if (!Double.isNaN(v)) {
            try {
                s.replication(v);
            } catch (IllegalArgumentException e) {
                problem(Column.REPLICATION, e);
            }
        }
        v = number(Column.PUE);
        if (!Double.isNaN(v)) {
            try {
                s.pue(v);
            } catch (IllegalArgumentException e) {
                problem(Column.PUE, e);
            }
        }
        setText(Column.PROVIDER, s::provider);
        setText(Column.REGION, s::region);
        setText(Column.SERVICE, s::service);
        Convention convention = convention();
        if (convention != null) {
            s.convention(convention);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return s.build();
        } catch (LineRejectedException e) {
            // a region or service without a provider, a service with a replication
            String field = e.field().orElse("");
            problem(field.equals("replication") ? Column.REPLICATION : field.equals("region") ? Column.REGION
                    : Column.SERVICE, e);
            return null;
        }
    }

    private InventoryLine cloud(double q) {
        String provider = f.get(Column.PROVIDER);
        if (provider.isEmpty()) {
            problem(Column.PROVIDER, "a cloud line needs a provider (aws, azure, gcp)");
            return null;
        }
        CloudCompute.Builder c;
        try {
            c = CloudCompute.builder(provider, q);
        } catch (IllegalArgumentException e) {
            problem(Column.QUANTITY, e);
            try {
                c = CloudCompute.builder(provider, 1);
            } catch (IllegalArgumentException again) {
                return null;
            }
        }
        setText(Column.LABEL, c::label);
        setText(Column.GROUP, c::group);
        String zone = text(Column.ZONE);
        if (!zone.isEmpty()) {
            try {
                c.zone(zone);
            } catch (IllegalArgumentException e) {
                problem(Column.ZONE, e);
            }
        }
        double v = number(Column.UTILISATION);
        if (!Double.isNaN(v)) {
            try {
                c.utilisation(v);
            } catch (IllegalArgumentException e) {
                problem(Column.UTILISATION, e);
            }
        }
        v = number(Column.MEMORY_GB_HOURS);
        if (!Double.isNaN(v)) {
            try {
                c.memoryGbHours(v);
            } catch (IllegalArgumentException e) {
                problem(Column.MEMORY_GB_HOURS, e);
            }
        }
        v = number(Column.PUE);
        if (!Double.isNaN(v)) {
            try {
                c.pue(v);
            } catch (IllegalArgumentException e) {
                problem(Column.PUE, e);
            }
        }
        v = number(Column.NETWORK_GB);
        if (!Double.isNaN(v)) {
            try {
                c.networkGb(v);
            } catch (IllegalArgumentException e) {
                problem(Column.NETWORK_GB, e);
            }
        }
        setText(Column.REGION, c::region);
        setText(Column.MICROARCHITECTURE, c::microarchitecture);
        setText(Column.INSTANCE_TYPE, c::instanceType);
        if (together(Column.GPU_HOURS, Column.CLOUD_GPU)) {
            try {
                c.gpu(text(Column.CLOUD_GPU), number(Column.GPU_HOURS));
            } catch (IllegalArgumentException e) {
                problem(String.valueOf(e.getMessage()).contains("gpuHours") ? Column.GPU_HOURS : Column.CLOUD_GPU, e);
            }
        }
        Convention convention = convention();
        if (convention != null) {
            c.convention(convention);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return c.build();
        } catch (IllegalArgumentException e) {
            problem(Column.QUANTITY, e); // 0 vCPU-hours and nothing else
            return null;
        }
    }

    /**
     * An agents' usage survey on an ai line: agents × uses_per_day × working_days uses of the ai_task (text by
     * default), then the ai line's other columns (model, zone, PUE...).
     */
    private InventoryLine aiSurvey() {
        for (Column c : new Column[] {Column.USES_PER_DAY, Column.WORKING_DAYS}) {
            if (!has(c)) {
                problem(c, "an ai survey line needs agents, uses_per_day and working_days; " + c.header()
                        + " is missing");
            }
        }
        for (Column c : new Column[] {Column.AI_UNIT, Column.INPUT_TOKENS}) {
            if (has(c)) {
                problem(c, "an ai survey line counts requests or images by its ai_task; leave " + c.header()
                        + " empty");
            }
        }
        double agents = number(Column.AGENTS);
        double uses = number(Column.USES_PER_DAY);
        double days = number(Column.WORKING_DAYS);
        AiTask task = has(Column.AI_TASK) ? enumValue(Column.AI_TASK, AiTask.class) : AiTask.TEXT;
        if (!problems.isEmpty() || task == null || Double.isNaN(agents) || Double.isNaN(uses)
                || Double.isNaN(days)) {
            return null;
        }
        AiInference.Builder a;
        try {
            a = AiInference.surveyBuilder(agents, uses, days, task);
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            problem(m.startsWith("agents") ? Column.AGENTS : m.startsWith("usesPerDay") ? Column.USES_PER_DAY
                    : Column.WORKING_DAYS, e);
            return null;
        }
        return aiTail(a);
    }

    private InventoryLine ai(double q) {
        AiUnit unit = has(Column.AI_UNIT) ? enumValue(Column.AI_UNIT, AiUnit.class) : AiUnit.REQUEST;
        AiTask task = has(Column.AI_TASK) ? enumValue(Column.AI_TASK, AiTask.class) : null;
        if (unit == null || has(Column.AI_TASK) && task == null) {
            return null;
        }
        AiInference.Builder a;
        try {
            a = AiInference.builder(unit, q);
        } catch (IllegalArgumentException e) {
            problem(Column.QUANTITY, e);
            a = AiInference.builder(unit, 1);
        }
        if (task != null) {
            a.task(task);
        }
        double in = number(Column.INPUT_TOKENS);
        if (!Double.isNaN(in)) {
            try {
                a.inputTokens(in);
            } catch (IllegalArgumentException e) {
                problem(Column.INPUT_TOKENS, e);
            }
        }
        return aiTail(a);
    }

    /** The columns an ai line and an ai survey line share: model, label, group, zone, PUE, embodied. */
    private InventoryLine aiTail(AiInference.Builder a) {
        boolean size = has(Column.AI_SIZE);
        boolean wh = has(Column.WH_PER_REQUEST);
        boolean model = has(Column.AI_MODEL);
        boolean params = has(Column.AI_PARAMETERS) || has(Column.AI_ACTIVE_PARAMETERS);
        if ((size ? 1 : 0) + (wh ? 1 : 0) + (model ? 1 : 0) + (params ? 1 : 0) > 1) {
            problem(wh ? Column.WH_PER_REQUEST : model ? Column.AI_MODEL : Column.AI_PARAMETERS, "an ai line takes"
                    + " one of ai_size, ai_model, ai_parameters_billions or wh_per_request, not several");
            return null;
        }
        if (params && together(Column.AI_PARAMETERS, Column.AI_ACTIVE_PARAMETERS)) {
            try {
                a.parameters(number(Column.AI_PARAMETERS), number(Column.AI_ACTIVE_PARAMETERS));
            } catch (IllegalArgumentException e) {
                problem(String.valueOf(e.getMessage()).startsWith("total") ? Column.AI_PARAMETERS
                        : Column.AI_ACTIVE_PARAMETERS, e);
            }
        }
        if (together(Column.AI_DEVICE, Column.AI_DEVICE_SECONDS)) {
            try {
                a.device(text(Column.AI_DEVICE), number(Column.AI_DEVICE_SECONDS));
            } catch (IllegalArgumentException e) {
                problem(String.valueOf(e.getMessage()).startsWith("deviceSeconds") ? Column.AI_DEVICE_SECONDS
                        : Column.AI_DEVICE, e);
            }
        }
        if (size) {
            AiModelSize s = enumValue(Column.AI_SIZE, AiModelSize.class);
            if (s == null) {
                return null;
            }
            a.model(s.name());
        } else if (model) {
            try {
                a.model(text(Column.AI_MODEL));
            } catch (IllegalArgumentException e) {
                problem(Column.AI_MODEL, e);
            }
        } else if (wh) {
            double w = number(Column.WH_PER_REQUEST);
            if (Double.isNaN(w)) {
                return null;
            }
            try {
                a.whPerUnit(w);
            } catch (IllegalArgumentException e) {
                problem(Column.WH_PER_REQUEST, e);
            }
        }
        setText(Column.LABEL, a::label);
        setText(Column.GROUP, a::group);
        String zone = text(Column.ZONE);
        if (!zone.isEmpty()) {
            try {
                a.zone(zone);
            } catch (IllegalArgumentException e) {
                problem(Column.ZONE, e);
            }
        }
        double v = number(Column.PUE);
        if (!Double.isNaN(v)) {
            try {
                a.pue(v);
            } catch (IllegalArgumentException e) {
                problem(Column.PUE, e);
            }
        }
        v = number(Column.EMBODIED_PER_REQUEST);
        if (!Double.isNaN(v)) {
            try {
                a.embodiedKgCo2ePerRequest(v);
            } catch (IllegalArgumentException e) {
                problem(Column.EMBODIED_PER_REQUEST, e);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return a.build();
        } catch (IllegalArgumentException e) {
            problem(Column.INPUT_TOKENS, e);
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------------- encode

    /** The column values of a line (only the columns it sets), numbers formatted to round-trip exactly. */
    static Map<Column, Object> encode(InventoryLine line) {
        Map<Column, Object> m = new EnumMap<>(Column.class);
        LineKind kind = LineKind.of(line);
        m.put(Column.KIND, kind.code());
        m.put(Column.LABEL, line.label());
        line.group().ifPresent(g -> m.put(Column.GROUP, g));
        if (kind == LineKind.DEVICE) {
            m.put(Column.CATEGORY, line.category());
        }
        m.put(Column.QUANTITY, line.quantity());
        line.zone().ifPresent(z -> m.put(Column.ZONE, z));
        line.convention().ifPresent(c -> m.put(Column.CONVENTION, lower(c)));
        if (line instanceof DeviceFleet) {
            DeviceFleet d = (DeviceFleet) line;
            d.lifetimeYears().ifPresent(v -> m.put(Column.LIFETIME_YEARS, v));
            d.purchaseYear().ifPresent(v -> m.put(Column.PURCHASE_YEAR, v));
            d.retirementYear().ifPresent(v -> m.put(Column.RETIREMENT_YEAR, v));
            if (d.previousLifeYears() > 0) {
                m.put(Column.PREVIOUS_LIFE_YEARS, d.previousLifeYears());
            }
            if (d.laterLifeYears() > 0) {
                m.put(Column.LATER_LIFE_YEARS, d.laterLifeYears());
            }
            if (d.condition() != Condition.NEW) {
                m.put(Column.CONDITION, lower(d.condition()));
            }
            d.massKg().ifPresent(v -> m.put(Column.MASS_KG, v));
            d.archetype().ifPresent(v -> m.put(Column.TERMINAL_ARCHETYPE, v));
            if (!d.iotBlocks().isEmpty()) {
                StringBuilder b = new StringBuilder();
                d.iotBlocks().forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append(':').append(v));
                m.put(Column.IOT_BLOCKS, b.toString());
            }
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
            s.retirementYear().ifPresent(v -> m.put(Column.RETIREMENT_YEAR, v));
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
            ServerFleet.Detail more = c.detail();
            if (!more.moreRam().isEmpty() || !more.moreSsd().isEmpty() || !more.workload().isEmpty()) {
                throw new IllegalArgumentException("server line '" + line.label() + "' has "
                        + (!more.workload().isEmpty() ? "a mixed workload" : "several RAM or SSD groups")
                        + ", which the inventory file layout has no columns for (Java API only)");
            }
            c.hddUnits().ifPresent(v -> m.put(Column.HDD_UNITS, v + more.moreHdd()));
            c.psuUnits().ifPresent(v -> m.put(Column.PSU_UNITS, v));
            c.psuMassKg().ifPresent(v -> m.put(Column.PSU_MASS_KG, v));
            c.caseType().ifPresent(v -> m.put(Column.CASE_TYPE, lower(v)));
            c.averagePowerWatts().ifPresent(v -> m.put(Column.AVERAGE_POWER_WATTS, v));
            c.pue().ifPresent(v -> m.put(Column.PUE, v));
            ServerFleet.Detail x = c.detail();
            x.archetype().ifPresent(v -> m.put(Column.SERVER_ARCHETYPE, v));
            x.cpuName().ifPresent(v -> m.put(Column.CPU_NAME, v));
            x.cpuFamily().ifPresent(v -> m.put(Column.CPU_FAMILY, v));
            x.gpuUnits().ifPresent(v -> m.put(Column.GPU_UNITS, v));
            x.gpuName().ifPresent(v -> m.put(Column.GPU_NAME, v));
            x.gpuMemoryGb().ifPresent(v -> m.put(Column.GPU_MEMORY_GB, v));
            x.gpuPowerWatts().ifPresent(v -> m.put(Column.GPU_POWER_WATTS, v));
            x.cloud().ifPresent(v -> m.put(Column.CLOUD_INSTANCE, v.provider() + " " + v.instanceType()));
            x.useTimeRatio().ifPresent(v -> m.put(Column.USE_TIME_RATIO, v));
            x.ramManufacture().manufacturer().ifPresent(v -> m.put(Column.RAM_MANUFACTURER, v));
            x.ramManufacture().generation().ifPresent(v -> m.put(Column.RAM_PROCESS_NM, v));
            x.ssdManufacture().manufacturer().ifPresent(v -> m.put(Column.SSD_MANUFACTURER, v));
            x.ssdManufacture().generation().ifPresent(v -> m.put(Column.SSD_LAYERS, (int) v));
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
            s.provider().ifPresent(v -> m.put(Column.PROVIDER, v));
            s.region().ifPresent(v -> m.put(Column.REGION, v));
            s.service().ifPresent(v -> m.put(Column.SERVICE, v));
        } else if (line instanceof CloudCompute) {
            CloudCompute c = (CloudCompute) line;
            m.put(Column.PROVIDER, c.provider());
            c.utilisation().ifPresent(v -> m.put(Column.UTILISATION, v));
            if (c.memoryGbHours() != 0) {
                m.put(Column.MEMORY_GB_HOURS, c.memoryGbHours());
            }
            c.pue().ifPresent(v -> m.put(Column.PUE, v));
            if (c.networkGb() != 0) {
                m.put(Column.NETWORK_GB, c.networkGb());
            }
            c.region().ifPresent(v -> m.put(Column.REGION, v));
            c.microarchitecture().ifPresent(v -> m.put(Column.MICROARCHITECTURE, v));
            c.instanceType().ifPresent(v -> m.put(Column.INSTANCE_TYPE, v));
            c.gpu().ifPresent(v -> {
                m.put(Column.GPU_HOURS, c.gpuHours());
                m.put(Column.CLOUD_GPU, v);
            });
        } else if (line instanceof AiInference) {
            AiInference a = (AiInference) line;
            a.size().ifPresent(v -> m.put(Column.AI_SIZE, lower(v)));
            a.model().ifPresent(v -> m.put(Column.AI_MODEL, v));
            a.totalBillions().ifPresent(v -> m.put(Column.AI_PARAMETERS, v));
            a.activeBillions().ifPresent(v -> m.put(Column.AI_ACTIVE_PARAMETERS, v));
            a.deviceCategory().ifPresent(v -> m.put(Column.AI_DEVICE, v));
            a.deviceSecondsPerUse().ifPresent(v -> m.put(Column.AI_DEVICE_SECONDS, v));
            if (a.unit() != AiUnit.REQUEST) {
                m.put(Column.AI_UNIT, lower(a.unit()));
            }
            a.task().ifPresent(v -> m.put(Column.AI_TASK, lower(v)));
            if (a.inputTokens() > 0) {
                m.put(Column.INPUT_TOKENS, a.inputTokens());
            }
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
