package dev.impact.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit of the {@link FactorCatalog} SPI: every implementation extends this class and supplies its
 * catalog. Shipped in impact-core's test jar ({@code <type>test-jar</type>}).
 *
 * <pre>{@code
 * class MyCatalogTest extends FactorCatalogContract {
 *     @Override protected FactorCatalog catalog() { return MyCatalog.load(); }
 * }
 * }</pre>
 */
public abstract class FactorCatalogContract {

    /** The catalog under test (may be the same instance every call). */
    protected abstract FactorCatalog catalog();

    @Test
    void catalog_hasIdentity() {
        FactorCatalog c = catalog();
        assertThat(c.name()).isNotBlank();
        assertThat(c.version()).isNotBlank();
        assertThat(c.checksum()).isNotBlank();
        assertThat(c.factors()).isNotEmpty();
    }

    @Test
    void factorIds_areUniqueAndFindable() {
        FactorCatalog c = catalog();
        Set<String> ids = new HashSet<>();
        for (Factor f : c.factors()) {
            assertThat(ids.add(f.id())).as("duplicate factor id %s", f.id()).isTrue();
            assertThat(c.factor(f.id())).contains(f);
        }
        for (Parameter p : c.parameters()) {
            assertThat(c.parameter(p.id())).contains(p);
        }
    }

    @Test
    void keys_indexEveryFactor() {
        FactorCatalog c = catalog();
        Set<String> keys = new HashSet<>();
        for (Factor f : c.factors()) {
            keys.add(f.key());
            assertThat(c.factorsForKey(f.key())).contains(f);
        }
        assertThat(c.keys()).isEqualTo(keys);
        int n = 0;
        for (String k : c.keys()) {
            for (Factor f : c.factorsForKey(k)) {
                assertThat(f.key()).isEqualTo(k);
                n++;
            }
        }
        assertThat(n).isEqualTo(c.factors().size());
    }

    @Test
    void unknownIds_areEmptyNotErrors() {
        FactorCatalog c = catalog();
        assertThat(c.factor("no.such.factor.id")).isEmpty();
        assertThat(c.parameter("no.such.parameter.id")).isEmpty();
        assertThat(c.factorsForKey("no.such.key")).isEmpty();
        assertThat(c.resolve("no.such.key", 2024)).isEmpty();
    }

    @Test
    void resolve_newestNotAfterYear_bySourcePreference() {
        FactorCatalog c = catalog();
        List<String> pref = c.sourcePreference();
        for (String key : c.keys()) {
            List<Factor> all = c.factorsForKey(key);
            int maxYear = all.stream().mapToInt(Factor::year).max().orElseThrow();
            int minYear = all.stream().mapToInt(Factor::year).min().orElseThrow();
            for (int year : new int[] {minYear, maxYear}) {
                Factor best = c.resolve(key, year).orElseThrow();
                assertThat(best.year()).as("%s in %d", key, year).isLessThanOrEqualTo(year);
                int bestRank = rank(pref, best);
                for (Factor other : all) {
                    if (other.year() > year || other == best) {
                        continue;
                    }
                    int r = rank(pref, other);
                    boolean worse = c.yearSpecific(key)
                            ? other.year() < best.year() || (other.year() == best.year() && r >= bestRank)
                            : r > bestRank || (r == bestRank && other.year() <= best.year());
                    assertThat(worse)
                            .as("%s in %d: %s should not be preferred over %s", key, year, best.id(), other.id())
                            .isTrue();
                }
            }
            assertThat(c.resolve(key, minYear - 1)).as("nothing is valid before %d for %s", minYear, key).isEmpty();
        }
    }

    private static int rank(List<String> pref, Factor f) {
        int r = pref.indexOf(f.sourceId());
        return r < 0 ? Integer.MAX_VALUE : r;
    }

    @Test
    void provenance_isComplete() {
        for (Factor f : catalog().factors()) {
            check(f.id(), f.provenance(), f.uncertainty());
            assertThat(f.values().isNotAvailable()).as(f.id()).isFalse();
        }
        for (Parameter p : catalog().parameters()) {
            check(p.id(), p.provenance(), p.uncertainty());
        }
    }

    private static void check(String id, Provenance p, Uncertainty u) {
        assertThat(p.source().title()).as(id).isNotBlank();
        assertThat(p.source().publisher()).as(id).isNotBlank();
        assertThat(p.source().locator()).as(id).isNotBlank();
        assertThat(p.source().licence()).as(id).isNotBlank();
        assertThat(p.zone()).as(id).isNotBlank();
        assertThat(p.year()).as(id).isBetween(1990, 2100);
        assertThat(u).as(id).isNotNull();
    }

    @Test
    void collections_areUnmodifiable() {
        FactorCatalog c = catalog();
        assertThatThrownBy(() -> c.factors().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.keys().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.sourcePreference().clear()).isInstanceOf(UnsupportedOperationException.class);
        String key = c.keys().iterator().next();
        assertThatThrownBy(() -> c.factorsForKey(key).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void concurrentLookups_agree() throws Exception {
        FactorCatalog c = catalog();
        List<String> keys = new ArrayList<>(c.keys());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Optional<Factor>>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<Optional<Factor>> out = new ArrayList<>();
                    for (String k : keys) {
                        out.add(c.resolve(k, 2100));
                    }
                    return out;
                }));
            }
            List<Optional<Factor>> first = futures.get(0).get(60, TimeUnit.SECONDS);
            for (Future<List<Optional<Factor>>> f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
