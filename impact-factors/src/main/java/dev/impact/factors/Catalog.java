package dev.impact.factors;

import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.factor.SimpleFactorCatalog;
import dev.impact.factor.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded factor dataset: the {@link FactorCatalog} the engine reads, plus its sources and zones, discovery
 * ({@link #search}, {@link #list}, {@link #show}) and user overlays ({@link #withOverlay}). Immutable, thread-safe.
 * To assess with it, go through the core's door: {@code Impact.using(Factors.builtIn()).reportingYear(2024)...}.
 *
 * <pre>{@code
 * Catalog c = Factors.builtIn();
 * System.out.println(c.search("laptop"));
 * System.out.println(c.show("device.laptop.ademe-base-empreinte"));
 * Catalog mine = c.withOverlay(Path.of("my-factors.csv"));
 * }</pre>
 */
public final class Catalog implements FactorCatalog {
    private final SimpleFactorCatalog delegate;
    private final Map<String, Source> sources;
    private final List<Zone> zones;

    Catalog(SimpleFactorCatalog delegate, Map<String, Source> sources, List<Zone> zones) {
        this.delegate = delegate;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.zones = List.copyOf(zones);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String version() {
        return delegate.version();
    }

    @Override
    public String checksum() {
        return delegate.checksum();
    }

    @Override
    public Collection<Factor> factors() {
        return delegate.factors();
    }

    @Override
    public Collection<Parameter> parameters() {
        return delegate.parameters();
    }

    @Override
    public Optional<Factor> factor(String id) {
        return delegate.factor(id);
    }

    @Override
    public Optional<Parameter> parameter(String id) {
        return delegate.parameter(id);
    }

    @Override
    public List<Factor> factorsForKey(String key) {
        return delegate.factorsForKey(key);
    }

    @Override
    public Set<String> keys() {
        return delegate.keys();
    }

    @Override
    public List<String> sourcePreference() {
        return delegate.sourcePreference();
    }

    /** Every publication cited, by id. */
    public Map<String, Source> sources() {
        return sources;
    }

    /** The electricity zones the dataset knows. */
    public List<Zone> zones() {
        return zones;
    }

    /** The zone with this code, alpha-3 code or English or French name (case-insensitive). */
    public Optional<Zone> zone(String codeOrName) {
        String q = codeOrName.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return Optional.empty(); // a zone without an alpha-3 code (WORLD, EU…) must not match a blank
        }
        for (Zone z : zones) {
            if (z.code().toLowerCase(Locale.ROOT).equals(q) || z.alpha3().toLowerCase(Locale.ROOT).equals(q)
                    || z.nameEn().toLowerCase(Locale.ROOT).equals(q) || z.nameFr().toLowerCase(Locale.ROOT).equals(q)) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }

    /** The code of {@link #zone(String) the zone} with this code, alpha-3 code or English or French name. */
    @Override
    public Optional<String> zoneCode(String codeOrName) {
        return zone(codeOrName).map(Zone::code);
    }

    /**
     * Factors and parameters whose id, key, name, zone, source or note contain every word of {@code text}
     * (case-insensitive), e.g. {@code search("laptop")}, {@code search("electricity FR")}.
     */
    public Listing search(String text) {
        String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
        List<Factor> fs = new ArrayList<>();
        for (Factor f : factors()) {
            if (matches(words, f.id(), f.key(), f.name(), f.provenance().zone(), f.sourceId(), f.provenance().note())) {
                fs.add(f);
            }
        }
        List<Parameter> ps = new ArrayList<>();
        for (Parameter p : parameters()) {
            if (matches(words, p.id(), p.unit(), p.provenance().zone(), p.provenance().source().id(),
                    p.provenance().note())) {
                ps.add(p);
            }
        }
        return new Listing(fs, ps);
    }

    private static boolean matches(String[] words, String... fields) {
        String all = String.join(" ", fields).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!all.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Factors whose key, and parameters whose id, start with {@code prefix}, e.g. {@code list("device.")}. */
    public Listing list(String prefix) {
        List<Factor> fs = new ArrayList<>();
        factors().forEach(f -> {
            if (f.key().startsWith(prefix)) {
                fs.add(f);
            }
        });
        List<Parameter> ps = new ArrayList<>();
        parameters().forEach(p -> {
            if (p.id().startsWith(prefix)) {
                ps.add(p);
            }
        });
        return new Listing(fs, ps);
    }

    /**
     * One factor or parameter with its full provenance, as text.
     *
     * @throws IllegalArgumentException if no factor or parameter has this id
     */
    public String show(String id) {
        Optional<Factor> f = factor(id);
        Optional<Parameter> p = parameter(id);
        if (f.isEmpty() && p.isEmpty()) {
            throw new IllegalArgumentException("no factor or parameter with id '" + id + "'; try search(\"" + id
                    + "\")");
        }
        StringBuilder sb = new StringBuilder();
        f.ifPresent(x -> sb.append(x.id()).append(" — ").append(x.name()).append(", per ").append(x.unit().symbol())
                .append("\n  key: ").append(x.key()).append(describe(x.provenance(), x.uncertainty().toString()))
                .append('\n').append(x.values()));
        p.ifPresent(x -> sb.append(x.id()).append(" = ").append(x.value()).append(' ').append(x.unit())
                .append(describe(x.provenance(), x.uncertainty().toString())).append('\n'));
        return sb.toString();
    }

    private static String describe(dev.impact.factor.Provenance pr, String uncertainty) {
        Source s = pr.source();
        return "\n  zone " + pr.zone() + ", data year " + pr.year() + (pr.estimate() ? ", ESTIMATE" : "")
                + "\n  uncertainty: " + uncertainty
                + "\n  source: " + s.title() + " — " + s.publisher() + " (" + s.year() + ")"
                + "\n  where: " + s.locator()
                + "\n  licence: " + s.licence()
                + (pr.note().isEmpty() ? "" : "\n  note: " + pr.note());
    }

    /**
     * A new catalog with the rows of a user's CSV file added or replacing rows with the same id. The file is a
     * factor file or a parameter file (see DATA-FORMAT.md); its rows keep their own provenance, and its sources are
     * preferred over the built-in ones when resolving a key.
     *
     * @throws DataFileException naming file, line and field when the file is malformed
     */
    public Catalog withOverlay(Path file) {
        return Overlay.apply(this, file);
    }

    SimpleFactorCatalog delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return name() + " " + version() + ": " + factors().size() + " factors, " + parameters().size()
                + " parameters, " + sources.size() + " sources, " + zones.size() + " zones (" + checksum() + ")";
    }
}
