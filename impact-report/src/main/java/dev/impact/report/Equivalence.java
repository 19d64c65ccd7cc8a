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

    /**
     * The yearly carbon footprint of a person living in France: 9.2 tCO2e in 2022 (SDES, provisional estimate;
     * 623 MtCO2e for the population, CO2 + CH4 + N2O, imports included).
     */
    public static final Equivalence FRENCH_PERSON_YEAR = new Equivalence("french_person_year", 9200,
            "years of a French resident's carbon footprint", "années de l’empreinte carbone d’un Français",
            "SDES (ministère de la Transition écologique), L’empreinte carbone de la France de 1995 à 2022, 2023 :"
                    + " 9,2 t CO2e par personne en 2022 (estimation provisoire)",
            "statistiques.developpement-durable.gouv.fr, « L’empreinte carbone de la France de 1995 à 2022 »");

    /**
     * Once around the Earth by petrol car: the equator's 40 075 km (WGS 84) × {@link #CAR_KM}'s 0.1422534 kgCO2e per
     * km = 5 700.8 kgCO2e.
     */
    public static final Equivalence CAR_AROUND_THE_EARTH = new Equivalence("car_around_the_earth",
            40_075 * (0.03169565217391306 + 0.1105577600556303),
            "trips around the Earth by petrol car", "tours de la Terre en voiture thermique",
            "ADEME, Impact CO2 — voiture thermique, 0,142 kg CO2e/km, × 40 075 km (circonférence de l’équateur,"
                    + " WGS 84)",
            "impactco2.fr/outils/transport; incubateur-ademe/impactco2 src/data/categories/deplacement.ts, id 4");

    /** The equivalences a report picks from by default, largest unit first. */
    private static final List<Equivalence> DEFAULTS = List.of(FRENCH_PERSON_YEAR, CAR_AROUND_THE_EARTH,
            BEEF_MEAL, CAR_KM, TGV_KM);

    /** Amounts a reader can picture: from 1 to 100 000 of the activity. */
    static final double MIN_AMOUNT = 1;
    static final double MAX_AMOUNT = 100_000;
    /** How many equivalences a report shows at most. */
    static final int SHOWN = 3;

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

    /**
     * The built-in equivalences, largest unit first: a French resident's yearly footprint, trips around the Earth by
     * car, meals with beef, km by petrol car, km by TGV. A report shows those at a human scale ({@link #pick}).
     */
    public static List<Equivalence> defaults() {
        return DEFAULTS;
    }

    /**
     * The equivalences of {@code candidates} (in their order) that express {@code kgCo2e} as an amount a reader can
     * picture, from 1 to 100 000 units, at most three: 266 tCO2e is "29 years of a French resident's footprint" and
     * "47 trips around the Earth by car", not "1 870 000 km by car".
     */
    public static List<Equivalence> pick(List<Equivalence> candidates, double kgCo2e) {
        List<Equivalence> out = new java.util.ArrayList<>();
        for (Equivalence e : candidates) {
            double n = e.amountFor(kgCo2e);
            if (n >= MIN_AMOUNT && n <= MAX_AMOUNT && out.size() < SHOWN) {
                out.add(e);
            }
        }
        return List.copyOf(out);
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
