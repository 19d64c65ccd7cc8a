package dev.impact.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * The report's texts in one language: English (the base bundle) or French. Other languages get English; the JVM's
 * default locale never matters.
 */
final class Texts {
    private static final String BUNDLE = "dev.impact.report.messages";

    private final Locale language;
    private final Map<String, String> texts;

    private Texts(Locale language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts for {@code locale}'s language (French or English). */
    public static Texts of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale lang = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        // no fallback to the JVM's default locale: French, else the base (English) bundle
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, lang, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : new TreeSet<>(b.keySet())) {
            m.put(k, b.getString(k));
        }
        return new Texts(lang, Collections.unmodifiableMap(m));
    }

    /** {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
    public Locale language() {
        return language;
    }

    /** Every text by key, for templates. */
    public Map<String, String> all() {
        return texts;
    }

    /**
     * A device category or line kind in words ({@code laptop} → "ordinateur portable" in French), or the category
     * itself when the texts have no name for it (a user's own category).
     */
    public String category(String category) {
        return texts.getOrDefault("category." + category, category);
    }

    /**
     * The text for {@code key} with {@code {0}}, {@code {1}}… replaced by {@code args} (plain replacement: French
     * apostrophes need no quoting).
     *
     * @throws MissingResourceException if the key is unknown
     */
    public String get(String key, Object... args) {
        String s = texts.get(key);
        if (s == null) {
            throw new MissingResourceException("no report text '" + key + "' for " + language, BUNDLE, key);
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
