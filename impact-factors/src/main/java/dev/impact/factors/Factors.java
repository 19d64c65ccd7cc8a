package dev.impact.factors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled public factor datasets.
 *
 * <pre>{@code
 * Catalog factors = Factors.builtIn();          // newest bundled version
 * Catalog v = Factors.builtIn("2026.2");        // a pinned version, for reproducible reports
 * }</pre>
 *
 * Loaded catalogs are cached; they are immutable and thread-safe.
 */
public final class Factors {
    private static final ConcurrentHashMap<String, Catalog> CACHE = new ConcurrentHashMap<>();

    private Factors() {
    }

    /** The bundled dataset versions, oldest first. */
    public static List<String> versions() {
        try (InputStream in = Factors.class.getResourceAsStream(DatasetLoader.ROOT + "versions.txt")) {
            if (in == null) {
                throw new IllegalStateException("the impact-factors jar lacks " + DatasetLoader.ROOT + "versions.txt");
            }
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    out.add(l.trim());
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the list of bundled dataset versions", e);
        }
    }

    /** The newest bundled dataset. */
    public static Catalog builtIn() {
        List<String> v = versions();
        return builtIn(v.get(v.size() - 1));
    }

    /**
     * A bundled dataset by version.
     *
     * @throws IllegalArgumentException if no such version is bundled
     * @throws DataFileException        if the bundled data is corrupt (checksum mismatch, invalid row)
     */
    public static Catalog builtIn(String version) {
        if (!versions().contains(version)) {
            throw new IllegalArgumentException("no bundled dataset version '" + version + "'; bundled: " + versions());
        }
        return CACHE.computeIfAbsent(version, Factors::load);
    }

    /**
     * Loads and validates a bundled dataset afresh, bypassing the cache (for benchmarks, or to re-check the data).
     *
     * @throws IllegalArgumentException if no such version is bundled
     * @throws DataFileException        if the bundled data is corrupt
     */
    public static Catalog load(String version) {
        if (!versions().contains(version)) {
            throw new IllegalArgumentException("no bundled dataset version '" + version + "'; bundled: " + versions());
        }
        return DatasetLoader.loadResource(version);
    }
}
