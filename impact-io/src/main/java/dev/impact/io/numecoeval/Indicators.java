package dev.impact.io.numecoeval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unit indicators of a lot under the NumEcoEval convention, and their export to NumEcoEval's indicator tables
 * ({@link #writeTables}). Totals add the physical equipment and e-mail rows only: the virtual-equipment and
 * application tables share out the physical equipment's impact, they do not add to it.
 */
public final class Indicators {
    /** The columns of each exported table, in NumEcoEval's order (its database columns, without discriminators). */
    static final Map<UnitIndicator.Table, List<String>> COLUMNS = Map.of(
            UnitIndicator.Table.PHYSICAL_EQUIPMENT, List.of("date_calcul", "date_lot", "nom_lot", "etapeacv",
                    "critere", "source", "statut_indicateur", "trace", "version_calcul", "conso_elec_moyenne",
                    "impact_unitaire", "quantite", "statut_equipement_physique", "type_equipement", "unite",
                    "nom_entite", "nom_organisation", "nom_equipement", "nom_source_donnee"),
            UnitIndicator.Table.VIRTUAL_EQUIPMENT, List.of("date_calcul", "date_lot", "nom_lot", "etapeacv", "critere",
                    "nom_organisation", "nom_source_donnee", "nom_equipement", "nom_equipement_virtuel", "nom_entite",
                    "source", "statut_indicateur", "trace", "version_calcul", "impact_unitaire", "unite",
                    "conso_elec_moyenne", "cluster"),
            UnitIndicator.Table.APPLICATION, List.of("date_calcul", "date_lot", "nom_lot", "etapeacv", "critere",
                    "nom_organisation", "nom_source_donnee", "nom_application", "type_environnement",
                    "nom_equipement_physique", "nom_equipement_virtuel", "nom_entite", "source", "statut_indicateur",
                    "trace", "version_calcul", "domaine", "sous_domaine", "impact_unitaire", "unite",
                    "conso_elec_moyenne"),
            UnitIndicator.Table.EMAIL, List.of("date_calcul", "date_lot", "nom_lot", "nom_organisation",
                    "nom_source_donnee", "critere", "mois_annee", "nom_entite", "source", "statut_indicateur", "trace",
                    "version_calcul", "impact_unitaire", "unite", "nombre_mail_emis", "volume_total_mail_emis"));

    private final String lot;
    private final String organisation;
    private final Optional<LocalDate> calculationDate;
    private final List<UnitIndicator> rows;
    /** Physical equipment rows by "equipment \0 criterion \0 step", for {@link #physical}. */
    private final Map<String, UnitIndicator> physicalIndex = new java.util.HashMap<>();

    Indicators(String lot, String organisation, Optional<LocalDate> calculationDate, List<UnitIndicator> rows) {
        this.lot = lot;
        this.organisation = organisation;
        this.calculationDate = calculationDate;
        this.rows = List.copyOf(rows);
        for (UnitIndicator r : this.rows) {
            if (r.table() == UnitIndicator.Table.PHYSICAL_EQUIPMENT) {
                physicalIndex.putIfAbsent(r.item() + "\u0000" + r.criterion() + "\u0000" + r.step(), r);
            }
        }
    }

    /** Every unit indicator, physical equipment first, in the lot's order. */
    public List<UnitIndicator> all() {
        return rows;
    }

    /** The rows of one table. */
    public List<UnitIndicator> table(UnitIndicator.Table table) {
        return rows.stream().filter(r -> r.table() == table).toList();
    }

    /** The rows in error ({@code statut_indicateur = ERREUR}). */
    public List<UnitIndicator> errors() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }

    /** The criteria present, in order. */
    public List<String> criteria() {
        Set<String> s = new LinkedHashSet<>();
        rows.forEach(r -> s.add(r.criterion()));
        return List.copyOf(s);
    }

    /** The unit of a criterion. */
    public String unit(String criterion) {
        return rows.stream().filter(r -> r.criterion().equals(criterion)).map(UnitIndicator::unit).findFirst()
                .orElse("");
    }

    /** The total of a criterion: physical equipment and e-mail rows that are OK. */
    public double total(String criterion) {
        return total(criterion, null);
    }

    /** The total of a criterion for one step ({@code FABRICATION}…); e-mail rows have no step and count in none. */
    public double total(String criterion, String step) {
        double s = 0;
        for (UnitIndicator r : rows) {
            if (r.ok() && r.criterion().equals(criterion) && (r.table() == UnitIndicator.Table.PHYSICAL_EQUIPMENT
                    || r.table() == UnitIndicator.Table.EMAIL) && (step == null || step.equals(r.step()))) {
                s += r.impact();
            }
        }
        return s;
    }

    /**
     * The 5th and 95th percentiles of a criterion's total under the rows' quality tiers ({@link UnitIndicator#low()},
     * {@link UnitIndicator#high()}), summed as if the rows' errors were fully correlated: the widest the total's
     * range can be, not a Monte Carlo result.
     *
     * @return {p5, p95}
     */
    public double[] range(String criterion) {
        double lo = 0;
        double hi = 0;
        for (UnitIndicator r : rows) {
            if (r.ok() && r.criterion().equals(criterion) && (r.table() == UnitIndicator.Table.PHYSICAL_EQUIPMENT
                    || r.table() == UnitIndicator.Table.EMAIL)) {
                lo += r.low();
                hi += r.high();
            }
        }
        return new double[] {lo, hi};
    }

    /** One physical equipment's total for a criterion and step (NaN if in error or absent). */
    public double physical(String equipment, String criterion, String step) {
        UnitIndicator r = physicalIndex.get(equipment + "\u0000" + criterion + "\u0000" + step);
        return r == null ? Double.NaN : r.impact();
    }

    /**
     * Writes the four indicator tables into {@code directory} ({@code ind_indicateur_impact_equipement_physique.csv}
     * …): {@code ;}-separated, UTF-8, quotes where needed, one file per table, each written to a temporary file then
     * moved into place. {@code date_lot} is the calculation date.
     *
     * @return the files written
     */
    public List<Path> writeTables(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> out = new ArrayList<>();
        for (UnitIndicator.Table t : UnitIndicator.Table.values()) {
            Path target = directory.resolve(t.tableName() + ".csv");
            Path tmp = Files.createTempFile(directory, t.tableName(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                writeTable(t, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.add(target);
        }
        return out;
    }

    /** Writes one table as {@code ;}-separated CSV with its header. */
    public void writeTable(UnitIndicator.Table table, Writer w) throws IOException {
        List<String> cols = COLUMNS.get(table);
        w.write(String.join(";", cols));
        w.write('\n');
        String date = calculationDate.map(LocalDate::toString).orElse("");
        for (UnitIndicator r : table(table)) {
            Map<String, String> v = new LinkedHashMap<>(r.columns());
            v.put("date_calcul", date);
            v.put("date_lot", date);
            v.put("nom_lot", lot);
            v.put("nom_organisation", organisation);
            v.put("etapeacv", r.step());
            v.put("critere", r.criterion());
            v.put("source", "impact");
            v.put("statut_indicateur", r.ok() ? "OK" : "ERREUR");
            v.put("trace", r.trace());
            v.put("version_calcul", NumEcoEval.VERSION);
            v.put("conso_elec_moyenne", Double.isNaN(r.consoElecMoyenne()) ? "" : num(r.consoElecMoyenne()));
            v.put("impact_unitaire", r.ok() ? num(r.impact()) : "");
            v.put("quantite", num(r.quantity()));
            v.put("unite", r.unit());
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    line.append(';');
                }
                line.append(quote(v.getOrDefault(cols.get(i), "")));
            }
            w.write(line.append('\n').toString());
        }
    }

    private static String num(double d) {
        return Double.toString(d);
    }

    private static String quote(String s) {
        if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A small table: each criterion's total by step, and the number of rows in error. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "NumEcoEval indicators of lot %s (%d unit indicators, %d in error)%n",
                lot, rows.size(), errors().size()));
        sb.append(String.format(Locale.ROOT, "%-36s %18s %18s %18s %18s %18s  %s%n", "criterion", "FABRICATION",
                "DISTRIBUTION", "UTILISATION", "FIN_DE_VIE", "total", "unit"));
        for (String c : criteria()) {
            sb.append(String.format(Locale.ROOT, "%-36s", c));
            for (String step : NumEcoEval.STEPS) {
                sb.append(String.format(Locale.ROOT, " %18.12g", total(c, step)));
            }
            sb.append(String.format(Locale.ROOT, " %18.12g  %s%n", total(c), unit(c)));
        }
        sb.append(String.format(Locale.ROOT, "(total: physical equipment and e-mail; virtual equipment and applications"
                + " share it out)%nrange from the quality tiers (qualite: HAUTE gsd 1.2, MOYENNE 1.5, BASSE 2.0), rows"
                + " fully correlated, p5–p95:%n"));
        for (String c : criteria()) {
            double[] r = range(c);
            sb.append(String.format(Locale.ROOT, "  %-44s %.6g – %.6g %s%n", c, r[0], r[1], unit(c)));
        }
        return sb.toString();
    }
}
