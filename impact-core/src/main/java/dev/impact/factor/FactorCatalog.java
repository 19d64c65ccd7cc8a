package dev.impact.factor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned, immutable set of {@link Factor}s and {@link Parameter}s: the service provider interface the engine
 * reads factors through. {@code impact-factors} implements it with the bundled public datasets; tests and embedding
 * applications can build their own with {@link #builder()}.
 *
 * <p>Implementations must be immutable and thread-safe, and should pass the compatibility kit
 * {@code dev.impact.factor.FactorCatalogContract} (in impact-core's test jar).
 *
 * <h2>Time-valid lookup</h2>
 * Several factors may share a key (different sources, different years). {@link #candidates(String, int)} orders
 * those valid for a reporting year: factors of a year after the reporting year are excluded; the rest are ordered
 * by {@link #sourcePreference()} (listed sources first, in that order), then by newest year, except for
 * {@link #yearSpecific year-specific} keys (grid intensities), ordered by newest year first, then by source
 * preference. {@link #resolve(String, int)} returns the first.
 */
public interface FactorCatalog {

    /** A human name, e.g. {@code impact built-in factors}. */
    String name();

    /** Dataset version, e.g. {@code 2026.1}. */
    String version();

    /** Checksum of the data the catalog was built from (e.g. {@code sha256:...}), or {@code none}. */
    String checksum();

    /** All factors, unmodifiable. */
    Collection<Factor> factors();

    /** All parameters, unmodifiable. */
    Collection<Parameter> parameters();

    /** The factor with this id. */
    Optional<Factor> factor(String id);

    /** The parameter with this id. */
    Optional<Parameter> parameter(String id);

    /** Every factor with this key, in no particular order; empty if the key is unknown. */
    List<Factor> factorsForKey(String key);

    /** All factor keys. */
    Set<String> keys();

    /** Source ids in order of preference, most preferred first; sources not listed come after, newest first. */
    List<String> sourcePreference();

    /**
     * Whether each factor of this key describes its own data year (a grid's intensity in 2022 is not its intensity
     * in 2024), rather than a lasting thing measured in some year (a laptop's manufacture). For such keys the newest
     * year not after the reporting year wins over source preference, so that a preferred source's old year never
     * beats another source's current one (ADEME Base IMPACTS 2011 against Ember 2022); and the engine never applies
     * them to a year before their data. By default, the grid keys {@code electricity.<zone>}.
     */
    default boolean yearSpecific(String key) {
        Objects.requireNonNull(key, "key");
        return key.startsWith("electricity.");
    }

    /**
     * Factors with this key valid in {@code year} (data year not after it), best first: by source preference, then
     * newest year, then id ({@link #yearSpecific year-specific} keys: newest year, then source preference, then id).
     */
    default List<Factor> candidates(String key, int year) {
        Objects.requireNonNull(key, "key");
        return candidates(key, year, sourcePreference());
    }

    /**
     * As {@link #candidates(String, int)}, ordered by the given source preference (sources not listed come after,
     * newest first): the one ordering rule, also used by the engine when an assessment prefers other sources.
     */
    default List<Factor> candidates(String key, int year, List<String> preference) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(preference, "preference");
        List<Factor> out = new ArrayList<>();
        for (Factor f : factorsForKey(key)) {
            if (f.year() <= year) {
                out.add(f);
            }
        }
        Comparator<Factor> bySource = Comparator.comparingInt(f -> {
            int r = preference.indexOf(f.sourceId());
            return r < 0 ? Integer.MAX_VALUE : r;
        });
        Comparator<Factor> newestFirst = Comparator.comparingInt(Factor::year).reversed();
        out.sort((yearSpecific(key) ? newestFirst.thenComparing(bySource) : bySource.thenComparing(newestFirst))
                .thenComparing(Factor::id));
        return out;
    }

    /** The best factor with this key valid in {@code year}, see {@link #candidates(String, int)}. */
    default Optional<Factor> resolve(String key, int year) {
        Objects.requireNonNull(key, "key");
        List<Factor> c = candidates(key, year);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /**
     * The electricity zones this catalog has a grid factor for: the {@code <zone>} of every {@code electricity.<zone>}
     * key, sorted. Readers check a user's zone against these (a scenario's {@code moveStorage}, say).
     */
    default SortedSet<String> zoneCodes() {
        SortedSet<String> out = new TreeSet<>();
        for (String k : keys()) {
            if (k.startsWith("electricity.") && k.indexOf('.', "electricity.".length()) < 0) {
                out.add(k.substring("electricity.".length()));
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /**
     * The zone code that {@code codeOrName} stands for, if this catalog knows it: by default a case-insensitive match
     * on {@link #zoneCodes()}; a catalog that also knows zone names (the bundled one: alpha-3 codes, English and
     * French names) may accept those too.
     */
    default Optional<String> zoneCode(String codeOrName) {
        Objects.requireNonNull(codeOrName, "codeOrName");
        String q = codeOrName.trim();
        for (String z : zoneCodes()) {
            if (z.equalsIgnoreCase(q)) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }

    /** A builder for an immutable in-memory catalog. */
    static SimpleFactorCatalog.Builder builder() {
        return new SimpleFactorCatalog.Builder();
    }
}
