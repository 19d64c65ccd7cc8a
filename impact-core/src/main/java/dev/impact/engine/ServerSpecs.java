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

    /**
     * One cloud instance row: the id prefix of its parameters ({@code cloud.instance.<provider>.<platform>.<type>.}),
     * its platform's ({@code cloud.platform.<cpu>.<platform>.}, null when the table has no such platform) and the slug
     * of the platform's CPU name ({@code generic} when the table names none).
     */
    record CloudRow(String prefix, String platform, String cpu) {
    }

    /** One row of a RAM or SSD density table: maker slug, process (nm) or layers, density (GB/cm²), parameter id. */
    record MemoryRow(String maker, double generation, double density, String id) {
    }

    /** A density completed from a maker and generation: the value and the rows it is the mean of. */
    record Density(double value, List<String> ids) {
    }

    private static final Map<FactorCatalog, ServerSpecs> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    private static final String CPU = "cpu.spec.";
    private static final String GPU = "gpu.spec.";
    private static final String ARCHETYPE = "server.archetype.";
    private static final String INSTANCE = "cloud.instance.";
    private static final String PLATFORM = "cloud.platform.";

    private final Map<String, Cpu> cpuByName = new HashMap<>();
    private final Map<String, List<Cpu>> cpuByFamily = new HashMap<>();
    private final Map<String, String> gpuByName = new HashMap<>();
    private final Map<String, String> archetypes = new HashMap<>();
    /** provider slug → instance type slug → row. */
    private final Map<String, Map<String, CloudRow>> instances = new HashMap<>();
    /** "ram" / "ssd" → the density table's rows. */
    private final Map<String, List<MemoryRow>> memory = new HashMap<>();
    /** platform slug → CPU slug. */
    private final Map<String, String> platforms = new HashMap<>();

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
            } else if ((id.startsWith("ram.manufacture.") || id.startsWith("ssd.manufacture."))
                    && id.endsWith(".density")) {
                String[] part = id.split("\\.");
                if (part.length == 5) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([0-9.]+)").matcher(part[3]);
                    if (m.find()) {
                        memory.computeIfAbsent(part[0], k -> new ArrayList<>()).add(new MemoryRow(part[2],
                                Double.parseDouble(m.group(1)), p.value(), id));
                    }
                }
            } else if (id.startsWith(INSTANCE) && id.endsWith(".vcpu")) {
                String[] part = id.substring(INSTANCE.length(), id.length() - ".vcpu".length()).split("\\.");
                if (part.length == 3) {
                    instances.computeIfAbsent(part[0], k -> new HashMap<>()).put(part[2], new CloudRow(
                            id.substring(0, id.length() - "vcpu".length()), part[1], null));
                }
            } else if (id.startsWith(PLATFORM) && id.endsWith(".cpu.units")) {
                String[] part = id.substring(PLATFORM.length(), id.length() - ".cpu.units".length()).split("\\.");
                if (part.length == 2) {
                    platforms.put(part[1], part[0]);
                }
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

    /**
     * The cloud instance of this provider and type (both matched on letters and digits), with its platform, or a
     * refusal naming the closest providers or types.
     */
    CloudRow cloud(String provider, String type) {
        Map<String, CloudRow> rows = instances.get(slug(provider));
        if (rows == null) {
            throw new LineRejectedException("cloud.provider", provider, "cloud.provider '" + provider + "' has no"
                    + " instance table in the catalog" + Suggestions.didYouMean(slug(provider),
                    new TreeSet<>(instances.keySet())));
        }
        CloudRow row = rows.get(slug(type));
        if (row == null) {
            throw new LineRejectedException("cloud.instanceType", type, "cloud.instanceType '" + type + "' is not in"
                    + " the catalog's " + slug(provider) + " instance table (" + rows.size() + " types)"
                    + Suggestions.didYouMean(slug(type), new TreeSet<>(rows.keySet())));
        }
        String cpu = platforms.get(row.platform());
        if (cpu == null) {
            throw new LineRejectedException("cloud.instanceType", type, "cloud instance " + slug(provider) + " "
                    + slug(type) + " runs on platform '" + row.platform() + "', which the catalog's platform table"
                    + " does not have");
        }
        return new CloudRow(row.prefix(), PLATFORM + cpu + "." + row.platform() + ".", cpu);
    }

    /**
     * The density of a RAM ({@code kind} "ram", generation = process in nm) or SSD ("ssd", generation = NAND layers)
     * from its maker and/or generation, as BoaviztAPI completes it: the mean of the table's rows that match (the one
     * row when one matches). An unknown maker, or a generation the maker's rows do not have, is refused by name.
     */
    Density density(String kind, java.util.Optional<String> maker, java.util.OptionalDouble generation) {
        List<MemoryRow> rows = memory.getOrDefault(kind, List.of());
        String field = kind + (maker.isPresent() ? ".manufacturer" : kind.equals("ram") ? ".process" : ".layers");
        if (maker.isPresent()) {
            String m = slug(maker.get());
            List<MemoryRow> mine = rows.stream().filter(r -> r.maker().equals(m)).toList();
            if (mine.isEmpty()) {
                throw new LineRejectedException(kind + ".manufacturer", maker.get(), kind + ".manufacturer '"
                        + maker.get() + "' is not in the catalog's " + kind.toUpperCase(Locale.ROOT) + " density table"
                        + Suggestions.didYouMean(m, new TreeSet<>(rows.stream().map(MemoryRow::maker).toList())));
            }
            rows = mine;
        }
        if (generation.isPresent()) {
            double g = generation.getAsDouble();
            List<MemoryRow> at = rows.stream().filter(r -> r.generation() == g).toList();
            if (at.isEmpty()) {
                String what = kind.equals("ram") ? "process (nm)" : "layers";
                throw new LineRejectedException(kind.equals("ram") ? "ram.process" : "ssd.layers", String.valueOf(g),
                        "no row of the"
                        + " catalog's " + kind.toUpperCase(Locale.ROOT) + " density table has " + what + " " + g
                        + maker.map(x -> " for " + x).orElse("") + "; it has " + new TreeSet<>(rows.stream()
                        .map(MemoryRow::generation).toList()));
            }
            rows = at;
        }
        if (rows.isEmpty()) {
            throw new LineRejectedException(field, "", "the catalog has no " + kind + " density table");
        }
        return new Density(rows.stream().mapToDouble(MemoryRow::density).average().orElseThrow(),
                rows.stream().map(MemoryRow::id).toList());
    }

    /**
     * The id prefix of this archetype's parameters (name matched ignoring case), else of the cloud platform of this
     * name (BoaviztAPI's server archetypes include its cloud platforms, e.g. {@code m5.metal}; matched on letters and
     * digits), or a refusal.
     */
    String archetype(String name) {
        String a = archetypes.get(name.toLowerCase(Locale.ROOT));
        if (a != null) {
            return ARCHETYPE + a + ".";
        }
        String cpu = platforms.get(slug(name));
        if (cpu != null) {
            return PLATFORM + cpu + "." + slug(name) + ".";
        }
        TreeSet<String> known = new TreeSet<>(archetypes.values());
        known.addAll(platforms.keySet());
        throw new LineRejectedException("archetype", name, "archetype '" + name + "' is not one of the catalog's"
                + " server archetypes or cloud platforms" + Suggestions.didYouMean(name, known));
    }

    /** The CPU slug of a cloud platform's id prefix ({@code cloud.platform.<cpu>.<platform>.}), or null. */
    static String platformCpu(String prefix) {
        if (prefix == null || !prefix.startsWith(PLATFORM)) {
            return null;
        }
        return prefix.substring(PLATFORM.length(), prefix.indexOf('.', PLATFORM.length()));
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
