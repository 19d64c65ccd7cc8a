package dev.impact.io.numecoeval;

import dev.impact.io.TypeMapping;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One key per country however a NumEcoEval file writes it: the English name of its référentiel ("France", "United
 * States"), a French name, an ISO alpha-2 or alpha-3 code ("FR", "FRA"). Names come from the JDK's ISO 3166 table;
 * text that is no known country keeps its normalised self as key (a référentiel's own zone names still match).
 */
final class Countries {
    private static final Map<String, String> KEYS = build();

    private Countries() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            m.put(norm(a2), a2);
            m.put(norm(l.getISO3Country()), a2);
            m.put(norm(l.getDisplayCountry(Locale.ENGLISH)), a2);
            m.put(norm(l.getDisplayCountry(Locale.FRENCH)), a2);
        }
        m.put(norm("USA"), "US");
        m.put(norm("United States of America"), "US");
        m.put(norm("UK"), "GB");
        m.put(norm("Great Britain"), "GB");
        return m;
    }

    private static String norm(String s) {
        return TypeMapping.norm(s).replace('-', ' ');
    }

    /** The ISO alpha-2 code of the country written {@code text}, else its normalised text. */
    static String key(String text) {
        String n = norm(text);
        return KEYS.getOrDefault(n, n);
    }

    /** Whether {@code text} is a country the ISO table knows. */
    static boolean known(String text) {
        return KEYS.containsKey(norm(text));
    }
}
