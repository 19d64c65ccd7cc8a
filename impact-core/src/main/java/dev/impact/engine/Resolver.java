package dev.impact.engine;

import dev.impact.internal.Suggestions;
import dev.impact.inventory.LineRejectedException;
import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.measure.Availability;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Looks factors and parameters up once per key for one assessment, applying the time-valid rule and the source
 * preference, and failing with messages that name what was asked and suggest close keys. Not thread-safe: one per
 * assessment.
 */
final class Resolver {

    /**
     * A factor ready for arithmetic: its values, plus the ids it came from, the same values split by source
     * factor, each piece proportional to its factor (for {@link Trace}), and the notices a line using it must carry
     * (a vintage newer than the reporting year, see {@link #factor}).
     */
    record Resolved(Footprint values, List<String> ids, List<LineTrace.Term> pieces, List<AppliedDefault> notices) {
        /** The pieces restricted to these phases (pieces left empty are dropped). */
        List<LineTrace.Term> pieces(Phase... phases) {
            List<LineTrace.Term> out = new ArrayList<>(pieces.size());
            for (LineTrace.Term t : pieces) {
                Footprint f = t.values().onlyPhases(phases);
                if (!f.isNotAvailable()) {
                    out.add(new LineTrace.Term(f, t.multipliers()));
                }
            }
            return out;
        }
    }

    private final FactorCatalog catalog;
    private final int year;
    private final List<String> preference;
    private final Map<String, Resolved> factors = new HashMap<>();

    Resolver(FactorCatalog catalog, AssessmentOptions options) {
        this.catalog = catalog;
        this.year = options.reportingYear();
        List<String> pref = new ArrayList<>(options.sourcePreference());
        for (String s : catalog.sourcePreference()) {
            if (!pref.contains(s)) {
                pref.add(s);
            }
        }
        this.preference = List.copyOf(pref);
    }

    /** The key family of the electricity grid factors, {@code electricity.<zone>}. */
    private static final String ZONE_FAMILY = "electricity.";

    FactorCatalog catalog() {
        return catalog;
    }

    /** The reporting year. */
    int year() {
        return year;
    }

    boolean hasKey(String key) {
        return !catalog.factorsForKey(key).isEmpty();
    }

    /**
     * The best factor for {@code key} valid in the reporting year. Indicators the best factor has no value for are
     * completed from the next candidates (another source or an older year of the same key), and their ids listed.
     *
     * <p><b>Baseline years.</b> A factor applies from its data year on. When a key has no factor that old, the
     * reporting year is a baseline before the data (a 2019 greenhouse-gas baseline, say): equipment, network, storage
     * and every other non-grid factor then applies backwards from its earliest vintage, and the result carries a
     * notice ({@code factorVintage: "ADEME 2022 used for 2019"}) that reports list with the other completed inputs.
     * {@link FactorCatalog#yearSpecific Year-specific} factors (grid intensities) never apply backwards: they are
     * what changes from year to year.
     *
     * @param what what the key stands for in an error message, e.g. {@code "device category 'laptpo'"}
     */
    Resolved factor(String key, String what) {
        Resolved r = factors.get(key);
        if (r == null) {
            r = resolve(key, what);
            factors.put(key, r);
        }
        return r;
    }

    private Resolved resolve(String key, String what) {
        List<Factor> all = catalog.factorsForKey(key);
        if (all.isEmpty() && key.startsWith(ZONE_FAMILY)) {
            // one zone parser for the command line, files and the API: "France", "FRA", "fr" → electricity.FR
            String given = key.substring(ZONE_FAMILY.length());
            java.util.Optional<String> code = catalog.zoneCode(given);
            if (code.isPresent() && !code.get().equals(given)) {
                return factor(ZONE_FAMILY + code.get(), what);
            }
        }
        if (all.isEmpty()) {
            String family = key.substring(0, key.lastIndexOf('.') + 1);
            List<String> siblings = new ArrayList<>();
            for (String k : catalog.keys()) {
                if (k.startsWith(family) && k.indexOf('.', family.length()) < 0) {
                    siblings.add(k.substring(family.length()));
                }
            }
            siblings.sort(null);
            throw rejected(key, what + " is unknown: no factor with key '" + key + "' in " + catalog.name() + " "
                    + catalog.version() + Suggestions.didYouMean(key.substring(family.length()), siblings));
        }
        List<Factor> inYear = catalog.candidates(key, year, preference);
        List<Factor> valid = inYear.isEmpty() ? backwards(key, all, what) : inYear;
        List<AppliedDefault> notices = inYear.isEmpty() ? List.of(vintageNotice(valid.get(0))) : List.of();
        Factor best = valid.get(0);
        List<String> ids = new ArrayList<>();
        ids.add(best.id());
        Footprint.Builder b = null;
        // the other factors' contributions, by their index in valid (distinct factors; no record hashing)
        Map<Integer, Footprint.Builder> others = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            if (best.values().availability(i) != Availability.NOT_AVAILABLE) {
                continue;
            }
            for (int k = 1; k < valid.size(); k++) {
                Factor other = valid.get(k);
                if (other.unit() != best.unit() || other.values().availability(i) == Availability.NOT_AVAILABLE) {
                    continue;
                }
                if (b == null) {
                    b = Footprint.builder();
                    copyAll(b, best.values());
                }
                Footprint.Builder piece = others.computeIfAbsent(k, o -> Footprint.builder());
                for (Phase p : Phase.values()) {
                    if (other.values().availability(p, i) != Availability.NOT_AVAILABLE) {
                        b.set(p, i, other.values().value(p, i));
                        piece.set(p, i, other.values().value(p, i));
                    }
                }
                if (!ids.contains(other.id())) {
                    ids.add(other.id());
                }
                break;
            }
        }
        List<LineTrace.Term> pieces = new ArrayList<>();
        pieces.add(new LineTrace.Term(best.values(), List.of(Multiplier.of(best))));
        others.forEach((k, piece) -> pieces.add(new LineTrace.Term(piece.build(),
                List.of(Multiplier.of(valid.get(k))))));
        return new Resolved(b == null ? best.values() : b.build(), List.copyOf(ids), List.copyOf(pieces), notices);
    }

    /**
     * Adds {@code f}'s notices to {@code into}, one per text (the components of one model often share a source and
     * year: one line "Boavizta 2021 used for 2019" says it for all of them).
     */
    static void addNotices(List<AppliedDefault> into, Resolved f) {
        for (AppliedDefault n : f.notices()) {
            if (into.stream().noneMatch(d -> d.field().equals(n.field()) && d.text().equals(n.text()))) {
                into.add(n);
            }
        }
    }

    /** The candidates of a key none of whose factors is as old as the reporting year: its earliest vintage. */
    private List<Factor> backwards(String key, List<Factor> all, String what) {
        int earliest = all.stream().mapToInt(Factor::year).min().orElseThrow();
        if (catalog.yearSpecific(key)) {
            throw rejected(key, "no factor for " + what + " (key '" + key + "') is valid in reporting year "
                    + year + ": the earliest is of " + earliest + " (grid factors apply from their data year on)");
        }
        return catalog.candidates(key, earliest, preference);
    }

    /** The notice of a factor applied to a reporting year before its data year. */
    private AppliedDefault vintageNotice(Factor f) {
        return new AppliedDefault("factorVintage", Double.NaN, f.provenance().source().publisher() + " " + f.year()
                + " used for " + year, "", InputStatus.COMPLETED, f.id(), f.provenance().source().title());
    }

    private static void copyAll(Footprint.Builder b, Footprint f) {
        for (Phase p : Phase.values()) {
            b.setAll(p, f);
        }
    }

    /**
     * A refusal about the factor {@code key}, pinned on the line input the key is made of: {@code device.<category>}
     * → {@code category}, {@code electricity.<zone>}, {@code network.<kind>.<zone>} and {@code storage.cloud.<zone>}
     * → {@code zone}; any other key is a component of a model the catalog lacks, about the whole line.
     */
    static LineRejectedException rejected(String key, String reason) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        if (key.startsWith("device.") && key.indexOf('.', "device.".length()) < 0) {
            return new LineRejectedException("category", last, reason);
        } else if (key.startsWith("electricity.") || key.startsWith("network.") || key.startsWith("storage.cloud.")) {
            return new LineRejectedException("zone", last, reason);
        }
        return new LineRejectedException("", "", reason);
    }

    /** A required parameter. */
    Parameter parameter(String id, String what) {
        Optional<Parameter> p = catalog.parameter(id);
        if (p.isEmpty()) {
            TreeSet<String> ids = new TreeSet<>();
            catalog.parameters().forEach(x -> ids.add(x.id()));
            throw new IllegalArgumentException(what + ": the catalog " + catalog.name() + " " + catalog.version()
                    + " has no parameter '" + id + "'" + Suggestions.didYouMean(id, ids));
        }
        return p.get();
    }

    Optional<Parameter> optionalParameter(String id) {
        return catalog.parameter(id);
    }

    static String cite(Parameter p) {
        return p.provenance().source().publisher() + " " + p.provenance().year();
    }

    static AppliedDefault archetype(String field, Parameter p, String unit) {
        return AppliedDefault.numeric(field, p.value(), unit, InputStatus.ARCHETYPE, p.id(), cite(p));
    }
}
