package dev.impact.io;

import static dev.impact.io.LineKind.AI;
import static dev.impact.io.LineKind.CLOUD;
import static dev.impact.io.LineKind.DEVICE;
import static dev.impact.io.LineKind.NETWORK;
import static dev.impact.io.LineKind.SERVER;
import static dev.impact.io.LineKind.STORAGE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of the inventory CSV layout, which are also the property names of the JSON layout. Every option of
 * every line kind has one; a column that does not apply to a line's kind must be left empty.
 */
enum Column {
    KIND("kind", Type.ENUM, all(), "line kind: device, server, network, storage, cloud, ai (required)"),
    LABEL("label", Type.TEXT, all(), "free text shown in reports (default: the category)"),
    GROUP("group", Type.TEXT, all(), "the site, service or entity the line belongs to (free text); reports sum the"
            + " lines per group"),
    CATEGORY("category", Type.TEXT, all(),
            "device category from the catalog (laptop, monitor, smartphone…; required for devices); for other kinds"
                    + " empty or the kind's own category (server, network, storage, cloud, ai)"),
    QUANTITY("quantity", Type.NUMBER, all(),
            "devices or servers (count), network GB, storage TB-years, cloud vCPU-hours, AI requests (> 0, required)"),
    ZONE("zone", Type.TEXT, all(), "electricity zone, e.g. FR (default: the assessment's zone)"),
    LIFETIME_YEARS("lifetime_years", Type.NUMBER, EnumSet.of(DEVICE, SERVER), "lifetime in years (> 0)"),
    PURCHASE_YEAR("purchase_year", Type.INTEGER, EnumSet.of(DEVICE, SERVER), "year bought (flow and amortised"
            + " accounting)"),
    RETIREMENT_YEAR("retirement_year", Type.INTEGER, EnumSet.of(DEVICE, SERVER), "year taken out of service: with"
            + " purchase_year, the effective lifetime when lifetime_years is empty"),
    PREVIOUS_LIFE_YEARS("previous_life_years", Type.NUMBER, EnumSet.of(DEVICE), "second life: years of use before"
            + " the organisation (lifetime-proportional allocation)"),
    LATER_LIFE_YEARS("later_life_years", Type.NUMBER, EnumSet.of(DEVICE), "second life: years of use expected after"
            + " the organisation (lifetime-proportional allocation)"),
    CONDITION("condition", Type.ENUM, EnumSet.of(DEVICE), "new or refurbished (default new)"),
    MASS_KG("mass_kg", Type.NUMBER, EnumSet.of(DEVICE), "mass of one device in kg (e-waste)"),
    POWER_WATTS("power_watts", Type.NUMBER, EnumSet.of(DEVICE), "average power while on, W (with hours_per_day)"),
    HOURS_PER_DAY("hours_per_day", Type.NUMBER, EnumSet.of(DEVICE), "hours on per day (with power_watts)"),
    KWH_PER_YEAR("kwh_per_year", Type.NUMBER, EnumSet.of(DEVICE), "electricity per device per year, kWh (instead of"
            + " power and hours)"),
    CPU_UNITS("cpu_units", Type.INTEGER, EnumSet.of(SERVER), "CPU sockets (with cpu_cores)"),
    CPU_CORES("cpu_cores", Type.INTEGER, EnumSet.of(SERVER), "cores per CPU (with cpu_units)"),
    CPU_DIE_PER_CORE_MM2("cpu_die_per_core_mm2", Type.NUMBER, EnumSet.of(SERVER), "die area per core, mm²"),
    CPU_DIE_AREA_MM2("cpu_die_area_mm2", Type.NUMBER, EnumSet.of(SERVER), "die area of one CPU, mm²"),
    CPU_TDP_WATTS("cpu_tdp_watts", Type.NUMBER, EnumSet.of(SERVER), "thermal design power of one CPU, W"),
    LOAD("load", Type.NUMBER, EnumSet.of(SERVER), "average CPU load, 0 to 1"),
    RAM_UNITS("ram_units", Type.INTEGER, EnumSet.of(SERVER), "memory modules (with ram_gb)"),
    RAM_GB("ram_gb", Type.NUMBER, EnumSet.of(SERVER), "GB per memory module (with ram_units)"),
    RAM_DENSITY("ram_density_gb_per_cm2", Type.NUMBER, EnumSet.of(SERVER), "memory density, GB per cm² of die"),
    SSD_UNITS("ssd_units", Type.INTEGER, EnumSet.of(SERVER), "SSDs, may be 0 (with ssd_gb)"),
    SSD_GB("ssd_gb", Type.NUMBER, EnumSet.of(SERVER), "GB per SSD (with ssd_units)"),
    SSD_DENSITY("ssd_density_gb_per_cm2", Type.NUMBER, EnumSet.of(SERVER), "SSD density, GB per cm² of die"),
    HDD_UNITS("hdd_units", Type.INTEGER, EnumSet.of(SERVER), "hard disk drives, may be 0"),
    PSU_UNITS("psu_units", Type.INTEGER, EnumSet.of(SERVER), "power supplies (with psu_mass_kg)"),
    PSU_MASS_KG("psu_mass_kg", Type.NUMBER, EnumSet.of(SERVER), "kg per power supply (with psu_units)"),
    CASE_TYPE("case_type", Type.ENUM, EnumSet.of(SERVER), "rack or blade"),
    AVERAGE_POWER_WATTS("average_power_watts", Type.NUMBER, EnumSet.of(SERVER), "measured average power of one"
            + " server, W (bypasses the power model)"),
    PUE("pue", Type.NUMBER, EnumSet.of(SERVER, STORAGE, CLOUD, AI), "power usage effectiveness of the room or data"
            + " centre (>= 1)"),
    NETWORK_KIND("network_kind", Type.ENUM, EnumSet.of(NETWORK), "fixed, mobile or unspecified (default)"),
    NETWORK_MODEL("network_model", Type.ENUM, EnumSet.of(NETWORK), "per_gb (default), onebyte, swd_v3 or swd_v4"),
    INCLUDE_BOX("include_box", Type.BOOLEAN, EnumSet.of(NETWORK), "fixed network per-GB factors include the box"
            + " (default true)"),
    GREEN_HOSTING("green_hosting", Type.NUMBER, EnumSet.of(NETWORK), "share of the data-centre segment on renewable"
            + " electricity, 0 to 1 (onebyte, swd_v3, swd_v4)"),
    MODEL_GRID_INTENSITY("model_grid_intensity", Type.BOOLEAN, EnumSet.of(NETWORK), "use the model's own world grid"
            + " intensity instead of the zone's (default false)"),
    CONVENTION("convention", Type.ENUM, EnumSet.of(DEVICE, SERVER, NETWORK, STORAGE, CLOUD), "follow this peer tool's"
            + " conventions and data for the line: impact, co2js, ccf, boaviztapi or numecoeval (default: the"
            + " assessment's)"),
    MEDIUM("medium", Type.ENUM, EnumSet.of(STORAGE), "ssd, hdd, tape or unspecified (default)"),
    STORAGE_MODEL("storage_model", Type.ENUM, EnumSet.of(STORAGE), "hardware (default) or per_tb_year"),
    REPLICATION("replication", Type.NUMBER, EnumSet.of(STORAGE), "number of copies, >= 1 (default 1)"),
    PROVIDER("provider", Type.TEXT, EnumSet.of(STORAGE, CLOUD), "aws, azure or gcp (required for cloud; storage"
            + " hosted at that provider takes its PUE)"),
    UTILISATION("utilisation", Type.NUMBER, EnumSet.of(CLOUD), "average CPU utilisation, 0 to 1"),
    MEMORY_GB_HOURS("memory_gb_hours", Type.NUMBER, EnumSet.of(CLOUD), "memory use, GB-hours (default 0)"),
    REGION("cloud_region", Type.TEXT, EnumSet.of(STORAGE, CLOUD), "provider region, e.g. eu-west-3, francecentral,"
            + " europe-west9 (with provider): its country zone, its CCF factor under the ccf convention"),
    SERVICE("service", Type.TEXT, EnumSet.of(STORAGE), "provider storage service, e.g. s3, ebs, lrs,"
            + " storage-multi-region (with provider): CCF's replication factor (leave replication empty)"),
    MICROARCHITECTURE("microarchitecture", Type.TEXT, EnumSet.of(CLOUD), "CPU microarchitecture, e.g. skylake,"
            + " cascade-lake, graviton2, epyc-2nd-gen: CCF's watts per vCPU (default: the provider's average)"),
    INSTANCE_TYPE("instance_type", Type.TEXT, EnumSet.of(CLOUD), "instance type, e.g. m5.xlarge, n2-standard-8,"
            + " Standard_D4s_v3 (or AWS family m5): its embodied emissions (CCF)"),
    NETWORK_GB("network_gb", Type.NUMBER, EnumSet.of(CLOUD), "data transferred between the provider's regions, GB"
            + " (CCF networking, default 0; with quantity 0 a transfer-only line)"),
    GPU_HOURS("gpu_hours", Type.NUMBER, EnumSet.of(CLOUD), "GPU-hours (instance-hours x GPUs), with cloud_gpu: CCF's"
            + " GPU watts"),
    CLOUD_GPU("cloud_gpu", Type.TEXT, EnumSet.of(CLOUD), "GPU of the gpu_hours, CCF's name, e.g. Nvidia Tesla V100,"
            + " Nvidia T4"),
    AI_SIZE("ai_size", Type.ENUM, EnumSet.of(AI), "small, medium, large or reasoning (or give wh_per_request)"),
    WH_PER_REQUEST("wh_per_request", Type.NUMBER, EnumSet.of(AI), "measured energy per request, Wh (instead of"
            + " ai_size)"),
    EMBODIED_PER_REQUEST("embodied_kgco2e_per_request", Type.NUMBER, EnumSet.of(AI), "embodied share per request,"
            + " kgCO2e"),
    TERMINAL_ARCHETYPE("terminal_archetype", Type.TEXT, EnumSet.of(DEVICE), "BoaviztAPI terminal or peripheral"
            + " archetype, e.g. laptop-perso, tv-perso, vr-headset-oled, drone_mini (boaviztapi convention only)"),
    IOT_BLOCKS("iot_blocks", Type.TEXT, EnumSet.of(DEVICE), "BoaviztAPI IoT functional blocks with their hardware"
            + " security level 0-3, space-separated, e.g. casing:1 processing:2 sensing:2 (boaviztapi convention only)"),
    SERVER_ARCHETYPE("server_archetype", Type.TEXT, EnumSet.of(SERVER), "BoaviztAPI server archetype completing the"
            + " attributes left out, e.g. platform_compute_medium, dellR740"),
    CPU_NAME("cpu_name", Type.TEXT, EnumSet.of(SERVER), "CPU model, e.g. Intel Xeon Gold 6248 (completes TDP, cores"
            + " and die area)"),
    CPU_FAMILY("cpu_family", Type.TEXT, EnumSet.of(SERVER), "CPU family (code name), e.g. Cascade Lake (completes the"
            + " die area)"),
    GPU_UNITS("gpu_units", Type.INTEGER, EnumSet.of(SERVER), "GPUs per server, may be 0"),
    GPU_NAME("gpu_name", Type.TEXT, EnumSet.of(SERVER), "GPU model, e.g. NVIDIA A100 PCIe 40GB"),
    GPU_MEMORY_GB("gpu_memory_gb", Type.NUMBER, EnumSet.of(SERVER), "memory of one GPU, GB"),
    GPU_POWER_WATTS("gpu_power_watts", Type.NUMBER, EnumSet.of(SERVER), "average power of one GPU, W (without it,"
            + " GPUs add no energy)"),
    CLOUD_INSTANCE("cloud_instance", Type.TEXT, EnumSet.of(SERVER), "a BoaviztAPI cloud instance by provider and"
            + " type, separated by a space, e.g. aws m5.xlarge (its vCPUs, memory, storage and platform from"
            + " BoaviztAPI's tables; count = instances; no component columns)"),
    USE_TIME_RATIO("use_time_ratio", Type.NUMBER, EnumSet.of(SERVER), "share of the time the server or instance is"
            + " on, 0 to 1 (default 1): scales the use phase"),
    RAM_MANUFACTURER("ram_manufacturer", Type.TEXT, EnumSet.of(SERVER), "maker of the RAM modules, e.g. Samsung, SK"
            + " hynix, Micron (completes the RAM density from BoaviztAPI's table)"),
    RAM_PROCESS_NM("ram_process_nm", Type.NUMBER, EnumSet.of(SERVER), "RAM process node, nm (with or without"
            + " ram_manufacturer)"),
    SSD_MANUFACTURER("ssd_manufacturer", Type.TEXT, EnumSet.of(SERVER), "maker of the SSD's NAND, e.g. Samsung,"
            + " Micron (completes the SSD density from BoaviztAPI's table)"),
    SSD_LAYERS("ssd_layers", Type.INTEGER, EnumSet.of(SERVER), "number of NAND layers of the SSD"),
    AI_MODEL("ai_model", Type.TEXT, EnumSet.of(AI), "a model the catalog names (mistral-large-2, gemini, or a size"
            + " class); default: the catalog's default size"),
    AI_UNIT("ai_unit", Type.ENUM, EnumSet.of(AI), "what the quantity counts: request (default), token, image,"
            + " video_minute or audio_minute"),
    INPUT_TOKENS("input_tokens", Type.NUMBER, EnumSet.of(AI), "input tokens beside the output tokens of a token line"),
    AI_TASK("ai_task", Type.ENUM, EnumSet.of(AI), "kind of task of a request line: text, summary, translation or"
            + " image (its typical tokens from the catalog)"),
    AI_PARAMETERS("ai_parameters_billions", Type.NUMBER, EnumSet.of(AI), "total parameters of the model, billions"
            + " (with ai_active_parameters_billions; instead of ai_model)"),
    AI_ACTIVE_PARAMETERS("ai_active_parameters_billions", Type.NUMBER, EnumSet.of(AI), "active parameters per token,"
            + " billions (= total for a dense model)"),
    AI_DEVICE("ai_device", Type.TEXT, EnumSet.of(AI), "the requester's device category (laptop, desktop…), with"
            + " ai_device_seconds"),
    AI_DEVICE_SECONDS("ai_device_seconds", Type.NUMBER, EnumSet.of(AI), "seconds of the requester's device per use"),
    AGENTS("agents", Type.NUMBER, EnumSet.of(AI), "survey: number of agents using the service (with uses_per_day and"
            + " working_days; quantity left empty)"),
    USES_PER_DAY("uses_per_day", Type.NUMBER, EnumSet.of(AI), "survey: uses per agent per working day"),
    WORKING_DAYS("working_days", Type.NUMBER, EnumSet.of(AI), "survey: working days per year (at most 366)");

    /** The value type of a column (JSON type; CSV text is parsed accordingly). */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A decimal number. */
        NUMBER,
        /** A whole number. */
        INTEGER,
        /** true or false. */
        BOOLEAN,
        /** One of a fixed list of words. */
        ENUM
    }

    private static final Column[] VALUES = values();

    private final String header;
    private final Type type;
    private final Set<LineKind> kinds;
    private final String description;

    Column(String header, Type type, Set<LineKind> kinds, String description) {
        this.header = header;
        this.type = type;
        this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        this.description = description;
    }

    private static Set<LineKind> all() {
        return EnumSet.allOf(LineKind.class);
    }

    /** The CSV header and JSON property name, e.g. {@code lifetime_years}. */
    public String header() {
        return header;
    }

    /** The value type. */
    public Type type() {
        return type;
    }

    /** The line kinds this column applies to. */
    public Set<LineKind> kinds() {
        return kinds;
    }

    /** What the column holds, with its unit. */
    public String description() {
        return description;
    }

    /**
     * The column with this header (case-insensitive, trimmed) or one of its other names ("Quantité", "durée de vie";
     * see {@link Names}), or null.
     */
    public static Column ofHeader(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        for (Column c : VALUES) {
            if (c.header.equals(h)) {
                return c;
            }
        }
        return Names.column(header);
    }

    /** Line properties whose column is not their name in snake case: the quantities of each kind, and so on. */
    private static final java.util.Map<String, Column> BY_FIELD = java.util.Map.ofEntries(
            java.util.Map.entry("count", QUANTITY), java.util.Map.entry("requests", QUANTITY),
            java.util.Map.entry("volumeGb", QUANTITY), java.util.Map.entry("volumeBytes", QUANTITY),
            java.util.Map.entry("bytes", QUANTITY), java.util.Map.entry("vcpuHours", QUANTITY),
            java.util.Map.entry("tbYears", QUANTITY), java.util.Map.entry("gbMonths", QUANTITY),
            java.util.Map.entry("averagePower", AVERAGE_POWER_WATTS), java.util.Map.entry("size", AI_SIZE));

    /**
     * The column of a line property as the core names it in a {@link dev.impact.inventory.LineRejectedException}
     * ({@code purchaseYear} → {@code purchase_year}, {@code count} → {@code quantity}), if there is one.
     */
    static java.util.Optional<Column> ofField(String field) {
        Column c = BY_FIELD.get(field);
        if (c != null) {
            return java.util.Optional.of(c);
        }
        StringBuilder snake = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (Character.isUpperCase(ch)) {
                snake.append('_').append(Character.toLowerCase(ch));
            } else {
                snake.append(ch);
            }
        }
        return java.util.Optional.ofNullable(ofHeader(snake.toString()));
    }

    /** Number of columns. */
    static int count() {
        return VALUES.length;
    }

    static Column ofOrdinal(int i) {
        return VALUES[i];
    }
}
