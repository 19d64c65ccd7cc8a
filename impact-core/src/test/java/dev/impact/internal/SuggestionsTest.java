package dev.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void distance_countsEachEdit() {
        assertThat(Suggestions.distance("laptop", "laptop")).isZero();
        assertThat(Suggestions.distance("lapto", "laptop")).isEqualTo(1);      // one insertion
        assertThat(Suggestions.distance("laptpo", "laptop")).isEqualTo(1);     // one transposition
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);    // k→s, e→i, +g
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void didYouMean_oneClose() {
        assertThat(Suggestions.didYouMean("FX", List.of("FR", "DE", "ES"))).isEqualTo("; did you mean FR?");
    }

    @Test
    void didYouMean_severalClosestFirst_joinedWithOr() {
        // distances from "tablet": tablets 1, table 1, tabloid 3 (too far: limit max(1, 6/3) = 2)
        assertThat(Suggestions.didYouMean("tablet", List.of("tabloid", "tablets", "table")))
                .isEqualTo("; did you mean tablets or table?");
        assertThat(Suggestions.didYouMean("ab", List.of("ab1", "ab2", "ab3", "ab4")))
                .isEqualTo("; did you mean ab1, ab2 or ab3?");
    }

    @Test
    void didYouMean_nothingClose_isEmpty() {
        assertThat(Suggestions.didYouMean("ordinateur", List.of("laptop", "monitor"))).isEmpty();
    }

    @Test
    void didYouMean_containedWord() {
        assertThat(Suggestions.didYouMean("lifetime", List.of("lifetime_years", "label")))
                .isEqualTo("; did you mean lifetime_years?");
    }
}
