package dev.impact.engine;

import dev.impact.inventory.LineRejectedException;
import dev.impact.factor.Parameter;
import dev.impact.inventory.Condition;
import dev.impact.inventory.DeclaredFootprint;
import dev.impact.measure.Footprint;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Device fleets from category factors: embodied impacts from the catalog factor {@code device.<category>}
 * (manufacture, distribution, end of life), use = kWh × the zone's electricity factor.
 *
 * <p><b>Refurbished rule</b> (after ADEME's 2022 study of refurbished products): a refurbished device carries the
 * refurbishment operations instead of a new device's manufacture, reported in the manufacture phase; its
 * distribution and end of life stay those of the category. The refurbishment operations are the catalog factor
 * {@code refurbishment.<category>} when it has one (an absolute impact per device); otherwise the new device's
 * manufacture × the parameter {@code refurbishment.<category>.impact_ratio} (the study's ratio of a refurbished
 * device's annual footprint to a new one's, applied to manufacture only: an approximation, flagged as an estimate
 * in the data). Its lifetime default is {@code refurbishment.<category>.lifetime} when the catalog has one (the
 * second life), else the category's.
 */
final class DeviceModel {
    private DeviceModel() {
    }

    static UnitPlan plan(Resolver r, String category, String zone, Condition condition) {
        return plan(r, category, null, null, zone, condition);
    }

    /**
     * The plan of a category, or of a named model of it ({@code model}, may be null), or with the supplier's
     * declared embodied climate footprint ({@code declared}, may be null; it wins over the model's). A model or a
     * declaration replaces the category's climate change in manufacture, distribution and end of life (a sheet that
     * does not split them carries the whole embodied part in manufacture); every other indicator stays the
     * category's. A model the catalog lacks falls back to the category, with a notice.
     */
    static UnitPlan plan(Resolver r, String category, String model, DeclaredFootprint declared, String zone,
                         Condition condition) {
        String what = "device category '" + category + "'";
        if (TerminalModel.covers(category) && !r.hasKey("device." + category)) {
            throw new LineRejectedException("category", category, what + " has figures in BoaviztAPI's terminals only"
                    + " (no factor 'device." + category + "' in " + r.catalog().name() + " " + r.catalog().version()
                    + "): assess it under the boaviztapi convention (--convention boaviztapi, or the line's"
                    + " convention column)");
        }
        Resolver.Resolved device = r.factor("device." + category, what);
        Resolver.Resolved grid = r.factor("electricity." + zone, "electricity zone '" + zone + "'");
        List<AppliedDefault> notices = new ArrayList<>();
        String productKey = model == null ? null : Products.key(r.catalog(), category, model).orElse(null);
        if (model != null && productKey == null) {
            notices.add(AppliedDefault.text("model", model + ": not in " + r.catalog().name() + " "
                    + r.catalog().version() + ", " + category + " average used" + Products.closest(r.catalog(),
                    category, model), InputStatus.COMPLETED, "device." + category));
        }
        if (declared != null) {
            device = Products.withClimate(device, Products.declared(r, category, model, declared));
            notices.add(Products.declaredNotice(r.catalog(), category, declared));
        } else if (productKey != null) {
            device = Products.withClimate(device, r.factor(productKey, "model '" + model + "'"));
        }
        List<String> ids = new ArrayList<>(device.ids());
        List<String> params = new ArrayList<>();
        Resolver.addNotices(notices, device);
        Footprint embodied = device.values().onlyPhases(Phase.MANUFACTURE, Phase.DISTRIBUTION, Phase.END_OF_LIFE);
        List<LineTrace.Term> embodiedTerms = device.pieces(Phase.MANUFACTURE, Phase.DISTRIBUTION, Phase.END_OF_LIFE);

        Parameter lifetime = null;
        if (condition == Condition.REFURBISHED) {
            String key = "refurbishment." + category;
            Optional<Parameter> ratio = r.optionalParameter(key + ".impact_ratio");
            Footprint.Builder b = Footprint.builder();
            if (r.hasKey(key)) {
                Resolver.Resolved refurb = r.factor(key, "refurbishment of " + category);
                b.setAll(Phase.MANUFACTURE, refurb.values());
                ids.addAll(refurb.ids());
                Resolver.addNotices(notices, refurb);
                embodiedTerms = new ArrayList<>(refurb.pieces(Phase.MANUFACTURE));
            } else if (ratio.isPresent()) {
                b.setAll(Phase.MANUFACTURE, embodied.times(ratio.get().value()));
                params.add(ratio.get().id());
                embodiedTerms = new ArrayList<>();
                for (LineTrace.Term t : device.pieces(Phase.MANUFACTURE)) {
                    embodiedTerms.add(t.scaled(ratio.get().value(), List.of(Multiplier.of(ratio.get(), 1))));
                }
            } else {
                throw new LineRejectedException("condition", "REFURBISHED", "refurbished " + category + ": the catalog has"
                        + " neither a"
                        + " refurbishment factor '" + key + "' nor a parameter '" + key + ".impact_ratio'; give the"
                        + " line as new, or add one of them in an overlay");
            }
            b.setAll(Phase.DISTRIBUTION, embodied);
            b.setAll(Phase.END_OF_LIFE, embodied);
            embodied = b.build();
            embodiedTerms.addAll(device.pieces(Phase.DISTRIBUTION, Phase.END_OF_LIFE));
            lifetime = r.optionalParameter(key + ".lifetime").orElse(null);
        }
        if (lifetime == null) {
            lifetime = r.parameter("device." + category + ".lifetime", "default lifetime of " + category);
        }
        ids.addAll(grid.ids());
        Resolver.addNotices(notices, grid);

        String prefix = "device." + category;
        // a named model's own energy and mass (its sheet's) come before the category's
        Optional<Parameter> energy = productKey == null ? Optional.empty()
                : r.optionalParameter(productKey + ".energy");
        if (energy.isEmpty()) {
            energy = r.optionalParameter(prefix + ".energy");
        }
        double kWh;
        AppliedDefault kWhDefault;
        List<String> kWhParams = List.of();
        List<Multiplier> kWhMultipliers = List.of();
        if (energy.isPresent()) {
            kWh = energy.get().value();
            kWhDefault = Resolver.archetype("kWhPerYear", energy.get(), "kWh/year");
            kWhParams = List.of(energy.get().id());
            kWhMultipliers = List.of(Multiplier.of(energy.get(), 1, Multiplier.ENERGY));
        } else {
            Optional<Parameter> power = r.optionalParameter(prefix + ".power");
            Optional<Parameter> hours = r.optionalParameter(prefix + ".hours_per_day");
            if (power.isPresent() && hours.isPresent()) {
                kWh = power.get().value() * hours.get().value() * 365 / 1000;
                kWhDefault = AppliedDefault.numeric("kWhPerYear", kWh, "kWh/year", InputStatus.ARCHETYPE,
                        power.get().id() + " × " + hours.get().id() + " × 365 days", Resolver.cite(power.get()));
                kWhParams = List.of(power.get().id(), hours.get().id());
                kWhMultipliers = List.of(Multiplier.of(power.get(), 1, Multiplier.ENERGY),
                        Multiplier.of(hours.get(), 1, Multiplier.ENERGY));
            } else {
                // no default use profile: lines must give theirs (the engine says so for those that do not)
                kWh = Double.NaN;
                kWhDefault = null;
            }
        }
        Optional<Parameter> mass = productKey == null ? Optional.empty() : r.optionalParameter(productKey + ".mass");
        if (mass.isEmpty()) {
            mass = r.optionalParameter(prefix + ".mass");
        }
        return new UnitPlan(embodied, grid.values().onlyPhases(Phase.USE), lifetime.value(),
                Resolver.archetype("lifetimeYears", lifetime, "years"), kWh, kWhDefault,
                mass.map(Parameter::value).orElse(Double.NaN),
                mass.map(m -> Resolver.archetype("massKg", m, "kg")).orElse(null), List.copyOf(ids),
                List.copyOf(params), List.copyOf(notices), List.of(lifetime.id()), kWhParams,
                mass.map(m -> List.of(m.id())).orElse(List.of()), List.copyOf(embodiedTerms),
                grid.pieces(Phase.USE), kWhMultipliers, Multiplier.of(lifetime, 1, Multiplier.LIFETIME),
                mass.map(m -> Multiplier.of(m, 1, Multiplier.MASS)).orElse(null));
    }
}
