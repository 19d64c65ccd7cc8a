package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GLPI purchase dates: a date no calendar has is refused, the forms GLPI writes are read. */
class GlpiDatesTest {
    @Test
    void impossibleDates_areNotCalendarDates() {
        assertThat(GlpiReader.isCalendarDate("2021-13-45")).isFalse();
        assertThat(GlpiReader.isCalendarDate("31/02/2022")).isFalse();
        assertThat(GlpiReader.isCalendarDate("2023-02-29")).isFalse(); // 2023 is not a leap year
    }

    @Test
    void realDates_inGlpiForms_are() {
        assertThat(GlpiReader.isCalendarDate("2021-10-02")).isTrue();
        assertThat(GlpiReader.isCalendarDate("2024-02-29 14:05:00")).isTrue(); // leap year, with a time
        assertThat(GlpiReader.isCalendarDate("15/03/2021")).isTrue();
        assertThat(GlpiReader.isCalendarDate("15.03.2021")).isTrue();
        assertThat(GlpiReader.isCalendarDate("2019")).isTrue(); // a year alone is judged by the year reader
    }
}
