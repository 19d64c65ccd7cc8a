package dev.impact.engine;

import dev.impact.factor.Parameter;
import dev.impact.inventory.LineRejectedException;
import dev.impact.measure.Phase;
import dev.impact.internal.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Device lines under the BoaviztAPI convention: BoaviztAPI 2.4.1's end-user terminals and peripherals
 * ({@code /v1/terminal/*}, {@code /v1/peripheral/*}). Each is an archetype with a whole "embedded" impact (catalog
 * factor {@code boaviztapi.terminal.<archetype>}, reported in manufacture: BoaviztAPI does not split distribution and
 * end of life) and use defaults: average power (W), use-time ratio (the share of the hours the device draws it) and
 * lifetime (parameters {@code boaviztapi.terminal.<archetype>.power}, {@code .use_time_ratio}, {@code .lifetime}).
 * Use = average power × use-time ratio × hours × BoaviztAPI's grid factor for the zone (impact's where the catalog
 * has none, with a notice); no PUE. The embodied share follows the engine's accounting (capped at the whole in yearly
 * accounting under this convention, as BoaviztAPI's {@code duration / hours_life_time}).
 */
final class TerminalModel {
    /** The category of BoaviztAPI's IoT devices ({@code /v1/iot/iot_device}), assembled from functional blocks. */
    static final String IOT = "iot-device";

    /**
     * impact's device categories BoaviztAPI has a terminal or peripheral for, each with its archetypes, the first the
     * default (BoaviztAPI's {@code utils/config.py}: laptop-pro, desktop-pro, tv-pro, vr-headset-lcd…).
     */
    private static final Map<String, List<String>> ARCHETYPES = new LinkedHashMap<>();

    static {
        ARCHETYPES.put("laptop", List.of("laptop-pro", "laptop-perso"));
        ARCHETYPES.put("desktop-pro", List.of("desktop-pro", "desktop-perso"));
        ARCHETYPES.put("desktop-personal", List.of("desktop-perso", "desktop-pro"));
        ARCHETYPES.put("smartphone", List.of("smartphone-default"));
        ARCHETYPES.put("tablet", List.of("tablet-default"));
        ARCHETYPES.put("tv", List.of("tv-pro", "tv-perso"));
        ARCHETYPES.put("monitor", List.of("monitor-default"));
        ARCHETYPES.put("internet-box", List.of("box-default"));
        ARCHETYPES.put("usb-key", List.of("usb-stick-default"));
        ARCHETYPES.put("external-ssd", List.of("external-ssd-default"));
        ARCHETYPES.put("external-hdd", List.of("hdd-default"));
        ARCHETYPES.put("vr-headset", List.of("vr-headset-lcd", "vr-headset-oled"));
        ARCHETYPES.put("vr-controller", List.of("vr-controller-default"));
        ARCHETYPES.put(IOT, List.of("iot-device-default", "occupancy-sensor", "home-connected-assistant-mini",
                "drone-mini", "smart-watch"));
    }


    private TerminalModel() {
    }

    /** Whether BoaviztAPI has a terminal or peripheral for impact's device {@code category}. */
    static boolean covers(String category) {
        return ARCHETYPES.containsKey(category);
    }

    /**
     * The archetype a line of {@code category} is assessed with: {@code given} (may be null) or the category's
     * default.
     *
     * @throws LineRejectedException if {@code given} is not one of the category's archetypes
     */
    static String archetype(String category, String given) {
        List<String> known = ARCHETYPES.get(category);
        if (given == null) {
            return known.get(0);
        }
        String a = given.replace('_', '-'); // BoaviztAPI writes its IoT archetypes with underscores
        if (!known.contains(a)) {
            throw new LineRejectedException("archetype", given, "'" + given + "' is not a BoaviztAPI archetype of "
                    + category + "; known: " + String.join(", ", known)
                    + Suggestions.didYouMean(a, allArchetypes()));
        }
        return a;
    }

    private static List<String> allArchetypes() {
        List<String> all = new ArrayList<>();
        ARCHETYPES.values().forEach(all::addAll);
        return all;
    }

    /** The plan of one archetype in {@code zone}. */
    static UnitPlan plan(Resolver r, String archetype, String zone) {
        String key = "boaviztapi.terminal." + archetype;
        Resolver.Resolved device = r.factor(key, "BoaviztAPI archetype '" + archetype + "'");
        List<AppliedDefault> notices = new ArrayList<>();
        Resolver.addNotices(notices, device);
        Parameter lifetime = r.parameter(key + ".lifetime", "lifetime of BoaviztAPI archetype " + archetype);
        Parameter power = r.parameter(key + ".power", "average power of BoaviztAPI archetype " + archetype);
        Parameter ratio = r.parameter(key + ".use_time_ratio", "use-time ratio of BoaviztAPI archetype " + archetype);
        double kWh = power.value() * ratio.value() * 8760 / 1000;
        AppliedDefault kWhDefault = AppliedDefault.numeric("kWhPerYear", kWh, "kWh/year", InputStatus.ARCHETYPE,
                power.id() + " × " + ratio.id() + " × 8760 h (boaviztapi convention)", Resolver.cite(power));
        Resolver.Resolved grid = ServerModel.boaviztapiGrid(r, zone, notices);
        Resolver.addNotices(notices, grid);
        List<String> ids = new ArrayList<>(device.ids());
        ids.addAll(grid.ids());
        return new UnitPlan(device.values().onlyPhases(Phase.MANUFACTURE, Phase.DISTRIBUTION, Phase.END_OF_LIFE),
                grid.values().onlyPhases(Phase.USE), lifetime.value(),
                Resolver.archetype("lifetimeYears", lifetime, "years"), kWh, kWhDefault, Double.NaN, null,
                List.copyOf(ids), List.of(), List.copyOf(notices), List.of(lifetime.id()),
                List.of(power.id(), ratio.id()), List.of(),
                device.pieces(Phase.MANUFACTURE, Phase.DISTRIBUTION, Phase.END_OF_LIFE), grid.pieces(Phase.USE),
                List.of(Multiplier.of(power, 1, Multiplier.ENERGY), Multiplier.of(ratio, 1, Multiplier.ENERGY)),
                Multiplier.of(lifetime, 1, Multiplier.LIFETIME), null);
    }

    /**
     * The plan of an IoT device: the functional blocks given ({@code blocks}, block → hardware security level), or
     * the archetype's when none is given (as BoaviztAPI: blocks given replace the archetype's). Embodied = the sum of
     * the blocks' manufacture and end of life ({@code boaviztapi.iot.<block>.hsl-<level>}); BoaviztAPI counts no
     * distribution and, without an average power, no use: the line's own use is then needed to count one.
     *
     * @throws LineRejectedException when the device has no block (BoaviztAPI's default IoT device: nothing to count)
     */
    static UnitPlan iotPlan(Resolver r, String archetype, java.util.Map<String, Integer> blocks, String zone) {
        String prefix = "boaviztapi.iot." + archetype;
        java.util.Map<String, Integer> b = new java.util.TreeMap<>(blocks);
        if (b.isEmpty()) {
            for (String block : dev.impact.inventory.DeviceFleet.IOT_BLOCKS) {
                r.optionalParameter(prefix + "." + block).ifPresent(p -> b.put(block, (int) p.value()));
            }
        }
        if (b.isEmpty()) {
            throw new LineRejectedException("iotBlock", "", "an IoT device needs its functional blocks (iotBlock, CSV"
                    + " iot_blocks) or an archetype that has some (occupancy_sensor, home_connected_assistant_mini,"
                    + " drone_mini, smart_watch); BoaviztAPI's default IoT device has none and counts nothing");
        }
        dev.impact.measure.Footprint.Accumulator embodied = new dev.impact.measure.Footprint.Accumulator();
        List<String> ids = new ArrayList<>();
        List<LineTrace.Term> terms = new ArrayList<>();
        List<AppliedDefault> notices = new ArrayList<>();
        for (java.util.Map.Entry<String, Integer> e : b.entrySet()) {
            Resolver.Resolved f = r.factor("boaviztapi.iot." + e.getKey() + ".hsl-" + e.getValue(), "IoT functional"
                    + " block " + e.getKey() + " at hardware security level " + e.getValue());
            embodied.add(f.values().onlyPhases(Phase.MANUFACTURE, Phase.END_OF_LIFE));
            ids.addAll(f.ids());
            terms.addAll(f.pieces(Phase.MANUFACTURE, Phase.END_OF_LIFE));
            Resolver.addNotices(notices, f);
        }
        if (blocks.isEmpty()) {
            notices.add(AppliedDefault.text("iotBlocks", b.toString(), InputStatus.ARCHETYPE, "BoaviztAPI IoT"
                    + " archetype " + archetype));
        }
        Parameter lifetime = r.parameter(prefix + ".lifetime", "lifetime of BoaviztAPI IoT archetype " + archetype);
        AppliedDefault noUse = AppliedDefault.numeric("kWhPerYear", 0, "kWh/year", InputStatus.DEFAULT,
                "boaviztapi convention: BoaviztAPI assesses no use for an IoT device (no average power); give the"
                        + " line's power and hours to count it", "");
        Resolver.Resolved grid = ServerModel.boaviztapiGrid(r, zone, notices);
        Resolver.addNotices(notices, grid);
        ids.addAll(grid.ids());
        return new UnitPlan(embodied.toFootprint(), grid.values().onlyPhases(Phase.USE), lifetime.value(),
                Resolver.archetype("lifetimeYears", lifetime, "years"), 0, noUse, Double.NaN, null,
                List.copyOf(ids), List.of(), List.copyOf(notices), List.of(lifetime.id()), List.of(), List.of(),
                List.copyOf(terms), grid.pieces(Phase.USE), List.of(), Multiplier.of(lifetime, 1, Multiplier.LIFETIME),
                null);
    }

    /** Why a device line under the BoaviztAPI convention keeps impact's figures, or empty when it does not. */
    static Optional<String> notCovered(String category, boolean model, boolean declared, boolean refurbished) {
        if (declared) {
            return Optional.of("a supplier's declared footprint");
        }
        if (model) {
            return Optional.of("manufacturers' model sheets");
        }
        if (refurbished) {
            return Optional.of("refurbished devices");
        }
        if (!covers(category)) {
            return Optional.of("a terminal or peripheral '" + category + "'");
        }
        return Optional.empty();
    }
}
