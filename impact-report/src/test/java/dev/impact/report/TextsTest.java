package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void frenchAndEnglish_haveTheSameKeys() {
        assertThat(Texts.of(Locale.FRENCH).all().keySet()).isEqualTo(Texts.of(Locale.ENGLISH).all().keySet());
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
