package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void frenchAndEnglish_haveTheSameKeys() {
        assertThat(Texts.of(Locale.FRENCH).all().keySet()).isEqualTo(Texts.of(Locale.ENGLISH).all().keySet());
    }

    /** A key written twice silently loses its first text (Properties keeps the last), so none may be. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_fr.properties")) {
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            try (InputStream in = Texts.class.getResourceAsStream(file);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String prev = "";
                for (String line; (line = r.readLine()) != null; prev = line) {
                    boolean continuation = prev.endsWith("\\");
                    int eq = line.indexOf('=');
                    if (continuation || eq <= 0 || line.startsWith("#")) {
                        continue;
                    }
                    String key = line.substring(0, eq).trim();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void otherLanguage_fallsBackToEnglishNotToTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(Texts.of(Locale.GERMAN).get("phase_use")).isEqualTo("Use");
            assertThat(Texts.of(Locale.CANADA_FRENCH).get("phase_use")).isEqualTo("Utilisation");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void get_replacesPlaceholdersKeepingApostrophes() {
        assertThat(Texts.of(Locale.FRENCH).get("period_many", 3)).isEqualTo("période de 3 ans");
        assertThat(Texts.of(Locale.FRENCH).get("period_one")).isEqualTo("période d’un an");
    }

    @Test
    void get_unknownKey() {
        assertThatThrownBy(() -> Texts.of(Locale.ENGLISH).get("nope"))
                .isInstanceOf(MissingResourceException.class).hasMessage("no report text 'nope' for en");
    }
}
