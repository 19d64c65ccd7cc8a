package dev.impact.io.numecoeval;

import dev.impact.io.DelimitedFile;
import dev.impact.io.InvalidFileException;
import dev.impact.io.Problem;
import dev.impact.io.TypeMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a lot directory: each file recognised by its header, each row checked, problems kept as data. */
final class LotReader {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** The kinds of lot file, with the columns each reads (aliases after the first name, legacy ones included). */
    enum FileKind {
        NON_IT("opérations non IT", "nomItemNonIT"),
        APPLICATION("applications", "nomApplication", "typeEnvironnement", "nomEquipementVirtuel",
                "nomSourceEquipementVirtuel|nomSourceDonneeEquipementVirtuel", "domaine", "sousDomaine", "nomEntite",
                "nomEquipementPhysique", "nomSourceDonnee", "qualite"),
        VIRTUAL("équipements virtuels", "nomEquipementVirtuel", "nomEquipementPhysique",
                "nomSourceDonneeEquipementPhysique", "cleRepartition", "vCPU", "cluster",
                "consoElecAnnuelle|consoElecAn", "typeEqv", "capaciteStockage", "nomEntite", "nomSourceDonnee",
                "qualite"),
        PHYSICAL("équipements physiques", "nomEquipementPhysique", "modele", "quantite", "nomCourtDatacenter",
                "dateAchat", "dateRetrait", "dureeUsageInterne", "dureeUsageAmont", "dureeUsageAval", "type", "statut",
                "paysDUtilisation", "consoElecAnnuelle|consoElecAn", "utilisateur", "nomSourceDonnee", "nomEntite",
                "nbCoeur", "modeUtilisation", "tauxUtilisation", "qualite", "nbJourUtiliseAn", "goTelecharge"),
        EMAIL("messagerie", "nombreMailEmis", "nombreMailEmisXDestinataires", "volumeTotalMailEmis", "MoisAnnee",
                "nomEntite"),
        DATA_CENTRE("data centres", "nomCourtDatacenter", "nomLongDatacenter", "pue", "localisation", "nomEntite",
                "qualite", "nomSourceDonnee"),
        ENTITY("entités", "nomEntite", "nbCollaborateurs", "responsableEntite",
                "responsableNumeriqueResponsable|responsableNumeriqueDurable");

        final String label;
        final String[] columns;

        FileKind(String label, String... columns) {
            this.label = label;
            this.columns = columns;
        }

        /** The kind whose first column is in the header (most specific kinds first), if any. */
        static Optional<FileKind> of(DelimitedFile f) {
            for (FileKind k : values()) {
                if (f.column(k.columns[0]) >= 0 && (k != ENTITY || f.column("nbCollaborateurs") >= 0
                        || f.column("responsableEntite") >= 0) && (k != DATA_CENTRE || f.column("pue") >= 0)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final TypeMapping mapping;

    private LotReader(TypeMapping mapping) {
        this.mapping = mapping;
    }

    static Lot read(Path dir, TypeMapping mapping) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidFileException(new Problem(dir.toString(), 0, "", "a NumEcoEval lot is a directory of"
                    + " CSV files; this is not a directory"));
        }
        LotReader r = new LotReader(mapping);
        List<Path> files;
        Optional<Path> refDir = Optional.empty();
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        } catch (IOException e) {
            throw new InvalidFileException(new Problem(dir.toString(), 0, "", "cannot list the directory: " + e));
        }
        Map<FileKind, List<DelimitedFile>> byKind = new LinkedHashMap<>();
        for (Path p : files) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isDirectory(p)) {
                if (n.startsWith("referentiel") || n.startsWith("référentiel")) {
                    refDir = Optional.of(p);
                }
                continue;
            }
            if (!n.endsWith(".csv")) {
                continue;
            }
            DelimitedFile f = DelimitedFile.read(p);
            f.encodingNotice().ifPresent(r.notices::add);
            Optional<FileKind> kind = FileKind.of(f);
            if (kind.isEmpty()) {
                r.notices.add(p + ": not a NumEcoEval lot file (header " + String.join(";", f.header())
                        + "), ignored");
                continue;
            }
            byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(f);
        }
        if (byKind.isEmpty()) {
            throw new InvalidFileException(new Problem(dir.toString(), 0, "", "no NumEcoEval lot file here: expected"
                    + " CSV files of physical equipment (nomEquipementPhysique;modele;quantite;…), virtual equipment,"
                    + " applications, data centres, messagerie or entités"));
        }
        List<Lot.DataCentre> dcs = new ArrayList<>();
        List<Lot.PhysicalEquipment> pe = new ArrayList<>();
        List<Lot.VirtualEquipment> ve = new ArrayList<>();
        List<Lot.Application> apps = new ArrayList<>();
        List<Lot.Email> mails = new ArrayList<>();
        List<Lot.Entity> ents = new ArrayList<>();
        for (DelimitedFile f : byKind.getOrDefault(FileKind.DATA_CENTRE, List.of())) {
            r.rows(f, FileKind.DATA_CENTRE, row -> dcs.add(r.dataCentre(row)));
        }
        Set<String> dcNames = new HashSet<>();
        dcs.forEach(d -> dcNames.add(d.shortName()));
        for (DelimitedFile f : byKind.getOrDefault(FileKind.PHYSICAL, List.of())) {
            r.rows(f, FileKind.PHYSICAL, row -> pe.add(r.physical(row, dcNames)));
        }
        Map<String, Lot.PhysicalEquipment> hosts = new HashMap<>();
        pe.forEach(p -> hosts.put(p.name(), p));
        for (DelimitedFile f : byKind.getOrDefault(FileKind.VIRTUAL, List.of())) {
            r.rows(f, FileKind.VIRTUAL, row -> ve.add(r.virtual(row, hosts.keySet())));
        }
        Set<String> vms = new HashSet<>();
        ve.forEach(v -> vms.add(v.host() + "\u0000" + v.name()));
        for (DelimitedFile f : byKind.getOrDefault(FileKind.APPLICATION, List.of())) {
            r.rows(f, FileKind.APPLICATION, row -> apps.add(r.application(row, vms, hosts.keySet())));
        }
        for (DelimitedFile f : byKind.getOrDefault(FileKind.EMAIL, List.of())) {
            r.rows(f, FileKind.EMAIL, row -> mails.add(r.email(row)));
        }
        for (DelimitedFile f : byKind.getOrDefault(FileKind.ENTITY, List.of())) {
            r.rows(f, FileKind.ENTITY, row -> ents.add(r.entity(row)));
        }
        for (DelimitedFile f : byKind.getOrDefault(FileKind.NON_IT, List.of())) {
            r.notices.add(f.name() + ": " + f.rows().size() + " non-IT operations (buildings, travel, network lines"
                    + " described as non-IT…) not imported: impact assesses digital equipment only");
        }
        if (!r.excluded.isEmpty()) {
            r.notices.add("equipment left out by the type mapping (kind none): " + r.excluded);
        }
        String name = dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                : dir.toAbsolutePath().normalize().getFileName().toString();
        return new Lot(name, pe, ve, apps, dcs, mails, ents, r.problems, r.notices, refDir);
    }

    /** A row being read: its cells by column name, and the row's problem if one is found. */
    final class Cells {
        final DelimitedFile file;
        final DelimitedFile.Row row;
        final Map<String, Integer> index;

        Cells(DelimitedFile file, DelimitedFile.Row row, Map<String, Integer> index) {
            this.file = file;
            this.row = row;
            this.index = index;
        }

        String text(String column) {
            Integer i = index.get(column);
            return i == null ? "" : row.get(i);
        }

        String header(String column) {
            Integer i = index.get(column);
            return i == null ? column : file.header().get(i);
        }

        String required(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                throw new RowProblem(header(column), "", "must not be empty");
            }
            return t;
        }

        double number(String column, double min, double max) {
            String t = text(column);
            if (t.isEmpty()) {
                return Double.NaN;
            }
            double v;
            try {
                v = DelimitedFile.parseNumber(t);
            } catch (NumberFormatException e) {
                throw new RowProblem(header(column), t, e.getMessage());
            }
            if (!(v >= min && v <= max)) {
                throw new RowProblem(header(column), t, (min == Double.MIN_VALUE ? "expected a number > 0 and up to "
                        + fmt(max) : "expected a number from " + fmt(min) + " to " + fmt(max)) + ", was " + t);
            }
            return v;
        }

        Optional<LocalDate> date(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            try {
                Matcher m = ISO.matcher(t);
                if (m.matches()) {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                }
                m = COMPACT.matcher(t);
                if (m.matches()) {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                }
                m = FRENCH.matcher(t);
                if (m.matches()) {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1))));
                }
            } catch (DateTimeException e) {
                throw new RowProblem(header(column), t, "no such date: " + e.getMessage());
            }
            throw new RowProblem(header(column), t, "expected a date written 2020-07-08, 20200708 or 08/07/2020,"
                    + " was '" + t + "'");
        }

        Optional<Quality> quality() {
            String t = text("qualite");
            if (t.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Quality.parse(t).orElseThrow(() -> new RowProblem(header("qualite"), t,
                    "expected HAUTE, MOYENNE or BASSE, was '" + t + "'")));
        }
    }

    private static String fmt(double v) {
        return v == Double.MAX_VALUE ? "∞" : v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A row that cannot be used: the column, the value and why. */
    static final class RowProblem extends RuntimeException {
        final String column;
        final String value;

        RowProblem(String column, String value, String reason) {
            super(reason, null, false, false);
            this.column = column;
            this.value = value;
        }
    }

    private final Map<String, Integer> excluded = new TreeMap<>();
    private final Set<String> physicalNames = new HashSet<>();

    private void rows(DelimitedFile f, FileKind kind, java.util.function.Consumer<Cells> each) {
        Map<String, Integer> index = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < f.header().size(); i++) {
            String h = f.header().get(i);
            if (h.isEmpty()) {
                continue; // a trailing separator on the header line, as in NumEcoEval's own templates
            }
            boolean known = false;
            for (String c : kind.columns) {
                String[] names = c.split("\\|");
                for (String n : names) {
                    if (TypeMapping.norm(n).equals(TypeMapping.norm(h).replace("\uFEFF", ""))) {
                        index.putIfAbsent(names[0], i);
                        known = true;
                    }
                }
            }
            if (!known) {
                ignored.add(h);
            }
        }
        if (!ignored.isEmpty()) {
            notices.add(f.name() + " (" + kind.label + "): columns not used by impact, ignored: "
                    + String.join(", ", ignored));
        }
        if (kind == FileKind.PHYSICAL && index.containsKey("goTelecharge")) {
            notices.add(f.name() + ": legacy column goTelecharge read but no network indicator computed from it"
                    + " (NumEcoEval 1.x network référentiel not supported)");
        }
        for (DelimitedFile.Row row : f.rows()) {
            if (row.error().isPresent()) {
                problems.add(new Problem(f.name(), row.line(), "", row.error().get()));
                continue;
            }
            try {
                each.accept(new Cells(f, row, index));
            } catch (RowProblem p) {
                problems.add(new Problem(f.name(), row.line(), p.column, p.value, p.getMessage()));
            } catch (Skip s) {
                // counted in excluded
            }
        }
    }

    /** A row deliberately left out (kind none in the mapping). */
    static final class Skip extends RuntimeException {
        Skip() {
            super(null, null, false, false);
        }
    }

    Lot.DataCentre dataCentre(Cells c) {
        String name = c.required("nomCourtDatacenter");
        double pue = c.number("pue", 1.0, 10.0);
        return new Lot.DataCentre(name, c.text("nomLongDatacenter"), pue, c.text("localisation"), c.text("nomEntite"),
                c.quality(), origin(c));
    }

    Lot.PhysicalEquipment physical(Cells c, Set<String> dcNames) {
        String name = c.required("nomEquipementPhysique");
        if (!physicalNames.add(name)) {
            throw new RowProblem(c.header("nomEquipementPhysique"), name, "physical equipment '" + name + "' is"
                    + " already in the lot: names must be unique (virtual equipment and applications refer to them)");
        }
        String type = c.required("type");
        String model = c.text("modele");
        Optional<TypeMapping.Rule> rule = mapping.find(type, model);
        if (rule.isEmpty()) {
            throw new RowProblem(c.header("type"), type, "equipment type '" + type + "' has no mapping to an impact"
                    + " category; add a row \"" + type + ",,device,<category>\" (or \"" + type + ",,server,\", or \""
                    + type + ",,none,\" to leave it out) to your mapping file (--mapping)");
        }
        if (rule.get().kind().equals("none")) {
            excluded.merge(type, 1, Integer::sum);
            throw new Skip();
        }
        double quantity = c.number("quantite", Double.MIN_VALUE, 1e12);
        String dc = c.text("nomCourtDatacenter");
        if (!dc.isEmpty() && !dcNames.contains(dc)) {
            throw new RowProblem(c.header("nomCourtDatacenter"), dc, "no data centre named '" + dc + "' in the lot's"
                    + " data-centre file");
        }
        Optional<LocalDate> bought = c.date("dateAchat");
        Optional<LocalDate> withdrawn = c.date("dateRetrait");
        if (bought.isPresent() && withdrawn.isPresent() && !withdrawn.get().isAfter(bought.get())) {
            throw new RowProblem(c.header("dateRetrait"), c.text("dateRetrait"), "withdrawal date " + withdrawn.get()
                    + " is not after the purchase date " + bought.get());
        }
        String mode = c.text("modeUtilisation").toUpperCase(Locale.ROOT);
        if (!mode.isEmpty() && !mode.equals("COPE") && !mode.equals("BYOD")) {
            throw new RowProblem(c.header("modeUtilisation"), c.text("modeUtilisation"), "expected COPE or BYOD, was '"
                    + c.text("modeUtilisation") + "'");
        }
        String country = c.text("paysDUtilisation");
        return new Lot.PhysicalEquipment(name, model, Double.isNaN(quantity) ? 1.0 : quantity, dc, bought, withdrawn,
                c.number("dureeUsageInterne", Double.MIN_VALUE, 100), c.number("dureeUsageAmont", 0, 100),
                c.number("dureeUsageAval", 0, 100), type, c.text("statut"), country,
                c.number("consoElecAnnuelle", 0, 1e9), c.text("utilisateur"), c.text("nomSourceDonnee"),
                c.text("nomEntite"), c.number("nbCoeur", 0, 1e6), mode, c.number("tauxUtilisation", 0, 1),
                c.quality(), c.number("nbJourUtiliseAn", 0, 366), c.number("goTelecharge", 0, 1e12), rule.get(),
                origin(c));
    }

    Lot.VirtualEquipment virtual(Cells c, Set<String> hosts) {
        String name = c.required("nomEquipementVirtuel");
        String host = c.required("nomEquipementPhysique");
        if (!hosts.contains(host)) {
            throw new RowProblem(c.header("nomEquipementPhysique"), host, "no physical equipment named '" + host
                    + "' in the lot (or its row has a problem)");
        }
        String kind = c.text("typeEqv").toLowerCase(Locale.ROOT);
        if (!kind.isEmpty() && !kind.equals("calcul") && !kind.equals("stockage")) {
            throw new RowProblem(c.header("typeEqv"), c.text("typeEqv"), "expected calcul or stockage, was '"
                    + c.text("typeEqv") + "'");
        }
        return new Lot.VirtualEquipment(name, host, c.number("cleRepartition", 0, 1), c.number("vCPU", 0, 1e6),
                c.text("cluster"), c.number("consoElecAnnuelle", 0, 1e9), kind, c.number("capaciteStockage", 0, 1e9),
                c.text("nomEntite"), c.text("nomSourceDonnee"), c.quality(), origin(c));
    }

    Lot.Application application(Cells c, Set<String> vms, Set<String> hosts) {
        String name = c.required("nomApplication");
        String vm = c.text("nomEquipementVirtuel");
        String host = c.text("nomEquipementPhysique");
        if (!vm.isEmpty() && !vms.contains(host + "\u0000" + vm)) {
            throw new RowProblem(c.header("nomEquipementVirtuel"), vm, "no virtual equipment named '" + vm + "' on"
                    + " physical equipment '" + host + "' in the lot (or its row has a problem)");
        }
        if (vm.isEmpty()) {
            throw new RowProblem(c.header("nomEquipementVirtuel"), "", "an application is allocated through its"
                    + " virtual equipment: give nomEquipementVirtuel");
        }
        return new Lot.Application(name, c.text("typeEnvironnement"), vm, c.text("domaine"), c.text("sousDomaine"),
                c.text("nomEntite"), host, c.text("nomSourceDonnee"), c.quality(), origin(c));
    }

    Lot.Email email(Cells c) {
        double sent = c.number("nombreMailEmis", 0, 1e15);
        double times = c.number("nombreMailEmisXDestinataires", 0, 1e15);
        double volume = c.number("volumeTotalMailEmis", 0, 1e18);
        String month = c.required("MoisAnnee");
        if (!month.matches("(0[1-9]|1[0-2])\\d{4}")) {
            throw new RowProblem(c.header("MoisAnnee"), month, "expected the month as MMAAAA (e.g. 012024), was '"
                    + month + "'");
        }
        if (Double.isNaN(sent) || Double.isNaN(times) || Double.isNaN(volume)) {
            throw new RowProblem(c.header(Double.isNaN(sent) ? "nombreMailEmis" : Double.isNaN(times)
                    ? "nombreMailEmisXDestinataires" : "volumeTotalMailEmis"), "", "must not be empty");
        }
        return new Lot.Email(sent, times, volume, month, c.text("nomEntite"), origin(c));
    }

    Lot.Entity entity(Cells c) {
        return new Lot.Entity(c.required("nomEntite"), c.number("nbCollaborateurs", 0, 1e9),
                c.text("responsableEntite"), c.text("responsableNumeriqueResponsable"), origin(c));
    }

    private static Lot.Origin origin(Cells c) {
        return new Lot.Origin(c.file.name(), c.row.line());
    }

}
