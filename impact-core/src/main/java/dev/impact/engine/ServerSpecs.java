package dev.impact.engine;

import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.internal.Suggestions;
import dev.impact.inventory.LineRejectedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * The catalog's server tables, indexed once per catalog: CPU specifications ({@code cpu.spec.<family>.<name>.*}),
 * GPU specifications ({@code gpu.spec.<name>.*}) and server archetypes ({@code server.archetype.<name>.*}), each row
 * a set of parameters (dataset files {@code specs-*.csv}). Names are matched on their letters and digits only, case
 * and punctuation ignored ({@link #slug}). Immutable once built; thread-safe.
 */
final class ServerSpecs {
    /** One CPU row: the id prefix of its parameters, its family slug, and its figures (NaN when not given). */
    record Cpu(String prefix, String family, double tdp, double cores, double threads, double dieMm2) {
    }

    private static final Map<FactorCatalog, ServerSpecs> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    private static final String CPU = "cpu.spec.";
    private static final String GPU = "gpu.spec.";
    private static final String ARCHETYPE = "server.archetype.";

    private final Map<String, Cpu> cpuByName = new HashMap<>();
    private final Map<String, List<Cpu>> cpuByFamily = new HashMap<>();
    private final Map<String, String> gpuByName = new HashMap<>();
    private final Map<String, String> archetypes = new HashMap<>();

    private ServerSpecs(FactorCatalog catalog) {
        Map<String, double[]> cpus = new HashMap<>();
        for (Parameter p : catalog.parameters()) {
            String id = p.id();
            if (id.startsWith(CPU)) {
                int last = id.lastIndexOf('.');
                String prefix = id.substring(0, last);
                int attr = switch (id.substring(last + 1)) {
                    case "tdp" -> 0;
                    case "cores" -> 1;
                    case "threads" -> 2;
                    case "die" -> 3;
                    default -> -1;
                };
                if (attr >= 0) {
                    cpus.computeIfAbsent(prefix, k -> new double[] {Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN})[attr] = p.value();
                }
            } else if (id.startsWith(GPU)) {
                String prefix = id.substring(0, id.lastIndexOf('.'));
                gpuByName.put(prefix.substring(GPU.length()), prefix);
            } else if (id.startsWith(ARCHETYPE) && id.endsWith(".cpu.units")) {
                String name = id.substring(ARCHETYPE.length(), id.length() - ".cpu.units".length());
                archetypes.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        for (Map.Entry<String, double[]> e : cpus.entrySet()) {
            String rest = e.getKey().substring(CPU.length());
            int dot = rest.indexOf('.');
            if (dot < 0) {
                continue;
            }
            double[] v = e.getValue();
            Cpu c = new Cpu(e.getKey(), rest.substring(0, dot), v[0], v[1], v[2], v[3]);
            cpuByName.put(rest.substring(dot + 1), c);
            cpuByFamily.computeIfAbsent(c.family(), k -> new ArrayList<>()).add(c);
        }
    }

    static ServerSpecs of(FactorCatalog catalog) {
        return CACHE.computeIfAbsent(catalog, ServerSpecs::new);
    }

    /** Lower case, every run of characters other than letters and digits made one '-', trimmed. */
    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The CPU of this name, or a refusal naming the closest names. */
    Cpu cpu(String name) {
        Cpu c = cpuByName.get(slug(name));
        if (c == null) {
            throw new LineRejectedException("cpu.name", name, "cpu.name '" + name + "' is not in the catalog's CPU"
                    + " table (" + cpuByName.size() + " server CPUs)" + Suggestions.didYouMean(slug(name),
                    new TreeSet<>(cpuByName.keySet())));
        }
        return c;
    }

    /** The CPUs of this family (code name) that have a die area, or a refusal naming the closest families. */
    List<Cpu> family(String family) {
        List<Cpu> rows = cpuByFamily.getOrDefault(slug(family), List.of()).stream()
                .filter(c -> !Double.isNaN(c.dieMm2())).toList();
        if (rows.isEmpty()) {
            throw new LineRejectedException("cpu.family", family, "cpu.family '" + family + "' has no CPU with a die"
                    + " area in the catalog's CPU table" + Suggestions.didYouMean(slug(family),
                    new TreeSet<>(cpuByFamily.keySet())));
        }
        return rows;
    }

    /** The id prefix of this GPU's parameters, or a refusal naming the closest names. */
    String gpu(String name) {
        String p = gpuByName.get(slug(name));
        if (p == null) {
            throw new LineRejectedException("gpu.name", name, "gpu.name '" + name + "' is not in the catalog's GPU"
                    + " table" + Suggestions.didYouMean(slug(name), new TreeSet<>(gpuByName.keySet())));
        }
        return p;
    }

    /** The id prefix of this archetype's parameters (name matched ignoring case), or a refusal. */
    String archetype(String name) {
        String a = archetypes.get(name.toLowerCase(Locale.ROOT));
        if (a == null) {
            throw new LineRejectedException("archetype", name, "archetype '" + name + "' is not one of the catalog's"
                    + " server archetypes" + Suggestions.didYouMean(name, new TreeSet<>(archetypes.values())));
        }
        return ARCHETYPE + a + ".";
    }

    /**
     * The power-curve model range a CPU name belongs to ({@code xeon-platinum}, {@code xeon-gold}, ...: the longest of
     * {@code ranges} that the name's slug contains as whole words), if any.
     */
    static Optional<String> modelRange(String name, List<String> ranges) {
        String s = "-" + slug(name) + "-";
        String best = null;
        for (String r : ranges) {
            if (s.contains("-" + r + "-") && (best == null || r.length() > best.length())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }
}
