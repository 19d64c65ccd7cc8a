package dev.impact.inventory;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Use of an AI service: a quantity of {@link AiUnit units} (requests, output tokens, images, minutes of video or
 * audio) of a model, assessed in both halves: use (energy per unit × the data centre's PUE × the grid of the zone
 * where the service runs) and embodied (the GPU servers' manufacture allocated per unit of use), plus the requester's
 * own device time when given. The engine's formulas and defaults are documented in the core's {@code ActivityModels}
 * and in the dataset's DATA.md ("AI models").
 *
 * <p>The model is, by precedence: a measured energy per unit ({@link #whPerUnit}); a model the catalog names
 * ({@link #model}: a provider's published figure such as {@code mistral-large-2} or {@code gemini}, or a size class
 * {@code small}, {@code medium}, {@code large}, {@code reasoning}); a model of a known size ({@link #parameters}: total
 * and active parameters, in billions, through the EcoLogits energy-per-token method); else the catalog's default size.
 * Where the line gives no zone, the service's zone is the model's (where its provider runs it), else WORLD: never
 * the user's own country.
 *
 * <pre>{@code
 * AiInference chat = AiInference.ofRequests(192_000).model("mistral-large-2");
 * AiInference api = AiInference.ofTokens(3_000_000).inputTokens(12_000_000).parameters(70, 70).zone("US");
 * AiInference posters = AiInference.ofImages(2_000);
 * AiInference agents = AiInference.survey(350, 4, 200, AiTask.SUMMARY);   // 350 agents × 4 a day × 200 days
 * }</pre>
 *
 * Immutable.
 */
public final class AiInference implements Activity {
    private final String label;
    private final String group; // null = not grouped
    private final double quantity;
    private final AiUnit unit;
    private final AiModelSize size; // null unless of(q, size)
    private final String model; // null = not named
    private final double totalB; // NaN = not given
    private final double activeB;
    private final double inputTokens;
    private final AiTask task; // null = none
    private final double whPerUnit; // NaN = from the model
    private final double pue; // NaN = the model's rule
    private final double embodiedKgCo2ePerUnit; // NaN = the hardware model
    private final String deviceCategory; // null = no device time
    private final double deviceSecondsPerUse;
    private final String zone;
    private final String modelKey;

    private AiInference(Builder b) {
        this.label = b.label;
        this.group = b.group;
        this.quantity = b.quantity;
        this.unit = b.unit;
        this.size = b.size;
        this.model = b.model;
        this.totalB = b.totalB;
        this.activeB = b.activeB;
        this.inputTokens = b.inputTokens;
        this.task = b.task;
        this.whPerUnit = b.whPerUnit;
        this.pue = b.pue;
        this.embodiedKgCo2ePerUnit = b.embodied;
        this.deviceCategory = b.deviceCategory;
        this.deviceSecondsPerUse = b.deviceSeconds;
        this.zone = b.zone;
        if (inputTokens > 0 && unit != AiUnit.TOKEN) {
            throw new IllegalArgumentException("inputTokens are given beside output tokens (AiUnit.TOKEN), this line"
                    + " counts " + unit + "; a survey task or a model gives the tokens of a request");
        }
        if (deviceCategory != null && unit == AiUnit.TOKEN) {
            throw new IllegalArgumentException("device time is per use (request, image, minute), this line counts"
                    + " tokens");
        }
        if (deviceCategory != null && !Double.isNaN(whPerUnit)) {
            throw new IllegalArgumentException("a measured whPerUnit covers the line's whole use; give device time"
                    + " on a line of its own");
        }
        if (inputTokens > 0 && !Double.isNaN(whPerUnit)) {
            throw new IllegalArgumentException("a measured whPerUnit is per output token and covers the input; give"
                    + " no inputTokens with it");
        }
        // what decides the per-unit figures (everything but the quantities and a measured energy): the plan's key
        this.modelKey = (size != null ? size.name().toLowerCase(Locale.ROOT) : model != null ? model
                : Double.isNaN(totalB) ? "" : totalB + "/" + activeB)
                + "|" + unit.ordinal() + "|" + (task == null ? "" : task.name()) + "|" + pue + "|"
                + embodiedKgCo2ePerUnit + "|" + (deviceCategory == null ? "" : deviceCategory + "@"
                + deviceSecondsPerUse);
    }

    private Builder toBuilder() {
        Builder b = new Builder(quantity, unit);
        b.label = label;
        b.group = group;
        b.size = size;
        b.model = model;
        b.totalB = totalB;
        b.activeB = activeB;
        b.inputTokens = inputTokens;
        b.task = task;
        b.whPerUnit = whPerUnit;
        b.pue = pue;
        b.embodied = embodiedKgCo2ePerUnit;
        b.deviceCategory = deviceCategory;
        b.deviceSeconds = deviceSecondsPerUse;
        b.zone = zone;
        return b;
    }

    /** {@code requests} requests to a model of this size class (the catalog's {@code ai.request.<class>}). */
    public static AiInference of(double requests, AiModelSize size) {
        return builder(requests, size).build();
    }

    /**
     * {@code requests} requests of a measured {@code whPerRequest} Wh each (IT energy, without data-centre overhead
     * unless {@link #pue(double)} says 1).
     */
    public static AiInference ofWhPerRequest(double requests, double whPerRequest) {
        return builderOfWhPerRequest(requests, whPerRequest).build();
    }

    /** {@code requests} requests (> 0), of the catalog's default model unless a model is given. */
    public static AiInference ofRequests(double requests) {
        return builder(AiUnit.REQUEST, requests).build();
    }

    /** {@code outputTokens} output tokens (> 0); input tokens with {@link #inputTokens(double)}. */
    public static AiInference ofTokens(double outputTokens) {
        return builder(AiUnit.TOKEN, outputTokens).build();
    }

    /** {@code images} generated images (> 0). */
    public static AiInference ofImages(double images) {
        return builder(AiUnit.IMAGE, images).build();
    }

    /** {@code minutes} minutes of generated video (> 0). */
    public static AiInference ofVideoMinutes(double minutes) {
        return builder(AiUnit.VIDEO_MINUTE, minutes).build();
    }

    /** {@code minutes} minutes of audio (> 0); the catalog has no figure: give {@link #whPerUnit(double)}. */
    public static AiInference ofAudioMinutes(double minutes) {
        return builder(AiUnit.AUDIO_MINUTE, minutes).build();
    }

    /**
     * An agents' usage survey: {@code agents} × {@code usesPerDay} × {@code workingDaysPerYear} uses a year of this
     * kind of task (requests, or images for {@link AiTask#IMAGE}), each text task with the catalog's typical input and
     * output tokens; labelled "AI use by agents: <task>".
     *
     * @throws IllegalArgumentException if agents or uses per day are not > 0, or working days not in (0, 366]
     */
    public static AiInference survey(double agents, double usesPerDay, double workingDaysPerYear, AiTask task) {
        return surveyBuilder(agents, usesPerDay, workingDaysPerYear, task).build();
    }

    /** A builder for {@link #survey}; same checks. */
    public static Builder surveyBuilder(double agents, double usesPerDay, double workingDaysPerYear, AiTask task) {
        Objects.requireNonNull(task, "task");
        Checks.positive(agents, "agents", "agents");
        Checks.positive(usesPerDay, "usesPerDay", "uses/day");
        Checks.positive(workingDaysPerYear, "workingDaysPerYear", "days/year");
        if (workingDaysPerYear > 366) {
            throw new IllegalArgumentException("workingDaysPerYear must be <= 366, was "
                    + dev.impact.measure.Numbers.format(workingDaysPerYear));
        }
        Builder b = builder(task == AiTask.IMAGE ? AiUnit.IMAGE : AiUnit.REQUEST,
                agents * usesPerDay * workingDaysPerYear);
        b.task = task;
        b.label = "AI use by agents: " + task.name().toLowerCase(Locale.ROOT);
        return b;
    }

    /**
     * A mutable builder for {@code requests} requests (> 0) to a model of this size class, for readers that build
     * many lines: each setter checks its value as the copy method of the same name does (same messages) and leaves
     * the builder unchanged when it throws; {@link Builder#build()} makes one line, equal to the one the chained copy
     * methods would make.
     *
     * @throws IllegalArgumentException as {@link #of(double, AiModelSize)}
     */
    public static Builder builder(double requests, AiModelSize size) {
        Builder b = new Builder(Checks.positive(requests, "requests", "requests"), AiUnit.REQUEST);
        b.size = Objects.requireNonNull(size, "size");
        return b;
    }

    /**
     * A mutable builder for {@code requests} requests (> 0) of a measured {@code whPerRequest} Wh each (> 0); see
     * {@link #builder(double, AiModelSize)}.
     *
     * @throws IllegalArgumentException as {@link #ofWhPerRequest(double, double)}
     */
    public static Builder builderOfWhPerRequest(double requests, double whPerRequest) {
        double r = Checks.positive(requests, "requests", "requests");
        Builder b = new Builder(r, AiUnit.REQUEST);
        b.whPerUnit = Checks.positive(whPerRequest, "whPerRequest", "Wh/request");
        return b;
    }

    /** A mutable builder for {@code quantity} (> 0) of this unit; see {@link #builder(double, AiModelSize)}. */
    public static Builder builder(AiUnit unit, double quantity) {
        Objects.requireNonNull(unit, "unit");
        String field = unit == AiUnit.REQUEST ? "requests" : unit == AiUnit.TOKEN ? "outputTokens"
                : unit == AiUnit.IMAGE ? "images" : "minutes";
        return new Builder(Checks.positive(quantity, field, unitName(unit)), unit);
    }

    private static String unitName(AiUnit u) {
        return u == AiUnit.TOKEN ? "output tokens" : u.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s";
    }

    /** Builds an {@link AiInference}; see {@link #builder(double, AiModelSize)}. Not thread-safe. */
    public static final class Builder {
        private String label = "AI inference";
        private String group;
        private final double quantity;
        private final AiUnit unit;
        private AiModelSize size;
        private String model;
        private double totalB = Double.NaN;
        private double activeB = Double.NaN;
        private double inputTokens;
        private AiTask task;
        private double whPerUnit = Double.NaN;
        private double pue = Double.NaN;
        private double embodied = Double.NaN;
        private String deviceCategory;
        private double deviceSeconds = Double.NaN;
        private String zone;

        private Builder(double quantity, AiUnit unit) {
            this.quantity = quantity;
            this.unit = unit;
        }

        /** This label (not blank). */
        public Builder label(String label) {
            this.label = Checks.text(label, "label");
            return this;
        }

        /** In this group (a site, service or entity: free text, shown in reports' per-group results). */
        public Builder group(String group) {
            this.group = Checks.text(group, "group");
            return this;
        }

        /** See {@link AiInference#model(String)}. */
        public Builder model(String model) {
            String m = Checks.text(model, "model").toLowerCase(Locale.ROOT);
            this.size = null;
            this.model = m;
            return this;
        }

        /** See {@link AiInference#parameters(double, double)}. */
        public Builder parameters(double totalBillions, double activeBillions) {
            Checks.positive(totalBillions, "totalBillions", "billion parameters");
            Checks.positive(activeBillions, "activeBillions", "billion parameters");
            if (activeBillions > totalBillions) {
                throw new IllegalArgumentException("activeBillions must be <= totalBillions ("
                        + dev.impact.measure.Numbers.format(totalBillions) + "), was "
                        + dev.impact.measure.Numbers.format(activeBillions));
            }
            this.totalB = totalBillions;
            this.activeB = activeBillions;
            return this;
        }

        /** See {@link AiInference#inputTokens(double)}. */
        public Builder inputTokens(double tokens) {
            this.inputTokens = Checks.nonNegative(tokens, "inputTokens", "tokens");
            return this;
        }

        /** See {@link AiInference#task(AiTask)}. */
        public Builder task(AiTask task) {
            this.task = Objects.requireNonNull(task, "task");
            return this;
        }

        /** See {@link AiInference#whPerUnit(double)}. */
        public Builder whPerUnit(double wh) {
            this.whPerUnit = Checks.positive(wh, "whPerUnit", "Wh/" + unit.name().toLowerCase(Locale.ROOT));
            return this;
        }

        /** Power usage effectiveness of the data centre (>= 1). */
        public Builder pue(double pue) {
            this.pue = Checks.pue(pue);
            return this;
        }

        /** Embodied emissions per unit (request, token, image, minute), in kgCO2e (>= 0). */
        public Builder embodiedKgCo2ePerRequest(double kg) {
            this.embodied = Checks.nonNegative(kg, "embodiedKgCo2ePerRequest", "kgCO2e/request");
            return this;
        }

        /** See {@link AiInference#device(String, double)}. */
        public Builder device(String category, double secondsPerUse) {
            String c = Checks.text(category, "deviceCategory").toLowerCase(Locale.ROOT);
            this.deviceSeconds = Checks.positive(secondsPerUse, "deviceSecondsPerUse", "s");
            this.deviceCategory = c;
            return this;
        }

        /** Where the service runs (an electricity zone, e.g. {@code US}). */
        public Builder zone(String zone) {
            this.zone = Checks.zone(zone);
            return this;
        }

        /**
         * The line.
         *
         * @throws IllegalArgumentException for settings that do not go together (input tokens on a line that does
         *                                  not count tokens, device time on a token line or with a measured energy)
         */
        public AiInference build() {
            return new AiInference(this);
        }
    }

    /** A copy with this label. */
    public AiInference label(String label) {
        return toBuilder().label(label).build();
    }

    /** A copy in this group (a site, service or entity: free text, shown in reports' per-group results). */
    public AiInference group(String group) {
        return toBuilder().group(group).build();
    }

    /**
     * A copy using the model the catalog names {@code model} (case-insensitive): a provider's published figure
     * ({@code mistral-large-2}: Mistral's life-cycle figure per 400-token answer; {@code gemini}: Google's energy per
     * median text prompt) or a size class ({@code small}, {@code medium}, {@code large}, {@code reasoning}).
     */
    public AiInference model(String model) {
        return toBuilder().model(model).build();
    }

    /**
     * A copy for an open model of this size: total and active parameters in billions (active = total for a dense
     * model, fewer for a mixture of experts), through the EcoLogits energy-per-token method.
     */
    public AiInference parameters(double totalBillions, double activeBillions) {
        return toBuilder().parameters(totalBillions, activeBillions).build();
    }

    /** A copy with these input (prompt) tokens beside the output tokens the line counts (>= 0). */
    public AiInference inputTokens(double tokens) {
        return toBuilder().inputTokens(tokens).build();
    }

    /** A copy whose requests are of this kind of task (its typical tokens from the catalog). */
    public AiInference task(AiTask task) {
        return toBuilder().task(task).build();
    }

    /**
     * A copy with a measured IT energy per unit in Wh (> 0), without data-centre overhead unless {@link #pue(double)}
     * says 1.
     */
    public AiInference whPerUnit(double wh) {
        return toBuilder().whPerUnit(wh).build();
    }

    /** A copy multiplying the energy by this PUE (>= 1). */
    public AiInference pue(double pue) {
        return toBuilder().pue(pue).build();
    }

    /** A copy with this embodied (hardware manufacture) share per unit, in kgCO2e (>= 0), instead of the model's. */
    public AiInference embodiedKgCo2ePerRequest(double kg) {
        return toBuilder().embodiedKgCo2ePerRequest(kg).build();
    }

    /**
     * A copy adding the requester's device time: {@code secondsPerUse} seconds (> 0) of a device of this category
     * (its catalog power {@code device.<category>.power}) per unit used, on the grid of the assessment's zone (the
     * user's). Leave it out when the devices' electricity is already counted in the fleet lines.
     */
    public AiInference device(String category, double secondsPerUse) {
        return toBuilder().device(category, secondsPerUse).build();
    }

    /** A copy whose service runs in this zone. */
    public AiInference zone(String zone) {
        return toBuilder().zone(zone).build();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** The number of units (requests, output tokens, images, minutes). */
    @Override
    public double quantity() {
        return quantity;
    }

    /** What the quantity counts. */
    public AiUnit unit() {
        return unit;
    }

    @Override
    public String category() {
        return "ai";
    }

    /** The size class, if given as one. */
    public Optional<AiModelSize> size() {
        return Optional.ofNullable(size);
    }

    /** The named model (lower case), if given. */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /** Total parameters in billions, if given. */
    public OptionalDouble totalBillions() {
        return Double.isNaN(totalB) ? OptionalDouble.empty() : OptionalDouble.of(totalB);
    }

    /** Active parameters in billions, if given. */
    public OptionalDouble activeBillions() {
        return Double.isNaN(activeB) ? OptionalDouble.empty() : OptionalDouble.of(activeB);
    }

    /** Input tokens (0 unless given, on token lines). */
    public double inputTokens() {
        return inputTokens;
    }

    /** The survey task, if given. */
    public Optional<AiTask> task() {
        return Optional.ofNullable(task);
    }

    /** Measured energy per unit in Wh, if given. */
    public OptionalDouble whPerRequest() {
        return Double.isNaN(whPerUnit) ? OptionalDouble.empty() : OptionalDouble.of(whPerUnit);
    }

    /** PUE, if given. */
    public OptionalDouble pue() {
        return Double.isNaN(pue) ? OptionalDouble.empty() : OptionalDouble.of(pue);
    }

    /** Embodied kgCO2e per unit, if given. */
    public OptionalDouble embodiedKgCo2ePerRequest() {
        return Double.isNaN(embodiedKgCo2ePerUnit) ? OptionalDouble.empty() : OptionalDouble.of(embodiedKgCo2ePerUnit);
    }

    /** The requester's device category, if device time is given. */
    public Optional<String> deviceCategory() {
        return Optional.ofNullable(deviceCategory);
    }

    /** Seconds of device time per use, if given. */
    public OptionalDouble deviceSecondsPerUse() {
        return Double.isNaN(deviceSecondsPerUse) ? OptionalDouble.empty() : OptionalDouble.of(deviceSecondsPerUse);
    }

    /** Where the service runs, if given. */
    @Override
    public Optional<String> zone() {
        return Optional.ofNullable(zone);
    }

    /**
     * The settings that decide the line's per-unit figures (everything but the quantities and a measured energy),
     * as text: lines with equal keys share one resolved plan in the engine.
     */
    public String modelKey() {
        return modelKey;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AiInference)) {
            return false;
        }
        AiInference a = (AiInference) o;
        return label.equals(a.label) && Objects.equals(group, a.group) && Double.compare(quantity, a.quantity) == 0
                && Double.compare(inputTokens, a.inputTokens) == 0 && Double.compare(whPerUnit, a.whPerUnit) == 0
                && Objects.equals(zone, a.zone) && modelKey.equals(a.modelKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, group, quantity, inputTokens, whPerUnit, zone, modelKey);
    }

    @Override
    public String toString() {
        String what = size != null ? size.name().toLowerCase(Locale.ROOT) : model != null ? model
                : !Double.isNaN(whPerUnit) ? whPerUnit + " Wh/" + unit.name().toLowerCase(Locale.ROOT)
                : !Double.isNaN(totalB) ? dev.impact.measure.Numbers.format(totalB) + "B/"
                + dev.impact.measure.Numbers.format(activeB) + "B parameters" : "default model";
        return "AiInference[" + label + (group == null ? "" : " @ " + group) + ": "
                + dev.impact.measure.Numbers.format(quantity) + " " + unitName(unit)
                + (inputTokens > 0 ? " (+" + dev.impact.measure.Numbers.format(inputTokens) + " input)" : "")
                + (task == null ? "" : ", " + task.name().toLowerCase(Locale.ROOT)) + ", " + what
                + (zone == null ? "" : ", zone " + zone) + "]";
    }
}
