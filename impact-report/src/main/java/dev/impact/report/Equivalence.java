package dev.impact.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A familiar activity used to make a climate-change figure tangible ("≈ 4 200 km by petrol car"). Reports show
 * equivalences as <em>illustrations</em>, with their source, never as part of the assessment.
 *
 * @param id             stable id, e.g. {@code car_km}
 * @param kgCo2ePerUnit  climate change per unit of the activity, in kgCO2e (> 0)
 * @param unitEn         the activity's unit in English, plural, e.g. {@code km by petrol car}
 * @param unitFr         the same in French, e.g. {@code km en voiture thermique}
 * @param source         short citation: publisher, title, year
 * @param locator        where to check the figure
 */
public record Equivalence(String id, double kgCo2ePerUnit, String unitEn, String unitFr, String source,
                          String locator) {

    /**
     * Petrol car, per km, one occupant: construction 0.03169565 + use 0.11055776 kgCO2e/km (ADEME Impact CO2,
     * "voiture thermique", from ADEME's 2025 car footprint model).
     */
    public static final Equivalence CAR_KM = new Equivalence("car_km", 0.03169565217391306 + 0.1105577600556303,
            "km by petrol car", "km en voiture thermique",
            "ADEME, Impact CO2 — voiture thermique (modélisation de l'empreinte carbone de la voiture, 2025)",
            "impactco2.fr/outils/transport; incubateur-ademe/impactco2 src/data/categories/deplacement.ts, id 4");

    /**
     * High-speed train (TGV), per passenger-km: construction 0.00063 + use 0.0023 kgCO2e/km (ADEME Impact CO2,
     * "TGV").
     */
    public static final Equivalence TGV_KM = new Equivalence("tgv_km", 0.00063 + 0.0023,
            "km by high-speed train (TGV)", "km en TGV",
            "ADEME, Impact CO2 — TGV (Base Empreinte)",
            "impactco2.fr/outils/transport; incubateur-ademe/impactco2 src/data/categories/deplacement.ts, id 2");

    /** A meal with beef: 7.26 kgCO2e (ADEME Base Empreinte, via Impact CO2). */
    public static final Equivalence BEEF_MEAL = new Equivalence("beef_meal", 7.26,
            "meals with beef", "repas avec du bœuf",
            "ADEME, Base Empreinte — repas avec du bœuf (via Impact CO2)",
            "impactco2.fr/outils/alimentation; incubateur-ademe/impactco2 src/data/categories/repas.ts, id 20689");

    public Equivalence {
        requireText(id, "id");
        if (!Double.isFinite(kgCo2ePerUnit) || kgCo2ePerUnit <= 0) {
            throw new IllegalArgumentException("kgCo2ePerUnit must be a finite number > 0 (kgCO2e), was "
                    + kgCo2ePerUnit);
        }
        requireText(unitEn, "unitEn");
        requireText(unitFr, "unitFr");
        requireText(source, "source");
        requireText(locator, "locator");
    }

    /** The built-in equivalences: petrol car km, TGV km, meals with beef. */
    public static List<Equivalence> defaults() {
        return List.of(CAR_KM, TGV_KM, BEEF_MEAL);
    }

    /** How many units of the activity emit {@code kgCo2e}. */
    public double amountFor(double kgCo2e) {
        return kgCo2e / kgCo2ePerUnit;
    }

    /** The unit in the language of {@code locale}: French for French, English otherwise. */
    public String unit(Locale locale) {
        return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? unitFr : unitEn;
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("equivalence " + name + " must not be blank, was "
                    + (s == null ? "null" : "'" + s + "'"));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s kgCO2e per %s (%s)", id, kgCo2ePerUnit, unitEn, source);
    }
}
