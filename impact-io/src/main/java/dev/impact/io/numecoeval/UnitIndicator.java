package dev.impact.io.numecoeval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One NumEcoEval unit indicator: the impact of one item (physical equipment, virtual equipment, application, a month
 * of e-mail) for one life-cycle step and one criterion, with its status and the trace of its formula.
 *
 * @param table       which indicator table it belongs to
 * @param step        {@code FABRICATION}, {@code DISTRIBUTION}, {@code UTILISATION}, {@code FIN_DE_VIE}; empty for e-mail
 * @param criterion   the criterion as the référentiel names it ({@code Climate change})
 * @param unit        the criterion's unit ({@code kg CO2 eq})
 * @param impact      the impact of the whole row (all units of its quantity), in {@code unit}; NaN when in error
 * @param ok          {@code statut_indicateur}: true for OK, false for ERREUR
 * @param trace       the formula with its operands, as JSON (licensed values shown as "licensed factor, source X")
 * @param quantity    the row's quantity (physical equipment), else 1
 * @param consoElecMoyenne the yearly kWh used for the use step (NaN elsewhere)
 * @param quality     the data-quality tier (the row's, else its host's, else MOYENNE)
 * @param columns     the table's descriptive columns (nom_equipement, nom_entite…), by export column name
 */
public record UnitIndicator(Table table, String step, String criterion, String unit, double impact, boolean ok,
                            String trace, double quantity, double consoElecMoyenne, Quality quality,
                            Map<String, String> columns) {
    /** NumEcoEval's indicator tables. */
    public enum Table {
        /** {@code ind_indicateur_impact_equipement_physique}. */
        PHYSICAL_EQUIPMENT("ind_indicateur_impact_equipement_physique"),
        /** {@code ind_indicateur_impact_equipement_virtuel}. */
        VIRTUAL_EQUIPMENT("ind_indicateur_impact_equipement_virtuel"),
        /** {@code ind_indicateur_impact_application}. */
        APPLICATION("ind_indicateur_impact_application"),
        /** {@code ind_indicateur_impact_messagerie}. */
        EMAIL("ind_indicateur_impact_messagerie");

        private final String tableName;

        Table(String tableName) {
            this.tableName = tableName;
        }

        /** The table's name in NumEcoEval's database, also the exported file's name (+ {@code .csv}). */
        public String tableName() {
            return tableName;
        }
    }

    public UnitIndicator {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(quality, "quality");
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The 5th percentile of the impact under its quality tier's spread ({@link Quality#p95Ratio()}). */
    public double low() {
        return impact / quality.p95Ratio();
    }

    /** The 95th percentile of the impact under its quality tier's spread. */
    public double high() {
        return impact * quality.p95Ratio();
    }

    /** The item's name: the physical equipment's, the virtual equipment's, the application's, or the e-mail month. */
    public String item() {
        switch (table) {
            case VIRTUAL_EQUIPMENT: return columns.getOrDefault("nom_equipement_virtuel", "");
            case APPLICATION: return columns.getOrDefault("nom_application", "");
            case EMAIL: return "messagerie " + columns.getOrDefault("mois_annee", "");
            default: return columns.getOrDefault("nom_equipement", "");
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s %s: %s %s", item(), step, criterion,
                ok ? String.format(java.util.Locale.ROOT, "%.6g", impact) : "ERREUR", ok ? unit : trace);
    }
}
