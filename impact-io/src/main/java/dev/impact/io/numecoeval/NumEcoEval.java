package dev.impact.io.numecoeval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * NumEcoEval's calculation convention, reproduced from its published API description, methodology and traces (our own
 * code): one unit indicator per (item, life-cycle step, criterion).
 * <ul>
 *   <li>Reference of a physical equipment: its {@code modele} through the correspondences, else its type's
 *       {@code refItemParDefaut}.</li>
 *   <li>FABRICATION, DISTRIBUTION, FIN_DE_VIE: quantity × factor × usage rate ÷ lifetime (years). Usage rate:
 *       {@code tauxUtilisation}, else the hypothesis {@code taux_utilisation_COPE} or {@code _BYOD} for its
 *       {@code modeUtilisation}, else 1.</li>
 *   <li>Lifetime ({@link LifetimeMethod}): purchase to withdrawal (or the calculation date) in days ÷ 365, or the
 *       declared {@code dureeUsageInterne}, else the type's {@code dureeVieDefaut}, else the hypothesis
 *       {@code dureeVieParDefaut}; plus {@code dureeUsageAmont} and {@code dureeUsageAval}. Not floored (G4IT floors
 *       at one year; NumEcoEval's own traces do not).</li>
 *   <li>UTILISATION: quantity × yearly kWh ({@code consoElecAnnuelle}, else the reference's
 *       {@code consoElecMoyenne}) × the mix of the country (the data centre's for a server in one, else
 *       {@code paysDUtilisation}), × for servers the data centre's PUE, else the hypothesis {@code PUEParDefaut}
 *       (1.75 when the référentiel lacks it); × {@code nbJourUtiliseAn} ÷ 365 for legacy v1 rows. Yearly, not divided
 *       by the lifetime.</li>
 *   <li>Virtual equipment: the host's indicator × {@code cleRepartition}, else vCPU ÷ the host's total vCPU, else
 *       (storage) capacity ÷ the host's total capacity, else 1 ÷ the number of virtual equipment on the host.</li>
 *   <li>Application: its virtual equipment's indicator ÷ the number of applications on it.</li>
 *   <li>E-mail (not verified against a published trace): (slope × volume ÷ e-mails + intercept) × e-mails ×
 *       recipients, per criterion of the e-mail référentiel.</li>
 * </ul>
 * A value missing from the référentiel makes that indicator {@code ERREUR} with the reason in its trace, as
 * NumEcoEval does; it is never replaced by zero.
 */
public final class NumEcoEval {
    /** How the lifetime of a physical equipment is chosen (NumEcoEval's {@code dureeUsage}). */
    public enum LifetimeMethod {
        /** From the dates when there is a purchase date ({@code REEL}), else the declared internal lifetime. */
        REEL,
        /** The declared internal lifetime ({@code FIXE}), else from the dates. */
        FIXE
    }

    /** The steps, in NumEcoEval's order. */
    public static final List<String> STEPS = List.of("FABRICATION", "DISTRIBUTION", "UTILISATION", "FIN_DE_VIE");
    /** NumEcoEval's published default PUE, used when the référentiel has no {@code PUEParDefaut} hypothesis. */
    public static final double DEFAULT_PUE = 1.75;
    /** What this implementation writes in {@code version_calcul}. */
    public static final String VERSION = "impact-numecoeval-1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Referentiel ref;
    private final Optional<LocalDate> calculationDate;
    private final LifetimeMethod method;
    private final String organisation;

    private NumEcoEval(Referentiel ref, Optional<LocalDate> calculationDate, LifetimeMethod method,
                       String organisation) {
        this.ref = ref;
        this.calculationDate = calculationDate;
        this.method = method;
        this.organisation = organisation;
    }

    /** The convention over this référentiel (no calculation date, lifetime method REEL). */
    public static NumEcoEval convention(Referentiel referentiel) {
        return new NumEcoEval(Objects.requireNonNull(referentiel, "referentiel"), Optional.empty(),
                LifetimeMethod.REEL, "");
    }

    /** The date of the calculation: the end of a lifetime without withdrawal date, and {@code date_calcul}. */
    public NumEcoEval calculationDate(LocalDate date) {
        return new NumEcoEval(ref, Optional.of(Objects.requireNonNull(date, "date")), method, organisation);
    }

    /** The lifetime method (default {@link LifetimeMethod#REEL}). */
    public NumEcoEval lifetimeMethod(LifetimeMethod m) {
        return new NumEcoEval(ref, calculationDate, Objects.requireNonNull(m, "method"), organisation);
    }

    /** The organisation written in {@code nom_organisation}. */
    public NumEcoEval organisation(String name) {
        return new NumEcoEval(ref, calculationDate, method, Objects.requireNonNull(name, "name"));
    }

    /** The référentiel in use. */
    public Referentiel referentiel() {
        return ref;
    }

    /** Computes every unit indicator of the lot. */
    public Indicators assess(Lot lot) {
        Objects.requireNonNull(lot, "lot");
        List<UnitIndicator> out = new ArrayList<>();
        Map<String, List<UnitIndicator>> byHost = new HashMap<>();
        Map<String, Lot.PhysicalEquipment> hosts = new HashMap<>();
        lot.physicalEquipment().forEach(p -> hosts.put(p.name(), p));
        for (Lot.PhysicalEquipment pe : lot.physicalEquipment()) {
            List<UnitIndicator> rows = physical(lot, pe);
            out.addAll(rows);
            byHost.put(pe.name(), rows);
        }
        Map<String, List<Lot.VirtualEquipment>> vmsByHost = new LinkedHashMap<>();
        lot.virtualEquipment().forEach(v -> vmsByHost.computeIfAbsent(v.host(), h -> new ArrayList<>()).add(v));
        Map<String, Integer> appsPerVm = new HashMap<>();
        lot.applications().forEach(a -> appsPerVm.merge(a.physicalEquipment() + "\u0000" + a.virtualEquipment(), 1,
                Integer::sum));
        Map<String, List<UnitIndicator>> byVm = new HashMap<>();
        for (Lot.VirtualEquipment vm : lot.virtualEquipment()) {
            List<UnitIndicator> rows = virtual(vm, vmsByHost.get(vm.host()), byHost.get(vm.host()),
                    hosts.get(vm.host()));
            out.addAll(rows);
            byVm.put(vm.host() + "\u0000" + vm.name(), rows);
        }
        for (Lot.Application app : lot.applications()) {
            String k = app.physicalEquipment() + "\u0000" + app.virtualEquipment();
            out.addAll(application(app, byVm.get(k), appsPerVm.get(k)));
        }
        for (Lot.Email e : lot.emails()) {
            out.addAll(email(e));
        }
        return new Indicators(lot.name(), organisation, calculationDate, out);
    }

    // ---- physical equipment ------------------------------------------------------------------------------------

    /** The chosen reference and how: MODELE (correspondence) or TYPE (the type's default item). */
    private record Reference(String name, String how) {
    }

    private Optional<Reference> reference(Lot.PhysicalEquipment pe) {
        if (!pe.model().isEmpty()) {
            Optional<String> r = ref.correspondence(pe.model());
            if (r.isPresent()) {
                return Optional.of(new Reference(r.get(), "MODELE"));
            }
        }
        return ref.type(pe.type()).map(Referentiel.ItemType::defaultReference).filter(s -> !s.isEmpty())
                .map(s -> new Reference(s, "TYPE"));
    }

    private boolean isServer(Lot.PhysicalEquipment pe) {
        return ref.type(pe.type()).map(Referentiel.ItemType::server).orElse(pe.mapping().kind().equals("server"));
    }

    /** The lifetime in years and its trace, or an error message. */
    record Lifetime(double years, Map<String, Object> trace, String error) {
    }

    Lifetime lifetime(Lot.PhysicalEquipment pe) {
        Map<String, Object> t = new LinkedHashMap<>();
        double upstream = Double.isNaN(pe.upstreamYears()) ? 0 : pe.upstreamYears();
        double downstream = Double.isNaN(pe.downstreamYears()) ? 0 : pe.downstreamYears();
        double base;
        boolean datesFirst = method == LifetimeMethod.REEL;
        boolean hasDates = pe.purchaseDate().isPresent();
        boolean hasInternal = !Double.isNaN(pe.internalLifetimeYears());
        if (hasDates && (datesFirst || !hasInternal)) {
            LocalDate end;
            if (pe.withdrawalDate().isPresent()) {
                end = pe.withdrawalDate().get();
            } else if (calculationDate.isPresent()) {
                end = calculationDate.get();
            } else {
                return new Lifetime(Double.NaN, t, "no dateRetrait and no calculation date to end the lifetime");
            }
            long days = ChronoUnit.DAYS.between(pe.purchaseDate().get(), end);
            if (days <= 0) {
                return new Lifetime(Double.NaN, t, "the calculation date " + end + " is not after dateAchat "
                        + pe.purchaseDate().get());
            }
            base = days / 365.0;
            t.put("methodeDureeUsage", "REEL");
            t.put("dateAchat", pe.purchaseDate().get().toString());
            t.put(pe.withdrawalDate().isPresent() ? "dateRetrait" : "dateCalcul", end.toString());
            t.put("jours", days);
        } else if (hasInternal) {
            base = pe.internalLifetimeYears();
            t.put("methodeDureeUsage", "FIXE");
            t.put("dureeUsageInterne", base);
        } else {
            Optional<Referentiel.ItemType> type = ref.type(pe.type()).filter(x -> !Double.isNaN(x.defaultLifetimeYears()));
            if (type.isPresent()) {
                base = type.get().defaultLifetimeYears();
                t.put("methodeDureeUsage", "TYPE");
                t.put("dureeVieDefautType", base);
            } else {
                Optional<Referentiel.Value> h = ref.hypothesis("dureeVieParDefaut");
                if (h.isEmpty()) {
                    return new Lifetime(Double.NaN, t, "no dateAchat, no dureeUsageInterne, no dureeVieDefaut for"
                            + " type '" + pe.type() + "' and no hypothesis dureeVieParDefaut");
                }
                base = h.get().value();
                t.put("methodeDureeUsage", "HYPOTHESE");
                t.put("dureeVieParDefaut", shown(h.get()));
            }
        }
        t.put("dureeUsageAmont", upstream);
        t.put("dureeUsageAval", downstream);
        double years = base + upstream + downstream;
        t.put("valeurRetenue", years);
        return new Lifetime(years, t, null);
    }

    /** The usage rate and its trace. */
    private double usageRate(Lot.PhysicalEquipment pe, Map<String, Object> t) {
        if (!Double.isNaN(pe.usageRate())) {
            t.put("tauxUtilisation", pe.usageRate());
            return pe.usageRate();
        }
        if (!pe.usageMode().isEmpty()) {
            Optional<Referentiel.Value> h = ref.hypothesis("taux_utilisation_" + pe.usageMode());
            if (h.isPresent()) {
                t.put("modeUtilisation", pe.usageMode());
                t.put("tauxUtilisation", shown(h.get()));
                return h.get().value();
            }
            t.put("modeUtilisation", pe.usageMode() + " (no hypothesis taux_utilisation_" + pe.usageMode()
                    + ": rate 1)");
        }
        return 1.0;
    }

    private List<UnitIndicator> physical(Lot lot, Lot.PhysicalEquipment pe) {
        List<UnitIndicator> rows = new ArrayList<>();
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put("nom_equipement", pe.name());
        cols.put("type_equipement", pe.type());
        cols.put("statut_equipement_physique", pe.status());
        cols.put("nom_entite", pe.entity());
        cols.put("nom_source_donnee", pe.dataSource());
        Quality q = pe.quality().orElse(Quality.MOYENNE);
        Optional<Reference> reference = reference(pe);
        Lifetime life = lifetime(pe);
        for (Referentiel.Criterion c : ref.criteria()) {
            for (String step : STEPS) {
                Map<String, Object> t = new LinkedHashMap<>();
                double value;
                double conso = Double.NaN;
                String error = null;
                if (reference.isEmpty() && !(step.equals("UTILISATION") && !Double.isNaN(pe.annualKWh()))) {
                    // the use step needs no reference when the lot gives the yearly kWh
                    error = "no reference for modele '" + pe.model() + "' (no correspondence) nor for type '"
                            + pe.type() + "' (no refItemParDefaut)";
                    value = Double.NaN;
                } else if (!step.equals("UTILISATION")) {
                    Optional<Referentiel.Value> f = ref.factor(reference.get().name(), step, c.name());
                    double rate = usageRate(pe, t);
                    if (f.isEmpty()) {
                        error = "no factor for reference '" + reference.get().name() + "', step " + step
                                + ", criterion '" + c.name() + "'";
                        value = Double.NaN;
                    } else if (life.error() != null) {
                        error = life.error();
                        value = Double.NaN;
                    } else {
                        value = pe.quantity() * f.get().value() * rate / life.years();
                        t.put("formule", "ImpactEquipementPhysique = (Quantité(" + pe.quantity()
                                + ") * referentielFacteurCaracterisation(" + shown(f.get()) + ") * TauxUtilisation("
                                + rate + ")) / dureeVie(" + life.years() + ")");
                        t.put("valeurReferentielFacteurCaracterisation", shown(f.get()));
                        t.put("sourceReferentielFacteurCaracterisation", f.get().provenance().source());
                        t.put("referenceEquipement", reference.get().name());
                        t.put("referenceChoisiePar", reference.get().how());
                        t.put("dureeDeVie", life.trace());
                    }
                } else {
                    Use u = use(lot, pe, reference, c);
                    error = u.error;
                    value = u.value;
                    conso = u.kWh;
                    t.putAll(u.trace);
                }
                if (error != null) {
                    t.put("erreur", error);
                }
                rows.add(new UnitIndicator(UnitIndicator.Table.PHYSICAL_EQUIPMENT, step, c.name(), c.unit(),
                        error == null ? value : Double.NaN, error == null, json(t), pe.quantity(), conso, q, cols));
            }
        }
        return rows;
    }

    private static final class Use {
        double value = Double.NaN;
        double kWh = Double.NaN;
        String error;
        Map<String, Object> trace = new LinkedHashMap<>();
    }

    private Use use(Lot lot, Lot.PhysicalEquipment pe, Optional<Reference> ref0, Referentiel.Criterion c) {
        Use u = new Use();
        Map<String, Object> t = u.trace;
        double kWh;
        Map<String, Object> consoTrace = new LinkedHashMap<>();
        if (!Double.isNaN(pe.annualKWh())) {
            kWh = pe.annualKWh();
            consoTrace.put("valeur", kWh);
            consoTrace.put("origine", "consoElecAnnuelle");
        } else {
            Reference reference = ref0.orElseThrow(); // checked by the caller: no kWh needs a reference
            Optional<Referentiel.Value> avg = Optional.ofNullable(ref.consoByReference.get(
                    Referentiel.norm(reference.name())));
            if (avg.isEmpty()) {
                u.error = "no consoElecAnnuelle and no consoElecMoyenne for reference '" + reference.name() + "'";
                return u;
            }
            kWh = avg.get().value();
            consoTrace.put("valeur", shown(avg.get()));
            consoTrace.put("origine", "consoElecMoyenne of " + reference.name());
            consoTrace.put("source", avg.get().provenance().source());
        }
        boolean server = isServer(pe);
        Optional<Lot.DataCentre> dc = pe.dataCentre().isEmpty() ? Optional.empty() : lot.dataCentre(pe.dataCentre());
        String country = server && dc.isPresent() && !dc.get().location().isEmpty() ? dc.get().location()
                : pe.country();
        if (country.isEmpty()) {
            u.error = "no country: paysDUtilisation is empty" + (server ? " and the server has no data-centre"
                    + " localisation" : "");
            return u;
        }
        Optional<Referentiel.Value> mix = ref.mix(country, c.name());
        if (mix.isEmpty()) {
            u.error = "no electricity mix for '" + country + "', criterion '" + c.name() + "'";
            return u;
        }
        double pue = 1.0;
        Map<String, Object> mixTrace = new LinkedHashMap<>();
        mixTrace.put("pays", country);
        mixTrace.put("valeurReferentielMixElectrique", shown(mix.get()));
        mixTrace.put("sourceReferentielMixElectrique", mix.get().provenance().source());
        mixTrace.put("serveur", server);
        if (server) {
            if (dc.isPresent() && !Double.isNaN(dc.get().pue())) {
                pue = dc.get().pue();
                mixTrace.put("dataCenterPue", pue);
            } else {
                Optional<Referentiel.Value> h = ref.hypothesis("PUEParDefaut");
                pue = h.map(Referentiel.Value::value).orElse(DEFAULT_PUE);
                mixTrace.put("PUEParDefaut", h.map(this::shown).orElse(DEFAULT_PUE + " (NumEcoEval's published"
                        + " default: no PUEParDefaut hypothesis)"));
            }
        }
        double days = Double.isNaN(pe.daysUsedPerYear()) ? 365 : pe.daysUsedPerYear();
        double mixTimesPue = mix.get().value() * pue;
        u.kWh = kWh;
        u.value = pe.quantity() * kWh * mixTimesPue * (days / 365.0);
        String mixShown = mix.get().provenance().licensed() ? "licensed" : Double.toString(mixTimesPue);
        t.put("formule", "ImpactEquipementPhysique = Quantité(" + pe.quantity() + ") * ConsoElecAnMoyenne("
                + (consoTrace.get("valeur")) + ") * MixElectrique(" + mixShown + ")"
                + (Double.isNaN(pe.daysUsedPerYear()) ? "" : " * nbJourUtiliseAn(" + pe.daysUsedPerYear() + ") / 365"));
        t.put("consoElecAnMoyenne", consoTrace);
        t.put("mixElectrique", mixTrace);
        return u;
    }

    // ---- virtual equipment, applications, e-mail ---------------------------------------------------------------

    private List<UnitIndicator> virtual(Lot.VirtualEquipment vm, List<Lot.VirtualEquipment> onHost,
                                        List<UnitIndicator> hostRows, Lot.PhysicalEquipment host) {
        double totalVcpu = 0;
        double totalStorage = 0;
        for (Lot.VirtualEquipment v : onHost) {
            if (!"stockage".equals(v.kind()) && !Double.isNaN(v.vCpu())) {
                totalVcpu += v.vCpu();
            }
            if ("stockage".equals(v.kind()) && !Double.isNaN(v.storageTb())) {
                totalStorage += v.storageTb();
            }
        }
        double share;
        String formula;
        Map<String, Object> base = new LinkedHashMap<>();
        if (!Double.isNaN(vm.allocationKey())) {
            share = vm.allocationKey();
            formula = " * cleRepartition(" + share + ")";
        } else if (!"stockage".equals(vm.kind()) && !Double.isNaN(vm.vCpu()) && totalVcpu > 0) {
            share = vm.vCpu() / totalVcpu;
            formula = " * equipementVirtuel.vCPU(" + vm.vCpu() + ") / nbvCPU(" + totalVcpu + ")";
            base.put("nbTotalVCPU", totalVcpu);
        } else if ("stockage".equals(vm.kind()) && !Double.isNaN(vm.storageTb()) && totalStorage > 0) {
            share = vm.storageTb() / totalStorage;
            formula = " * equipementVirtuel.capaciteStockage(" + vm.storageTb() + ") / capaciteTotale(" + totalStorage
                    + ")";
            base.put("capaciteStockageTotale", totalStorage);
        } else {
            share = 1.0 / onHost.size();
            formula = " / nbEquipementsVirtuels(" + onHost.size() + ")";
        }
        base.put("nbEquipementsVirtuels", onHost.size());
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put("nom_equipement", vm.host());
        cols.put("nom_equipement_virtuel", vm.name());
        cols.put("nom_entite", vm.entity());
        cols.put("nom_source_donnee", vm.dataSource());
        cols.put("cluster", vm.cluster());
        Quality q = vm.quality().or(host::quality).orElse(Quality.MOYENNE);
        List<UnitIndicator> rows = new ArrayList<>();
        for (UnitIndicator h : hostRows) {
            Map<String, Object> t = new LinkedHashMap<>();
            if (h.ok()) {
                t.put("formule", "valeurImpactUnitaire = valeurImpactEquipementPhysique(" + h.impact() + ")" + formula);
                t.putAll(base);
            } else {
                t.put("erreur", "the physical equipment's indicator is in error");
            }
            rows.add(new UnitIndicator(UnitIndicator.Table.VIRTUAL_EQUIPMENT, h.step(), h.criterion(), h.unit(),
                    h.ok() ? h.impact() * share : Double.NaN, h.ok(), json(t), 1, Double.NaN, q, cols));
        }
        return rows;
    }

    private List<UnitIndicator> application(Lot.Application app, List<UnitIndicator> vmRows, int appsOnVm) {
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put("nom_application", app.name());
        cols.put("type_environnement", app.environment());
        cols.put("nom_equipement_physique", app.physicalEquipment());
        cols.put("nom_equipement_virtuel", app.virtualEquipment());
        cols.put("nom_entite", app.entity());
        cols.put("nom_source_donnee", app.dataSource());
        cols.put("domaine", app.domain());
        cols.put("sous_domaine", app.subDomain());
        List<UnitIndicator> rows = new ArrayList<>();
        for (UnitIndicator v : vmRows) {
            Map<String, Object> t = new LinkedHashMap<>();
            if (v.ok()) {
                t.put("formule", "ImpactApplication = ImpactEquipementVirtuel(" + v.impact() + ") / nbApplications("
                        + appsOnVm + ")");
                t.put("nbApplications", appsOnVm);
            } else {
                t.put("erreur", "the virtual equipment's indicator is in error");
            }
            rows.add(new UnitIndicator(UnitIndicator.Table.APPLICATION, v.step(), v.criterion(), v.unit(),
                    v.ok() ? v.impact() / appsOnVm : Double.NaN, v.ok(), json(t), 1, Double.NaN,
                    app.quality().orElse(v.quality()), cols));
        }
        return rows;
    }

    private List<UnitIndicator> email(Lot.Email e) {
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put("mois_annee", e.monthYear());
        cols.put("nom_entite", e.entity());
        cols.put("nombre_mail_emis", fmt(e.emailsSent()));
        cols.put("volume_total_mail_emis", fmt(e.totalVolume()));
        List<UnitIndicator> rows = new ArrayList<>();
        for (Referentiel.Criterion c : ref.criteria()) {
            Referentiel.EmailConstants k = ref.email.get(Referentiel.norm(c.name()));
            Map<String, Object> t = new LinkedHashMap<>();
            double v = Double.NaN;
            if (k == null) {
                t.put("erreur", "no e-mail constants for criterion '" + c.name() + "'");
            } else {
                double size = e.emailsSent() == 0 ? 0 : e.totalVolume() / e.emailsSent();
                v = (k.slope() * size + k.intercept()) * e.emailsTimesRecipients();
                boolean lic = k.provenance().licensed();
                t.put("formule", "ImpactMessagerie = (coefficientDirecteur(" + (lic ? "licensed" : k.slope())
                        + ") * tailleMoyenneMail(" + size + ") + ordonneeOrigine(" + (lic ? "licensed" : k.intercept())
                        + ")) * nombreMailEmisXDestinataires(" + e.emailsTimesRecipients() + ")");
                t.put("source", lic ? k.provenance().redacted() : k.provenance().source());
            }
            rows.add(new UnitIndicator(UnitIndicator.Table.EMAIL, "", c.name(), c.unit(), v, k != null, json(t), 1,
                    Double.NaN, Quality.MOYENNE, cols));
        }
        return rows;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Object shown(Referentiel.Value v) {
        return v.provenance().licensed() ? v.provenance().redacted() : (Object) v.value();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String json(Map<String, Object> trace) {
        try {
            return JSON.writeValueAsString(trace);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NumEcoEval convention (lifetime %s, calculation date %s) over %s", method,
                calculationDate.map(LocalDate::toString).orElse("not set"), ref);
    }
}
