package dev.impact.factor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, indexed in-memory {@link FactorCatalog}. Build one with {@link FactorCatalog#builder()}; layer a
 * user's own rows over another catalog with {@link Builder#from(FactorCatalog)}.
 */
public final class SimpleFactorCatalog implements FactorCatalog {
    private final String name;
    private final String version;
    private final String checksum;
    private final Map<String, Factor> factors;
    private final Map<String, Parameter> parameters;
    private final Map<String, List<Factor>> byKey;
    private final List<String> sourcePreference;

    private SimpleFactorCatalog(Builder b) {
        this.name = b.name;
        this.version = b.version;
        this.checksum = b.checksum;
        this.factors = Collections.unmodifiableMap(new LinkedHashMap<>(b.factors));
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        Map<String, List<Factor>> keys = new HashMap<>();
        for (Factor f : factors.values()) {
            keys.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        keys.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Collections.unmodifiableMap(keys);
        this.sourcePreference = List.copyOf(b.sourcePreference);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String checksum() {
        return checksum;
    }

    @Override
    public Collection<Factor> factors() {
        return factors.values();
    }

    @Override
    public Collection<Parameter> parameters() {
        return parameters.values();
    }

    @Override
    public Optional<Factor> factor(String id) {
        return Optional.ofNullable(factors.get(id));
    }

    @Override
    public Optional<Parameter> parameter(String id) {
        return Optional.ofNullable(parameters.get(id));
    }

    @Override
    public List<Factor> factorsForKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    @Override
    public Set<String> keys() {
        return byKey.keySet();
    }

    @Override
    public List<String> sourcePreference() {
        return sourcePreference;
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + factors.size() + " factors, " + parameters.size() + " parameters, "
                + byKey.size() + " keys; " + checksum + ")";
    }

    /** Collects factors and parameters; ids must be unique unless {@link #replace} is used. Not thread-safe. */
    public static final class Builder {
        private String name = "catalog";
        private String version = "unversioned";
        private String checksum = "none";
        private final Map<String, Factor> factors = new LinkedHashMap<>();
        private final Map<String, Parameter> parameters = new LinkedHashMap<>();
        private final List<String> sourcePreference = new ArrayList<>();

        Builder() {
        }

        /** Starts from every row and the source preference of {@code base}; its name and version are kept. */
        public Builder from(FactorCatalog base) {
            name = base.name();
            version = base.version();
            checksum = base.checksum();
            base.factors().forEach(f -> factors.put(f.id(), f));
            base.parameters().forEach(p -> parameters.put(p.id(), p));
            sourcePreference.addAll(base.sourcePreference());
            return this;
        }

        /** Sets the catalog's name. */
        public Builder name(String name) {
            this.name = Checks.requireText(name, "name");
            return this;
        }

        /** Sets the dataset version. */
        public Builder version(String version) {
            this.version = Checks.requireText(version, "version");
            return this;
        }

        /** Sets the checksum of the data. */
        public Builder checksum(String checksum) {
            this.checksum = Checks.requireText(checksum, "checksum");
            return this;
        }

        /**
         * Adds a factor.
         *
         * @throws IllegalArgumentException if a factor with the same id is already present
         */
        public Builder add(Factor factor) {
            Objects.requireNonNull(factor, "factor");
            if (factors.putIfAbsent(factor.id(), factor) != null) {
                throw new IllegalArgumentException("duplicate factor id '" + factor.id() + "'");
            }
            return this;
        }

        /**
         * Adds a parameter.
         *
         * @throws IllegalArgumentException if a parameter with the same id is already present
         */
        public Builder add(Parameter parameter) {
            Objects.requireNonNull(parameter, "parameter");
            if (parameters.putIfAbsent(parameter.id(), parameter) != null) {
                throw new IllegalArgumentException("duplicate parameter id '" + parameter.id() + "'");
            }
            return this;
        }

        /** Adds or replaces the factor with the same id (user overlays). */
        public Builder replace(Factor factor) {
            factors.put(factor.id(), Objects.requireNonNull(factor, "factor"));
            return this;
        }

        /** Adds or replaces the parameter with the same id (user overlays). */
        public Builder replace(Parameter parameter) {
            parameters.put(parameter.id(), Objects.requireNonNull(parameter, "parameter"));
            return this;
        }

        /** Appends source ids to the preference order (ids already listed keep their place). */
        public Builder preferSources(List<String> sourceIds) {
            for (String s : sourceIds) {
                if (!sourcePreference.contains(s)) {
                    sourcePreference.add(s);
                }
            }
            return this;
        }

        /** Puts source ids at the head of the preference order (an overlay's own sources win). */
        public Builder preferSourcesFirst(List<String> sourceIds) {
            sourcePreference.removeAll(sourceIds);
            sourcePreference.addAll(0, sourceIds);
            return this;
        }

        /** The immutable catalog. */
        public SimpleFactorCatalog build() {
            return new SimpleFactorCatalog(this);
        }
    }
}
