package dev.impact.engine;

import dev.impact.factor.Parameter;
import dev.impact.internal.Suggestions;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiTask;
import dev.impact.inventory.AiUnit;
import dev.impact.inventory.Convention;
import dev.impact.inventory.LineRejectedException;
import dev.impact.measure.Footprint;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The plan of an {@link AiInference} line (one per distinct {@link AiInference#modelKey()}, user zone and unit): every
 * figure per unit of use is worked out here once, so a line costs {@code a × units + b × input tokens}.
 *
 * <p>Per unit (request, output token, image, minute) the model gives IT energy (Wh) and GPU-hours, each a sum of
 * terms with the catalog parameters they are proportional to:
 * <ul>
 * <li>model size (total T, active P billions; the catalog's default size when the line names no model), EcoLogits
 *     2025: per output token, GPUs n = ceil(1.2 × T × 4 bits / 8 / 80 GB); GPU energy n × (α e^(β·64) P + γ) Wh;
 *     latency ΔT = α_L P + β_L·64 + γ_L s; server energy ΔT × 1000 W × n / 8 / 64 / 3600 Wh; GPU-hours n × ΔT / 64 /
 *     3600. A request is a text task's output tokens + its input tokens × the input-token ratio;</li>
 * <li>a provider's or size class's energy per request ({@code ai.model.<m>.energy}, {@code ai.request.<class>}: data
 *     centre overhead included), per image ({@code ai.image.energy}) or minute of video ({@code ai.video.energy}), or
 *     the line's measured Wh: GPU-hours = Wh / (GPU power + server power / GPUs);</li>
 * <li>a provider's lumped life-cycle figure per answer ({@code ai.model.<m>}, e.g. Mistral's), per output token =
 *     answer / its tokens: no grid and no hardware term (both are inside it).</li>
 * </ul>
 * Use = Wh / 1000 × PUE × the grid of the zone where the service runs (the line's zone, else the model's, else
 * WORLD); embodied = GPU-hours × (server / 8 + GPU) manufacture / (lifetime × 8760 h); the requester's device time =
 * seconds / 3600 × the device's W / 1000 × the grid of the user's zone.
 */
final class AiPlans {
    private AiPlans() {
    }

    /** A coefficient and the catalog quantities it is proportional to. */
    private record T(double c, List<Multiplier> by) {
        static T of(double c, Multiplier... by) {
            return new T(c, LineTrace.nonNull(by));
        }

        T times(T o) {
            List<Multiplier> m = new ArrayList<>(by);
            m.addAll(o.by);
            return new T(c * o.c, m);
        }
    }

    private static List<T> times(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a.size() * b.size());
        for (T x : a) {
            for (T y : b) {
                out.add(x.times(y));
            }
        }
        return out;
    }

    private static List<T> scaled(List<T> a, T by) {
        return times(a, List.of(by));
    }

    /** The terms of a footprint being built, and their sum. */
    private static final class Sum {
        final List<LineTrace.Term> terms = new ArrayList<>();
        final Footprint.Accumulator acc = new Footprint.Accumulator();

        void add(List<LineTrace.Term> pieces, T t) {
            for (LineTrace.Term p : pieces) {
                LineTrace.Term x = p.scaled(t.c, t.by);
                terms.add(x);
                acc.add(x.values());
            }
        }

        void addAll(List<LineTrace.Term> pieces, List<T> ts, T by) {
            for (T t : ts) {
                add(pieces, t.times(by));
            }
        }
    }

    static ActivityModels.Plan plan(Resolver r, AiInference a, String userZone, Convention convention) {
        AiUnit unit = a.unit();
        boolean measured = a.whPerRequest().isPresent();
        String named = a.size().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(a.model().orElse(null));
        List<AppliedDefault> defaults = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> params = new ArrayList<>();
        P p = new P(r, ids, params);

        // 1. the model: a lumped figure, an energy per unit, or the size-based method
        Resolver.Resolved lump = null;
        Parameter lumpTokens = null;
        Parameter perRequest = null;
        Parameter zoneRow = null; // the row whose zone says where the service runs
        if (!measured && named != null) {
            if (unit == AiUnit.IMAGE || unit == AiUnit.VIDEO_MINUTE || unit == AiUnit.AUDIO_MINUTE) {
                throw new LineRejectedException("model", named, "model '" + named + "' is a text model; an "
                        + unit + " line takes the catalog's per-" + unitWord(unit) + " figure or a measured whPerUnit");
            }
            if (isClass(named)) {
                perRequest = p.param("ai.request." + named, "energy per request of a " + named + " model");
            } else if (r.hasKey("ai.model." + named)) {
                lump = r.factor("ai.model." + named, "published life-cycle figure of " + named);
                lumpTokens = p.param("ai.model." + named + ".tokens", "tokens of " + named + "'s published answer");
                zoneRow = lumpTokens;
            } else if (r.optionalParameter("ai.model." + named + ".energy").isPresent()) {
                perRequest = p.param("ai.model." + named + ".energy", "energy per request of " + named);
                zoneRow = perRequest;
            } else {
                TreeSet<String> known = new TreeSet<>(List.of("small", "medium", "large", "reasoning"));
                r.catalog().parameters().forEach(x -> {
                    String id = x.id();
                    if (id.startsWith("ai.model.") && (id.endsWith(".energy") || id.endsWith(".tokens"))) {
                        known.add(id.substring(9, id.lastIndexOf('.')));
                    }
                });
                throw new LineRejectedException("model", named, "unknown AI model '" + named + "'; expected one of "
                        + known + Suggestions.didYouMean(named, known) + ", or give the model's parameters");
            }
            if (perRequest != null && unit == AiUnit.TOKEN) {
                throw new LineRejectedException("model", named, "model '" + named + "' has a per-request figure"
                        + " only; count requests, or give the model's parameters for a token line");
            }
        }
        String zone;
        if (a.zone().isPresent()) {
            zone = a.zone().get();
        } else if (zoneRow != null) {
            // the zone column of the model's row says where its provider runs it
            zone = zoneRow.provenance().zone();
            defaults.add(new AppliedDefault("zone", Double.NaN, zone, "", InputStatus.ARCHETYPE, zoneRow.id(),
                    Resolver.cite(zoneRow)));
        } else {
            zone = "WORLD";
            defaults.add(AppliedDefault.text("zone", zone, InputStatus.COMPLETED, "where the service runs is"
                    + " unknown: the world grid (EcoLogits' default), not the user's zone"));
        }

        // 2. IT energy (Wh) and GPU-hours per unit, or the lumped figure per unit
        List<T> wh = new ArrayList<>();
        List<T> gpuHours = new ArrayList<>();
        List<T> lumpPerUnit = new ArrayList<>();
        boolean overheadIncluded = false;
        if (measured) {
            wh.add(T.of(1000)); // per kWh of measured IT energy: s[0] carries the kWh
        } else if (lump != null) {
            double tokens = lumpTokens.value();
            if (unit == AiUnit.TOKEN) {
                lumpPerUnit.add(T.of(1 / tokens, Multiplier.of(lumpTokens, -1)));
            } else if (a.task().isPresent()) {
                Parameter out = p.param(taskId(a.task().get(), "output"), "output tokens of a task");
                lumpPerUnit.add(T.of(out.value() / tokens, Multiplier.of(out, 1), Multiplier.of(lumpTokens, -1)));
            } else {
                lumpPerUnit.add(T.of(1));
            }
        } else if (perRequest != null) {
            wh.add(T.of(perRequest.value(), Multiplier.of(perRequest, 1)));
            overheadIncluded = true;
        } else if (unit == AiUnit.IMAGE) {
            Parameter e = p.param("ai.image.energy", "energy per generated image");
            wh.add(T.of(e.value(), Multiplier.of(e, 1)));
        } else if (unit == AiUnit.VIDEO_MINUTE) {
            Parameter e = p.param("ai.video.energy", "energy per minute of generated video");
            wh.add(T.of(e.value(), Multiplier.of(e, 1)));
        } else if (unit == AiUnit.AUDIO_MINUTE) {
            throw new LineRejectedException("whPerUnit", "", "the catalog has no energy per minute of audio; give"
                    + " the line's measured Wh per minute");
        } else {
            // the size-based method, per output token
            double total;
            double active;
            if (a.totalBillions().isPresent()) {
                total = a.totalBillions().getAsDouble();
                active = a.activeBillions().getAsDouble();
            } else {
                Parameter t = p.param("ai.default.parameters.total", "default AI model size");
                Parameter ac = p.param("ai.default.parameters.active", "default AI model size");
                total = t.value();
                active = ac.value();
                defaults.add(Resolver.archetype("parameters", t, "B"));
                defaults.add(Resolver.archetype("activeParameters", ac, "B"));
            }
            List<T>[] perToken = perOutputToken(p, total, active);
            List<T> tokens = new ArrayList<>();
            if (unit == AiUnit.TOKEN) {
                tokens.add(T.of(1));
            } else {
                AiTask task = a.task().orElse(AiTask.TEXT);
                if (a.task().isEmpty()) {
                    defaults.add(AppliedDefault.text("task", "text", InputStatus.COMPLETED,
                            "a request is a text task's tokens"));
                }
                Parameter out = p.param(taskId(task, "output"), "output tokens of a " + task + " task");
                Parameter in = p.param(taskId(task, "input"), "input tokens of a " + task + " task");
                Parameter ratio = p.param("ai.token.input.ratio", "energy of an input token");
                tokens.add(T.of(out.value(), Multiplier.of(out, 1)));
                tokens.add(T.of(in.value() * ratio.value(), Multiplier.of(in, 1), Multiplier.of(ratio, 1)));
            }
            wh.addAll(times(perToken[0], tokens));
            gpuHours.addAll(times(perToken[1], tokens));
        }

        // 3. PUE
        T pue;
        if (lump != null) {
            pue = T.of(1); // inside the lumped figure
        } else if (a.pue().isPresent()) {
            pue = T.of(a.pue().getAsDouble());
        } else if (overheadIncluded) {
            // the published energy per request includes the data centre's overhead: PUE 1 on top of it
            pue = T.of(1);
            defaults.add(AppliedDefault.numeric("pue", 1, "", InputStatus.ARCHETYPE, perRequest.id(),
                    Resolver.cite(perRequest)));
        } else {
            Parameter d = p.param("ai.datacenter.pue", "PUE of AI data centres");
            defaults.add(Resolver.archetype("pue", d, ""));
            pue = T.of(d.value(), Multiplier.of(d, 1));
        }

        // 4. footprints per unit
        double kWhPerUnit = 0;
        for (T e : wh) {
            kWhPerUnit += e.c() * pue.c() / 1000;
        }
        double inputRatio = unit == AiUnit.TOKEN && !measured && lump == null
                ? p.param("ai.token.input.ratio", "energy of an input token").value() : 0;
        Sum sum = new Sum();
        if (lump != null) {
            use(ids, defaults, lump);
            sum.addAll(lump.pieces(), lumpPerUnit, T.of(1));
        } else {
            Resolver.Resolved grid = r.factor("electricity." + zone, "electricity zone '" + zone + "'");
            use(ids, defaults, grid);
            sum.addAll(grid.pieces(Phase.USE), wh, pue.times(T.of(1e-3)));
            if (a.embodiedKgCo2ePerRequest().isPresent()) {
                if (!measured) {
                    sum.add(List.of(new LineTrace.Term(CLIMATE_MANUFACTURE, List.of())),
                            T.of(a.embodiedKgCo2ePerRequest().getAsDouble()));
                } // measured: per unit in b (below), as s[0] is in kWh
            } else {
                if (gpuHours.isEmpty()) {
                    // an energy-only figure: GPU-hours from the IT energy and the power of a GPU and its server share
                    Parameter gpuW = p.param("ai.gpu.power", "power of an AI GPU");
                    double slotW = gpuW.value() + p.param("ai.server.power", "AI server power").value()
                            / p.param("ai.server.gpus", "GPUs per AI server").value();
                    gpuHours.addAll(scaled(wh, T.of(1 / slotW, Multiplier.of(gpuW, -1))));
                }
                Parameter life = p.param("ai.hardware.lifetime", "lifetime of AI servers");
                double gpus = p.param("ai.server.gpus", "GPUs per AI server").value();
                Resolver.Resolved server = r.factor("ai.server.embodied", "manufacture of a GPU server");
                Resolver.Resolved gpu = r.factor("ai.gpu.embodied", "manufacture of a GPU");
                use(ids, defaults, server);
                use(ids, defaults, gpu);
                T perHour = T.of(1 / (life.value() * 8760), Multiplier.of(life, -1));
                sum.addAll(server.pieces(Phase.MANUFACTURE), gpuHours, perHour.times(T.of(1 / gpus)));
                sum.addAll(gpu.pieces(Phase.MANUFACTURE), gpuHours, perHour);
            }
        }
        if (a.deviceCategory().isPresent()) {
            String c = a.deviceCategory().get();
            Parameter w = p.param("device." + c + ".power", "power of the requester's " + c);
            Resolver.Resolved userGrid = r.factor("electricity." + userZone, "electricity zone '" + userZone + "'");
            use(ids, defaults, userGrid);
            double deviceKWh = a.deviceSecondsPerUse().getAsDouble() / 3600 * w.value() / 1000;
            kWhPerUnit += deviceKWh;
            sum.add(userGrid.pieces(Phase.USE), T.of(deviceKWh, Multiplier.of(w, 1)));
        }
        Footprint perUnit = sum.acc.toFootprint();
        List<LineTrace.Term> aTerms = List.copyOf(sum.terms);
        Footprint b = null;
        List<LineTrace.Term> bTerms = null;
        if (measured && a.embodiedKgCo2ePerRequest().isPresent()) {
            b = CLIMATE_MANUFACTURE.times(a.embodiedKgCo2ePerRequest().getAsDouble());
            bTerms = List.of(new LineTrace.Term(b, List.of()));
        } else if (unit == AiUnit.TOKEN && !measured) {
            Parameter ratio = p.param("ai.token.input.ratio", "energy of an input token");
            Multiplier rm = Multiplier.of(ratio, 1);
            List<LineTrace.Term> bt = new ArrayList<>();
            Footprint.Accumulator acc = new Footprint.Accumulator();
            for (LineTrace.Term t : aTerms) {
                LineTrace.Term x = t.scaled(ratio.value(), List.of(rm));
                bt.add(x);
                acc.add(x.values());
            }
            b = acc.toFootprint();
            bTerms = List.copyOf(bt);
        }
        ActivityModels.Work w = new ActivityModels.Work(r, zone, convention);
        w.ids.addAll(ids);
        w.params.addAll(params);
        w.defaults.addAll(defaults);
        Multiplier[] none = new Multiplier[0];
        // k1, k2: the electricity (kWh, data-centre overhead and device time included) per unit of the line's two
        // scales, for reports of energy; NaN for a lumped figure
        double k1 = lump != null ? Double.NaN : measured ? pue.c() : kWhPerUnit;
        double k2 = lump != null ? Double.NaN : measured ? 0 : kWhPerUnit * inputRatio;
        return new ActivityModels.Plan(w, ActivityModels.AI, perUnit, b, k1, k2, 0, 0, 0, measured, aTerms, bTerms,
                none, none, null, null, null, null);
    }

    private static final Footprint CLIMATE_MANUFACTURE = ActivityModels.CLIMATE_MANUFACTURE;

    /**
     * EcoLogits 2025 per output token: [0] IT energy (Wh) terms, [1] GPU-hours terms, for a model of {@code total}
     * and {@code active} billion parameters.
     */
    @SuppressWarnings("unchecked")
    private static List<T>[] perOutputToken(P p, double total, double active) {
        Parameter alpha = p.param("ai.llm.energy.alpha", "EcoLogits energy model");
        double beta = p.param("ai.llm.energy.beta", "EcoLogits energy model").value();
        Parameter gamma = p.param("ai.llm.energy.gamma", "EcoLogits energy model");
        double batch = p.param("ai.llm.batch", "EcoLogits batch size").value();
        Parameter la = p.param("ai.llm.latency.alpha", "EcoLogits latency model");
        Parameter lb = p.param("ai.llm.latency.beta", "EcoLogits latency model");
        Parameter lg = p.param("ai.llm.latency.gamma", "EcoLogits latency model");
        Parameter serverW = p.param("ai.server.power", "AI server power");
        double gpusInstalled = p.param("ai.server.gpus", "GPUs per AI server").value();
        double memory = p.param("ai.gpu.memory", "GPU memory").value();
        double overhead = p.param("ai.llm.memory.overhead", "inference memory overhead").value();
        double bits = p.param("ai.llm.quantization", "bits per weight").value();
        double n = Math.ceil(overhead * total * bits / 8 / memory);
        List<T> energy = new ArrayList<>();
        energy.add(T.of(n * Math.exp(beta * batch) * active * alpha.value(), Multiplier.of(alpha, 1)));
        energy.add(T.of(n * gamma.value(), Multiplier.of(gamma, 1)));
        List<T> latency = List.of(T.of(la.value() * active, Multiplier.of(la, 1)),
                T.of(lb.value() * batch, Multiplier.of(lb, 1)), T.of(lg.value(), Multiplier.of(lg, 1)));
        energy.addAll(scaled(latency, T.of(serverW.value() * n / gpusInstalled / batch / 3600,
                Multiplier.of(serverW, 1))));
        List<T> hours = scaled(latency, T.of(n / batch / 3600));
        return new List[] {energy, hours};
    }

    private static void use(List<String> ids, List<AppliedDefault> defaults, Resolver.Resolved f) {
        Resolver.addNotices(defaults, f);
        for (String id : f.ids()) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    /** Parameters, recorded as used. */
    private record P(Resolver r, List<String> ids, List<String> params) {
        Parameter param(String id, String what) {
            Parameter x = r.parameter(id, what);
            if (!params.contains(id)) {
                params.add(id);
            }
            return x;
        }
    }

    private static boolean isClass(String m) {
        return m.equals("small") || m.equals("medium") || m.equals("large") || m.equals("reasoning");
    }

    private static String taskId(AiTask task, String side) {
        return "ai.task." + task.name().toLowerCase(Locale.ROOT) + ".tokens." + side;
    }

    private static String unitWord(AiUnit u) {
        return u == AiUnit.IMAGE ? "image" : "minute";
    }

    private static String format(double v) {
        return dev.impact.measure.Numbers.format(v);
    }
}
