package dev.impact.io.numecoeval;

import dev.impact.io.DelimitedFile;
import dev.impact.io.InvalidFileException;
import dev.impact.io.Problem;
import dev.impact.io.TypeMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A NumEcoEval référentiel: the factors and rules its calculations read, from CSV files in NumEcoEval's layouts, each
 * recognised by its header — characterisation factors ({@code nom;etapeacv;critere;…;categorie;consoElecMoyenne;
 * localisation;valeur;unite;source}, electricity mixes included as category {@code electricity-mix}), model →
 * reference correspondences ({@code modeleEquipementSource;refEquipementCible}), equipment types ({@code type;
 * categorie;serveur;…;dureeVieDefaut;…;refItemParDefaut}), hypotheses ({@code cle;valeur;source}), criteria ({@code
 * nomCritere;description;unite}), e-mail constants ({@code critere;constanteCoefficientDirecteur;
 * constanteOrdonneeOrigine;source}), and the legacy {@code mixElectrique} and {@code impactEquipement} tables.
 *
 * <p>A référentiel read with {@link #readPrivate} is <em>licensed</em> (NegaOctet-based, say): results are computed
 * with its values, but no report, trace or export prints them — they show "licensed factor, source X" with the file,
 * its line and the file's SHA-256, so a holder of the licence can check every number. {@link #overlaidBy} puts one
 * référentiel over another: each key of the overlay replaces the same key below it.
 */
public final class Referentiel {
    /** Where a value came from: the source column, the file and line, the file's SHA-256, and whether it is licensed. */
    public record Provenance(String source, String file, long line, String sha256, boolean licensed) {
        /** How a report shows a value with this provenance: the value itself, or "licensed factor, source X". */
        public String show(double value) {
            return licensed ? redacted() : Double.toString(value);
        }

        /** "licensed factor, source X (file:line, sha256 abcdef012345…)". */
        public String redacted() {
            return "licensed factor, source " + (source.isEmpty() ? "not stated" : source) + " (" + file + ":" + line
                    + ", sha256 " + sha256.substring(0, Math.min(12, sha256.length())) + "…)";
        }
    }

    /** A value of the référentiel with its provenance (and, for factor rows, the reference's average kWh per year). */
    public record Value(double value, double consoElecMoyenne, String unit, Provenance provenance) {
    }

    /** An equipment type: server or not, its default lifetime in years (NaN if none), its default reference. */
    public record ItemType(String type, boolean server, double defaultLifetimeYears, String defaultReference,
                           Provenance provenance) {
    }

    /** A criterion and its unit. */
    public record Criterion(String name, String unit) {
    }

    /** E-mail: impact = (slope × average e-mail size + intercept) × e-mails × recipients, per criterion. */
    public record EmailConstants(double slope, double intercept, Provenance provenance) {
    }

    /** The RCP's five core criteria, NumEcoEval's and G4IT's defaults, used when no criteria file is given. */
    public static final List<Criterion> DEFAULT_CRITERIA = List.of(new Criterion("Climate change", "kg CO2 eq"),
            new Criterion("Particulate matter and respiratory inorganics", "Disease incidence"),
            new Criterion("Ionising radiation", "kBq U-235 eq"), new Criterion("Acidification", "mol H+ eq"),
            new Criterion("Resource use (minerals and metals)", "kg Sb eq"));

    final Map<String, Value> factors;
    final Map<String, Value> mixes;
    final Map<String, Value> consoByReference;
    final Map<String, String> correspondences;
    final Map<String, Provenance> correspondenceProvenance;
    final Map<String, ItemType> types;
    final Map<String, Value> hypotheses;
    final Map<String, Criterion> criteria;
    final Map<String, EmailConstants> email;
    /** Criterion name (normalised) → G4IT's code for it ({@code climate change → CLIMATE_CHANGE}). */
    final Map<String, String> codes;
    final List<String> notices;

    /** G4IT's criterion codes for the RCP's five criteria (its {@code criterion.csv} may add others). */
    static final Map<String, String> G4IT_CODES = Map.of("climate change", "CLIMATE_CHANGE",
            "particulate matter and respiratory inorganics", "PARTICULATE_MATTER",
            "ionising radiation", "IONISING_RADIATION", "acidification", "ACIDIFICATION",
            "resource use (minerals and metals)", "RESOURCE_USE");
    /** G4IT's life-cycle step codes, as NumEcoEval's. */
    static final Map<String, String> G4IT_STEPS = Map.of("manufacturing", "FABRICATION", "transportation",
            "DISTRIBUTION", "using", "UTILISATION", "end_of_life", "FIN_DE_VIE", "end of life", "FIN_DE_VIE");

    private Referentiel(Builder b) {
        factors = Map.copyOf(b.factors);
        mixes = Map.copyOf(b.mixes);
        consoByReference = Map.copyOf(b.conso);
        correspondences = Map.copyOf(b.correspondences);
        correspondenceProvenance = Map.copyOf(b.correspondenceProvenance);
        types = Map.copyOf(b.types);
        hypotheses = Map.copyOf(b.hypotheses);
        criteria = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.criteria));
        email = Map.copyOf(b.email);
        codes = Map.copyOf(b.codes);
        notices = List.copyOf(b.notices);
    }

    /** An empty référentiel (nothing known: every indicator is an error naming what is missing). */
    public static Referentiel empty() {
        return new Builder().build();
    }

    /**
     * Reads the référentiel files in {@code directory} (public values: printed in reports).
     *
     * @throws InvalidFileException listing every malformed row with file, line and column
     */
    public static Referentiel read(Path directory) {
        return read(directory, false);
    }

    /**
     * Reads a private, licensed référentiel in {@code directory}: used in calculations, never printed.
     *
     * @throws InvalidFileException listing every malformed row with file, line and column
     */
    public static Referentiel readPrivate(Path directory) {
        return read(directory, true);
    }

    private static Referentiel read(Path directory, boolean licensed) {
        Objects.requireNonNull(directory, "directory");
        List<Path> files;
        if (Files.isRegularFile(directory)) {
            files = List.of(directory);
        } else {
            try (Stream<Path> s = Files.list(directory)) {
                files = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
            } catch (IOException e) {
                throw new InvalidFileException(new Problem(directory.toString(), 0, "", "cannot list the référentiel"
                        + " directory: " + e));
            }
        }
        Builder b = new Builder();
        for (Path p : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(p);
            } catch (IOException e) {
                throw new InvalidFileException(new Problem(p.toString(), 0, "", "cannot read: " + e));
            }
            b.file(DelimitedFile.parse(p.toString(), bytes), sha256(bytes), licensed);
        }
        if (!b.problems.isEmpty()) {
            throw new InvalidFileException(b.problems);
        }
        return b.build();
    }

    /** This référentiel with every key of {@code overlay} replacing the same key here (NumEcoEval's "annule et remplace", per key). */
    public Referentiel overlaidBy(Referentiel overlay) {
        Builder b = new Builder();
        b.factors.putAll(factors);
        b.factors.putAll(overlay.factors);
        b.mixes.putAll(mixes);
        b.mixes.putAll(overlay.mixes);
        b.conso.putAll(consoByReference);
        b.conso.putAll(overlay.consoByReference);
        b.correspondences.putAll(correspondences);
        b.correspondences.putAll(overlay.correspondences);
        b.correspondenceProvenance.putAll(correspondenceProvenance);
        b.correspondenceProvenance.putAll(overlay.correspondenceProvenance);
        b.types.putAll(types);
        b.types.putAll(overlay.types);
        b.hypotheses.putAll(hypotheses);
        b.hypotheses.putAll(overlay.hypotheses);
        b.criteria.putAll(overlay.criteria.isEmpty() ? criteria : overlay.criteria);
        b.email.putAll(email);
        b.email.putAll(overlay.email);
        b.codes.putAll(codes);
        b.codes.putAll(overlay.codes);
        b.notices.addAll(notices);
        b.notices.addAll(overlay.notices);
        return b.build();
    }

    /** The criteria assessed, in order: the criteria file's, else {@link #DEFAULT_CRITERIA}. */
    public List<Criterion> criteria() {
        return criteria.isEmpty() ? DEFAULT_CRITERIA : List.copyOf(criteria.values());
    }

    /** Notices from reading (e.g. files not recognised). */
    public List<String> notices() {
        return notices;
    }

    /** The number of characterisation factors, mixes, correspondences, types and hypotheses, for a summary line. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "référentiel: %d equipment factors, %d electricity mixes, %d"
                        + " correspondences, %d types, %d hypotheses, %d criteria", factors.size(), mixes.size(),
                correspondences.size(), types.size(), hypotheses.size(), criteria().size());
    }

    Optional<Value> factor(String reference, String step, String criterion) {
        Value v = factors.get(key(reference, step, criterion));
        if (v == null && codes.containsKey(norm(criterion))) {
            v = factors.get(key(reference, step, codes.get(norm(criterion))));
        }
        return Optional.ofNullable(v);
    }

    Optional<Value> mix(String country, String criterion) {
        Value v = mixes.get(Countries.key(country) + "\u0000" + norm(criterion));
        if (v == null && codes.containsKey(norm(criterion))) {
            v = mixes.get(Countries.key(country) + "\u0000" + norm(codes.get(norm(criterion))));
        }
        return Optional.ofNullable(v);
    }

    Optional<Value> hypothesis(String key) {
        return Optional.ofNullable(hypotheses.get(norm(key)));
    }

    Optional<ItemType> type(String type) {
        return Optional.ofNullable(types.get(norm(type)));
    }

    Optional<String> correspondence(String model) {
        return Optional.ofNullable(correspondences.get(norm(model)));
    }

    static String key(String reference, String step, String criterion) {
        return norm(reference) + "\u0000" + norm(step) + "\u0000" + norm(criterion);
    }

    static String norm(String s) {
        return TypeMapping.norm(s);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects rows from files; problems are listed, never skipped silently. */
    static final class Builder {
        final Map<String, Value> factors = new LinkedHashMap<>();
        final Map<String, Value> mixes = new LinkedHashMap<>();
        final Map<String, Value> conso = new LinkedHashMap<>();
        final Map<String, String> correspondences = new LinkedHashMap<>();
        final Map<String, Provenance> correspondenceProvenance = new LinkedHashMap<>();
        final Map<String, ItemType> types = new LinkedHashMap<>();
        final Map<String, Value> hypotheses = new LinkedHashMap<>();
        final Map<String, Criterion> criteria = new LinkedHashMap<>();
        final Map<String, EmailConstants> email = new LinkedHashMap<>();
        final Map<String, String> codes = new LinkedHashMap<>(G4IT_CODES);
        final List<String> notices = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Referentiel build() {
            return new Referentiel(this);
        }

        void file(DelimitedFile f, String sha, boolean licensed) {
            f.encodingNotice().ifPresent(notices::add);
            if (has(f, "nom", "etapeacv", "critere", "valeur")) {
                rows(f, (r, c) -> {
                    String nom = c.required("nom");
                    String step = c.required("etapeacv");
                    String crit = c.required("critere");
                    double v = c.number("valeur");
                    double conso = c.optionalNumber("consoElecMoyenne");
                    Provenance p = new Provenance(c.text("source"), f.name(), r.line(), sha, licensed);
                    Value val = new Value(v, conso, c.text("unite"), p);
                    if (norm(c.text("categorie")).equals("electricity-mix")) {
                        String loc = c.required("localisation");
                        mixes.put(Countries.key(loc) + "\u0000" + norm(crit), val);
                    } else {
                        factors.put(key(nom, step, crit), val);
                        if (!Double.isNaN(conso)) {
                            conso(nom, conso, p);
                        }
                    }
                });
            } else if (has(f, "name", "lifecycleStep", "criterion", "value")) { // G4IT's itemImpact
                rows(f, (r, c) -> {
                    String step = G4IT_STEPS.getOrDefault(norm(c.required("lifecycleStep")), c.text("lifecycleStep"));
                    String crit = c.required("criterion");
                    double conso = c.optionalNumber("avgElectricityConsumption");
                    Provenance p = new Provenance(c.text("source"), f.name(), r.line(), sha, licensed);
                    Value val = new Value(c.number("value"), conso, c.text("unit"), p);
                    if (norm(c.text("category")).equals("electricity-mix")) {
                        mixes.put(Countries.key(c.required("location")) + "\u0000" + norm(crit), val);
                    } else {
                        factors.put(key(c.required("name"), step, crit), val);
                        if (!Double.isNaN(conso)) {
                            conso(c.required("name"), conso, p);
                        }
                    }
                });
            } else if (has(f, "type", "isServer")) { // G4IT's itemType
                rows(f, (r, c) -> {
                    String srv = norm(c.text("isServer"));
                    String t = c.required("type");
                    types.put(norm(t), new ItemType(t, srv.equals("true"), c.optionalNumber("defaultLifespan"),
                            c.text("refDefaultItem"), new Provenance(c.text("source"), f.name(), r.line(), sha,
                            licensed)));
                });
            } else if (has(f, "code", "label", "unit")) { // G4IT's criterion
                rows(f, (r, c) -> {
                    String n = c.required("label");
                    criteria.put(norm(n), new Criterion(n, c.text("unit")));
                    codes.put(norm(n), c.required("code"));
                });
            } else if (has(f, "code", "value") && !has(f, "criterion")) { // G4IT's hypothesis
                rows(f, (r, c) -> hypotheses.put(norm(c.required("code")), new Value(c.number("value"), Double.NaN,
                        "", new Provenance(c.text("source"), f.name(), r.line(), sha, licensed))));
            } else if (has(f, "refEquipement", "etape", "critere", "valeur")) {
                rows(f, (r, c) -> {
                    Provenance p = new Provenance(c.text("source"), f.name(), r.line(), sha, licensed);
                    double conso = c.optionalNumber("consoElecMoyenne");
                    factors.put(key(c.required("refEquipement"), c.required("etape"), c.required("critere")),
                            new Value(c.number("valeur"), conso, "", p));
                    if (!Double.isNaN(conso)) {
                        conso(c.required("refEquipement"), conso, p);
                    }
                });
            } else if (has(f, "pays", "critere", "valeur")) {
                rows(f, (r, c) -> {
                    Value val = new Value(c.number("valeur"), Double.NaN, "",
                            new Provenance(c.text("source"), f.name(), r.line(), sha, licensed));
                    String crit = norm(c.required("critere"));
                    mixes.put(Countries.key(c.required("pays")) + "\u0000" + crit, val);
                    if (!c.text("raccourcisAnglais").isEmpty()) {
                        mixes.putIfAbsent(Countries.key(c.text("raccourcisAnglais")) + "\u0000" + crit, val);
                    }
                });
            } else if (has(f, "modeleEquipementSource", "refEquipementCible")) {
                rows(f, (r, c) -> {
                    String m = norm(c.required("modeleEquipementSource"));
                    correspondences.put(m, c.required("refEquipementCible"));
                    correspondenceProvenance.put(m, new Provenance("", f.name(), r.line(), sha, licensed));
                });
            } else if (has(f, "type", "serveur")) {
                rows(f, (r, c) -> {
                    String s = norm(c.text("serveur"));
                    if (!s.isEmpty() && !s.equals("true") && !s.equals("false")) {
                        throw new LotReader.RowProblem(c.header("serveur"), c.text("serveur"), "expected true or false");
                    }
                    String t = c.required("type");
                    types.put(norm(t), new ItemType(t, s.equals("true"), c.optionalNumber("dureeVieDefaut"),
                            c.text("refItemParDefaut"), new Provenance(c.text("source"), f.name(), r.line(), sha,
                            licensed)));
                });
            } else if ((has(f, "cle", "valeur") || has(f, "code", "valeur")) && !has(f, "critere")) {
                rows(f, (r, c) -> {
                    String k = c.text("cle").isEmpty() ? c.required("code") : c.text("cle");
                    hypotheses.put(norm(k), new Value(c.number("valeur"), Double.NaN, "",
                            new Provenance(c.text("source"), f.name(), r.line(), sha, licensed)));
                });
            } else if (has(f, "nomCritere")) {
                rows(f, (r, c) -> {
                    String n = c.required("nomCritere");
                    criteria.put(norm(n), new Criterion(n, c.text("unite")));
                });
            } else if (has(f, "critere", "constanteCoefficientDirecteur", "constanteOrdonneeOrigine")) {
                rows(f, (r, c) -> email.put(norm(c.required("critere")), new EmailConstants(
                        c.number("constanteCoefficientDirecteur"), c.number("constanteOrdonneeOrigine"),
                        new Provenance(c.text("source"), f.name(), r.line(), sha, licensed))));
            } else if (has(f, "code", "libelle") || has(f, "code", "label")) {
                notices.add(f.name() + ": life-cycle steps read; impact uses NumEcoEval's four (FABRICATION,"
                        + " DISTRIBUTION, UTILISATION, FIN_DE_VIE)");
            } else {
                notices.add(f.name() + ": not a NumEcoEval référentiel file (header " + String.join(";", f.header())
                        + "), ignored");
            }
        }

        private void conso(String reference, double kWh, Provenance p) {
            conso.putIfAbsent(norm(reference), new Value(kWh, kWh, "kWh", p));
        }

        private static boolean has(DelimitedFile f, String... columns) {
            for (String c : columns) {
                if (f.column(c) < 0) {
                    return false;
                }
            }
            return true;
        }

        interface RowAction {
            void accept(DelimitedFile.Row row, RefCells cells);
        }

        private void rows(DelimitedFile f, RowAction action) {
            for (DelimitedFile.Row r : f.rows()) {
                if (r.error().isPresent()) {
                    problems.add(new Problem(f.name(), r.line(), "", r.error().get()));
                    continue;
                }
                try {
                    action.accept(r, new RefCells(f, r));
                } catch (LotReader.RowProblem p) {
                    problems.add(new Problem(f.name(), r.line(), p.column, p.value, p.getMessage()));
                }
            }
        }
    }

    /** A référentiel row's cells by column name. */
    static final class RefCells {
        private final DelimitedFile f;
        private final DelimitedFile.Row r;

        RefCells(DelimitedFile f, DelimitedFile.Row r) {
            this.f = f;
            this.r = r;
        }

        String text(String column) {
            return r.get(f.column(column));
        }

        String header(String column) {
            int i = f.column(column);
            return i < 0 ? column : f.header().get(i);
        }

        String required(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                throw new LotReader.RowProblem(header(column), "", "must not be empty");
            }
            return t;
        }

        double number(String column) {
            double v = optionalNumber(column);
            if (Double.isNaN(v)) {
                throw new LotReader.RowProblem(header(column), "", "must not be empty");
            }
            return v;
        }

        double optionalNumber(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return Double.NaN;
            }
            try {
                double v = DelimitedFile.parseNumber(t);
                if (!Double.isFinite(v) || Math.abs(v) > 1e300) {
                    throw new LotReader.RowProblem(header(column), t, "expected a finite number, was " + t);
                }
                return v;
            } catch (NumberFormatException e) {
                throw new LotReader.RowProblem(header(column), t, e.getMessage());
            }
        }
    }
}
