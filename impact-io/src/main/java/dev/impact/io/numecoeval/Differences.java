package dev.impact.io.numecoeval;

import dev.impact.engine.AppliedDefault;
import dev.impact.engine.Assessment;
import dev.impact.engine.LineResult;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and why a lot's footprint under the NumEcoEval convention differs from the same lot under impact's own
 * conventions: per physical equipment, climate change embodied (manufacture + distribution + end of life) and use,
 * each side's value and the reasons that apply to that line (lifetime rule, usage rate, factor source, electricity
 * mix, PUE); then the totals of the criteria both sides have, and what only one side measures.
 */
public final class Differences {
    /** NumEcoEval criteria with an impact indicator measuring the same thing in the same unit. */
    static final Map<String, Indicator> SHARED = Map.of("climate change", Indicator.CLIMATE_CHANGE,
            "resource use (minerals and metals)", Indicator.ABIOTIC_DEPLETION,
            "ionising radiation", Indicator.IONISING_RADIATION,
            "resource use, fossils", Indicator.FOSSIL_RESOURCE_USE);

    /**
     * One physical equipment compared, climate change in kgCO2e per year.
     *
     * @param reasons why the two differ for this line (empty when the inputs agree)
     */
    public record Line(String equipment, double numEcoEvalEmbodied, double numEcoEvalUse, double impactEmbodied,
                       double impactUse, List<String> reasons) {
        public Line {
            reasons = List.copyOf(reasons);
        }
    }

    /** A criterion both sides measure: its totals (NumEcoEval: physical equipment and e-mail). */
    public record Total(String criterion, String unit, double numEcoEval, double impact) {
    }

    private final List<Line> lines;
    private final List<Total> totals;
    private final List<String> general;

    private Differences(List<Line> lines, List<Total> totals, List<String> general) {
        this.lines = List.copyOf(lines);
        this.totals = List.copyOf(totals);
        this.general = List.copyOf(general);
    }

    /**
     * Compares the NumEcoEval indicators of {@code lot} with the assessment of the same lot under impact's own
     * conventions ({@link Lot#toInventory}).
     */
    public static Differences of(NumEcoEval convention, Lot lot, Indicators numEcoEval, Assessment impact) {
        Objects.requireNonNull(convention, "convention");
        Map<String, LineResult> byLabel = new HashMap<>();
        for (LineResult r : impact.lines()) {
            byLabel.put(r.line().label(), r);
        }
        Referentiel ref = convention.referentiel();
        String climate = numEcoEval.criteria().stream().filter(c -> Referentiel.norm(c).equals("climate change"))
                .findFirst().orElse("Climate change");
        List<Line> lines = new ArrayList<>();
        for (Lot.PhysicalEquipment pe : lot.physicalEquipment()) {
            LineResult r = byLabel.get(pe.name());
            double neEmb = numEcoEval.physical(pe.name(), climate, "FABRICATION")
                    + numEcoEval.physical(pe.name(), climate, "DISTRIBUTION")
                    + numEcoEval.physical(pe.name(), climate, "FIN_DE_VIE");
            double neUse = numEcoEval.physical(pe.name(), climate, "UTILISATION");
            double imEmb = r == null ? Double.NaN : r.footprint().embodied(Indicator.CLIMATE_CHANGE);
            double imUse = r == null ? Double.NaN : r.footprint().value(Phase.USE, Indicator.CLIMATE_CHANGE);
            List<String> why = new ArrayList<>();
            if (r == null) {
                why.add("not assessed under impact's conventions (see the problems)");
            } else {
                reasons(convention, ref, lot, pe, r, climate, impact.options().reportingYear(), why);
            }
            lines.add(new Line(pe.name(), neEmb, neUse, imEmb, imUse, why));
        }
        List<Total> totals = new ArrayList<>();
        List<String> general = new ArrayList<>();
        List<String> onlyNe = new ArrayList<>();
        for (String c : numEcoEval.criteria()) {
            Indicator i = SHARED.get(Referentiel.norm(c));
            if (i != null) {
                totals.add(new Total(c, i.unit(), numEcoEval.total(c), impact.total(i)));
            } else {
                onlyNe.add(c);
            }
        }
        if (!onlyNe.isEmpty()) {
            general.add("measured by NumEcoEval only (impact has no sourced factors for them): " + String.join(", ",
                    onlyNe));
        }
        List<String> onlyImpact = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (!SHARED.containsValue(i) || totals.stream().noneMatch(t -> SHARED.get(Referentiel.norm(t.criterion()))
                    == i)) {
                if (impact.total(i) != 0 && !Double.isNaN(impact.total(i))) {
                    onlyImpact.add(i.label());
                }
            }
        }
        if (!onlyImpact.isEmpty()) {
            general.add("measured by impact only: " + String.join(", ", onlyImpact));
        }
        if (!lot.virtualEquipment().isEmpty() || !lot.applications().isEmpty()) {
            general.add("virtual equipment and applications share out their hosts' impact in NumEcoEval's tables and"
                    + " add nothing to the totals; impact has the hosts only");
        }
        if (!lot.emails().isEmpty()) {
            general.add("e-mail: in NumEcoEval's total (affine function of the référentiel), not in impact's");
        }
        general.add("uncertainty: NumEcoEval carries a quality label only; impact's convention draws every factor"
                + " from its published spread (assess with --uncertainty), and the NumEcoEval rows here get a width"
                + " from their quality tier (HAUTE ×/÷1.35, MOYENNE ×/÷1.95, BASSE ×/÷3.13 at p5–p95)");
        return new Differences(lines, totals, general);
    }

    private static void reasons(NumEcoEval ne, Referentiel ref, Lot lot, Lot.PhysicalEquipment pe, LineResult r,
                                String climate, int reportingYear, List<String> why) {
        inService(pe, r, reportingYear).ifPresent(why::add);
        // lifetime
        NumEcoEval.Lifetime life = ne.lifetime(pe);
        double imLife = impactLifetime(r);
        if (life.error() == null && !Double.isNaN(imLife) && Math.abs(life.years() - imLife) > 1e-9 * imLife) {
            Object how = life.trace().get("methodeDureeUsage");
            String neHow = ("REEL".equals(how) ? life.trace().get("jours") + " days ÷ 365" : how + " "
                    + fmt(life.years() - (double) life.trace().get("dureeUsageAmont")
                    - (double) life.trace().get("dureeUsageAval")) + " y") + around(
                    (double) life.trace().get("dureeUsageAmont"), (double) life.trace().get("dureeUsageAval"));
            String imHow = impactLifetimeBasis(r) + (r.line() instanceof DeviceFleet d ? around(d.previousLifeYears(),
                    d.laterLifeYears()) : "");
            why.add(String.format(Locale.ROOT, "lifetime %.4f y in NumEcoEval (%s) vs %.4f y in impact (%s)",
                    life.years(), neHow, imLife, imHow));
        }
        // usage rate
        Map<String, Object> t = new LinkedHashMap<>();
        double rate = !Double.isNaN(pe.usageRate()) ? pe.usageRate() : pe.usageMode().isEmpty() ? 1.0
                : ref.hypothesis("taux_utilisation_" + pe.usageMode()).map(Referentiel.Value::value).orElse(1.0);
        if (rate != 1.0) {
            why.add(String.format(Locale.ROOT, "usage rate %s%s: NumEcoEval counts that share of the embodied"
                    + " impact, impact the whole device", rate, pe.usageMode().isEmpty() ? "" : " ("
                    + pe.usageMode() + ")"));
        }
        // embodied factor
        Optional<String> reference = pe.model().isEmpty() ? Optional.empty() : ref.correspondence(pe.model());
        if (reference.isEmpty()) {
            reference = ref.type(pe.type()).map(Referentiel.ItemType::defaultReference).filter(s -> !s.isEmpty());
        }
        List<String> embodiedIds = r.factorIds().stream().filter(id -> !id.startsWith("electricity.")).toList();
        if (reference.isPresent()) {
            Optional<Referentiel.Value> f = ref.factor(reference.get(), "FABRICATION", climate);
            String neSide = f.map(v -> v.provenance().licensed() ? v.provenance().redacted()
                    : v.value() + " kgCO2e (" + v.provenance().source() + ")").orElse("no factor");
            why.add("manufacture factor: NumEcoEval reference '" + reference.get() + "' " + neSide + " vs impact "
                    + (embodiedIds.isEmpty() ? "(none)" : String.join(", ", embodiedIds))
                    + (pe.mapping().kind().equals("server") ? " (a server modelled from its components or the"
                    + " archetype)" : ""));
        }
        // use: mix and PUE
        boolean server = ref.type(pe.type()).map(Referentiel.ItemType::server).orElse(pe.mapping().kind()
                .equals("server"));
        Optional<Lot.DataCentre> dc = pe.dataCentre().isEmpty() ? Optional.empty() : lot.dataCentre(pe.dataCentre());
        String country = server && dc.isPresent() && !dc.get().location().isEmpty() ? dc.get().location()
                : pe.country();
        Optional<Referentiel.Value> mix = country.isEmpty() ? Optional.empty() : ref.mix(country, climate);
        List<String> elec = r.factorIds().stream().filter(id -> id.startsWith("electricity.")).toList();
        if (mix.isPresent()) {
            why.add("electricity: NumEcoEval mix " + (mix.get().provenance().licensed()
                    ? mix.get().provenance().redacted() : mix.get().value() + " kgCO2e/kWh ("
                    + mix.get().provenance().source() + ")") + " vs impact " + (elec.isEmpty() ? "(none)"
                    : String.join(", ", elec)));
        }
        if (server && (dc.isEmpty() || Double.isNaN(dc.get().pue()))) {
            double pue = ref.hypothesis("PUEParDefaut").map(Referentiel.Value::value).orElse(NumEcoEval.DEFAULT_PUE);
            why.add("PUE: NumEcoEval's default " + pue + " for a server without a data-centre PUE; impact's own"
                    + " default PUE for servers");
        }
        if (Double.isNaN(pe.annualKWh())) {
            why.add("yearly kWh not in the lot: NumEcoEval takes the reference's consoElecMoyenne, impact its own"
                    + " use profile for the category");
        }
        List<String> completed = new ArrayList<>();
        for (AppliedDefault d : r.defaults()) {
            if (!d.field().toLowerCase(Locale.ROOT).contains("lifetime")) { // the lifetime is said above
                completed.add(d.field() + " = " + d.displayValue());
            }
        }
        if (!completed.isEmpty()) {
            why.add("impact completed from its defaults: " + String.join(", ", completed));
        }
    }

    /** The reason a line withdrawn before or during the reporting year counts less (or nothing) in impact. */
    private static Optional<String> inService(Lot.PhysicalEquipment pe, LineResult r, int reportingYear) {
        java.util.OptionalInt retired = r.line() instanceof DeviceFleet d ? d.retirementYear()
                : r.line() instanceof ServerFleet s ? s.retirementYear() : java.util.OptionalInt.empty();
        if (retired.isPresent() && retired.getAsInt() <= reportingYear) {
            return Optional.of("withdrawn " + pe.withdrawalDate().map(Object::toString).orElse("") + ": impact counts"
                    + " whole years, and a retirement year of " + retired.getAsInt() + " means out of service in the"
                    + " reporting year " + reportingYear + " (nothing counted); NumEcoEval counts a full year of every"
                    + " equipment in the lot, whatever its dates");
        }
        return Optional.empty();
    }

    /** The years impact spreads the embodied impact over: its lifetime, plus the second life around it. */
    private static double impactLifetime(LineResult r) {
        double around = r.line() instanceof DeviceFleet d ? d.previousLifeYears() + d.laterLifeYears() : 0;
        return ownLifetime(r) + around;
    }

    private static double ownLifetime(LineResult r) {
        for (AppliedDefault d : r.defaults()) {
            if (d.field().equals("lifetimeYears") && !Double.isNaN(d.value())) {
                return d.value();
            }
        }
        if (r.line() instanceof DeviceFleet d) {
            if (d.lifetimeYears().isPresent()) {
                return d.lifetimeYears().getAsDouble();
            }
            if (d.purchaseYear().isPresent() && d.retirementYear().isPresent()) {
                return d.retirementYear().getAsInt() - d.purchaseYear().getAsInt();
            }
        }
        if (r.line() instanceof ServerFleet s) {
            if (s.lifetimeYears().isPresent()) {
                return s.lifetimeYears().getAsDouble();
            }
            if (s.purchaseYear().isPresent() && s.retirementYear().isPresent()) {
                return s.retirementYear().getAsInt() - s.purchaseYear().getAsInt();
            }
        }
        return Double.NaN;
    }

    private static String around(double before, double after) {
        return (before > 0 ? " + " + fmt(before) + " y before" : "") + (after > 0 ? " + " + fmt(after) + " y after" : "");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String impactLifetimeBasis(LineResult r) {
        for (AppliedDefault d : r.defaults()) {
            if (d.field().equals("lifetimeYears")) {
                return "default " + fmt(d.value()) + " y, " + d.basis();
            }
        }
        if (r.line() instanceof DeviceFleet d && d.lifetimeYears().isEmpty() && d.retirementYear().isPresent()) {
            return "whole years " + d.retirementYear().getAsInt() + " − " + d.purchaseYear().getAsInt();
        }
        if (r.line() instanceof ServerFleet s && s.lifetimeYears().isEmpty() && s.retirementYear().isPresent()) {
            return "whole years " + s.retirementYear().getAsInt() + " − " + s.purchaseYear().getAsInt();
        }
        return "declared " + fmt(ownLifetime(r)) + " y";
    }

    /** Per physical equipment, climate change. */
    public List<Line> lines() {
        return lines;
    }

    /** The criteria both sides measure, with each side's total. */
    public List<Total> totals() {
        return totals;
    }

    /** Differences of scope that apply to the whole lot. */
    public List<String> general() {
        return general;
    }

    /** The comparison as text: totals, then each equipment with its reasons, then the differences of scope. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("NumEcoEval convention vs impact's own conventions\n");
        sb.append(String.format(Locale.ROOT, "%-38s %16s %16s %9s  %s%n", "criterion (total)", "NumEcoEval", "impact",
                "ratio", "unit"));
        for (Total t : totals) {
            sb.append(String.format(Locale.ROOT, "%-38s %16.6g %16.6g %9s  %s%n", t.criterion(), t.numEcoEval(),
                    t.impact(), ratio(t.numEcoEval(), t.impact()), t.unit()));
        }
        sb.append(String.format(Locale.ROOT, "%nclimate change per equipment, kgCO2e per year%n%-26s %12s %12s %12s"
                + " %12s%n", "equipment", "NEE embodied", "impact emb.", "NEE use", "impact use"));
        for (Line l : lines) {
            sb.append(String.format(Locale.ROOT, "%-26s %12.4f %12.4f %12.4f %12.4f%n", l.equipment(),
                    l.numEcoEvalEmbodied(), l.impactEmbodied(), l.numEcoEvalUse(), l.impactUse()));
            for (String w : l.reasons()) {
                sb.append("    - ").append(w).append('\n');
            }
        }
        sb.append("\nscope\n");
        for (String g : general) {
            sb.append("  - ").append(g).append('\n');
        }
        return sb.toString();
    }

    private static String ratio(double a, double b) {
        return b == 0 || Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%.3f", a / b);
    }
}
