package dev.impact.engine;

import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.ProductRange;
import dev.impact.factor.Provenance;
import dev.impact.factor.ReferenceUnit;
import dev.impact.factor.Source;
import dev.impact.internal.Suggestions;
import dev.impact.inventory.DeclaredFootprint;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Model-level figures of device lines: the catalog's manufacturer sheets ({@code product.<category>.<maker-model>})
 * and suppliers' declarations, laid over the category's factor for climate change only. Resolved once per plan.
 */
final class Products {
    private static final Phase[] EMBODIED = {Phase.MANUFACTURE, Phase.DISTRIBUTION, Phase.END_OF_LIFE};

    private Products() {
    }

    /** {@code "Dell Latitude 5430"} → {@code dell-latitude-5430}: lower case, runs of other characters as one dash. */
    static String slug(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean dash = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return sb.toString();
    }

    /**
     * The key of {@code model} among {@code category}'s model factors: the exact {@code maker-model} slug, or the
     * one key whose slug ends with the given one after a dash (a model named without its maker: "Latitude 5430").
     */
    static Optional<String> key(FactorCatalog catalog, String category, String model) {
        String family = ProductRange.PREFIX + category + ".";
        String s = slug(model);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!catalog.factorsForKey(family + s).isEmpty()) {
            return Optional.of(family + s);
        }
        String found = null;
        for (String k : catalog.keys()) {
            if (k.startsWith(family) && k.endsWith("-" + s) && k.indexOf('.', family.length()) < 0) {
                if (found != null) {
                    return Optional.empty(); // ambiguous: the notice lists the candidates
                }
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    /** "; closest: …" with up to three models of the category, or empty. */
    static String closest(FactorCatalog catalog, String category, String model) {
        String family = ProductRange.PREFIX + category + ".";
        List<String> names = new ArrayList<>();
        for (String k : catalog.keys()) {
            if (k.startsWith(family) && k.indexOf('.', family.length()) < 0) {
                names.add(k.substring(family.length()));
            }
        }
        String s = slug(model);
        List<String> containing = new ArrayList<>();
        for (String n : names) {
            if (n.endsWith("-" + s) || n.contains(s)) {
                containing.add(n);
            }
        }
        if (!containing.isEmpty()) {
            containing.sort(null);
            return " (matches several: " + String.join(", ", containing.subList(0, Math.min(3, containing.size())))
                    + (containing.size() > 3 ? ", …" : "") + ")";
        }
        List<String> close = Suggestions.closest(s, names);
        return close.isEmpty() ? "" : "; closest: " + String.join(", ", close);
    }

    /** The declaration as a factor of its own: one device's embodied climate change, in manufacture. */
    static Resolver.Resolved declared(Resolver r, String category, String model, DeclaredFootprint d) {
        String id = "declared." + category + "." + (model == null ? "unnamed" : slug(model)) + "."
                + Integer.toHexString(Double.hashCode(d.embodiedKgCo2e()) * 31 + d.source().hashCode());
        Source source = new Source("declared-" + Integer.toHexString(d.source().hashCode()), d.source(),
                "supplier's declaration", r.year(), d.source(), "declared by the supplier");
        Factor f = new Factor(id, id, "Declared embodied footprint" + (model == null ? "" : " of " + model),
                ReferenceUnit.UNIT, Footprint.builder().set(Phase.MANUFACTURE, Indicator.CLIMATE_CHANGE,
                d.embodiedKgCo2e()).build(), new Provenance(source, "WORLD", r.year(), false,
                "declared by the supplier: " + d.source()), d.uncertainty());
        return new Resolver.Resolved(f.values(), List.of(id), List.of(new LineTrace.Term(f.values(),
                List.of(Multiplier.of(f)))), List.of());
    }

    /** The range check of a declaration, as a notice reports list with the line. */
    static AppliedDefault declaredNotice(FactorCatalog catalog, String category, DeclaredFootprint d) {
        Optional<ProductRange> range = ProductRange.of(catalog, category);
        String check = range.map(x -> {
            ProductRange.Position p = x.check(d.embodiedKgCo2e());
            return (p == ProductRange.Position.WITHIN ? "within the range of" : p == ProductRange.Position.BELOW
                    ? "BELOW the range of" : "ABOVE the range of") + " " + x + String.format(Locale.ROOT,
                    ", %s× the median", Numbers.format(x.ratioToMedian(d.embodiedKgCo2e())));
        }).orElse("no manufacturer sheet of " + category + " in the catalog to check it against");
        return AppliedDefault.numeric("declaredFootprint", d.embodiedKgCo2e(), "kgCO2e embodied", InputStatus.INPUT,
                "supplier's declaration: " + d.source() + "; " + check, "");
    }

    /**
     * {@code device} with its embodied climate change replaced by {@code climate}'s (a cell {@code climate} has no
     * value for becomes 0: its figure is the whole embodied part); other indicators unchanged.
     */
    static Resolver.Resolved withClimate(Resolver.Resolved device, Resolver.Resolved climate) {
        Footprint.Builder b = Footprint.builder();
        Footprint.Builder zeros = Footprint.builder();
        boolean anyZero = false;
        Footprint d = device.values();
        Footprint c = climate.values();
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                boolean replaced = i == Indicator.CLIMATE_CHANGE && embodied(p);
                if (replaced) {
                    boolean none = c.availability(p, i) == Availability.NOT_AVAILABLE;
                    b.set(p, i, none ? 0 : c.value(p, i));
                    if (none) {
                        zeros.set(p, i, 0);
                        anyZero = true;
                    }
                } else if (d.availability(p, i) != Availability.NOT_AVAILABLE) {
                    b.set(p, i, d.value(p, i));
                }
            }
        }
        List<LineTrace.Term> pieces = new ArrayList<>();
        for (LineTrace.Term t : device.pieces()) {
            Footprint rest = withoutEmbodiedClimate(t.values());
            if (!rest.isNotAvailable()) {
                pieces.add(new LineTrace.Term(rest, t.multipliers()));
            }
        }
        pieces.addAll(climate.pieces());
        if (anyZero) { // the known zeros, so that the trace's terms add up to the values cell by cell
            pieces.add(new LineTrace.Term(zeros.build(), climate.pieces().get(0).multipliers()));
        }
        List<String> ids = new ArrayList<>(device.ids());
        ids.addAll(climate.ids());
        List<AppliedDefault> notices = new ArrayList<>(device.notices());
        notices.addAll(climate.notices());
        return new Resolver.Resolved(b.build(), List.copyOf(ids), List.copyOf(pieces), List.copyOf(notices));
    }

    private static boolean embodied(Phase p) {
        for (Phase e : EMBODIED) {
            if (e == p) {
                return true;
            }
        }
        return false;
    }

    private static Footprint withoutEmbodiedClimate(Footprint f) {
        Footprint.Builder b = Footprint.builder();
        for (Phase p : Phase.values()) {
            for (Indicator i : Indicator.values()) {
                if (!(i == Indicator.CLIMATE_CHANGE && embodied(p)) && f.availability(p, i) != Availability.NOT_AVAILABLE) {
                    b.set(p, i, f.value(p, i));
                }
            }
        }
        return b.build();
    }
}
