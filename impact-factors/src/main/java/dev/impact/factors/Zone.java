package dev.impact.factors;

import java.util.List;
import java.util.Objects;

/**
 * An electricity zone: a country (ISO 3166-1 alpha-2 code) or an aggregate ({@code WORLD}, {@code EU27},
 * {@code EUROPE}).
 *
 * @param code   the code used in factor keys, e.g. {@code FR}
 * @param alpha3 the ISO alpha-3 code, e.g. {@code FRA} (empty for aggregates)
 * @param nameEn English name
 * @param nameFr French name
 * @param groups groups the zone belongs to, e.g. {@code EU27}, {@code G20}
 */
public record Zone(String code, String alpha3, String nameEn, String nameFr, List<String> groups) {
    public Zone {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(alpha3, "alpha3");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameFr, "nameFr");
        groups = List.copyOf(groups);
    }

    @Override
    public String toString() {
        return code + " (" + nameEn + ")";
    }
}
