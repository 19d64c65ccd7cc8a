package dev.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every output names the factor catalog's version and checksum (the fixture catalog: version {@code test-1},
 * checksum {@code sha256:0123abcd}), so that a published figure can be traced to the exact data behind it.
 */
class CatalogIdentityTest {
    private static final String VERSION = "test-1";
    private static final String CHECKSUM = "sha256:0123abcd";

    @Test
    void reportAndTotals_everyFormat() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            for (Format f : Fixtures.report().formats()) {
                assertThat(text(Fixtures.report(), f, l)).as("report %s %s", f, l).contains(VERSION, CHECKSUM);
            }
            for (Format f : Fixtures.totals().formats()) {
                assertThat(text(Fixtures.totals(), f, l)).as("totals %s %s", f, l).contains(VERSION, CHECKSUM);
            }
        }
    }

    @Test
    void comparisonAndScenario_everyFormat() {
        ComparisonReport c = ComparisonReport.of(DecisionFixtures.comparison());
        for (Format f : c.formats()) {
            assertThat(text(c, f, Locale.ENGLISH)).as("comparison %s", f).contains(VERSION, CHECKSUM);
        }
        ScenarioReport s = ScenarioReport.of(DecisionFixtures.scenario());
        for (Format f : s.formats()) {
            assertThat(text(s, f, Locale.FRENCH)).as("scenario %s", f).contains(VERSION, CHECKSUM);
        }
    }

    /** The text of a rendering; for the workbook, its XML parts (the catalog line is a shared or inline string). */
    private static String text(ReportDocument d, Format f, Locale l) {
        if (f != Format.XLSX) {
            return d.render(f, l);
        }
        StringBuilder sb = new StringBuilder();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("impact-catalog", ".xlsx");
            d.write(f, l, file);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (java.io.InputStream in = zip.getInputStream(e)) {
                        sb.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }

    @Test
    void text_assessmentAndTotals() {
        assertThat(Fixtures.assessment().toString().lines().findFirst().orElseThrow())
                .endsWith("factors: impact test catalog test-1 (sha256:0123abcd)");
        assertThat(Fixtures.assessment().totals().toString().lines().findFirst().orElseThrow())
                .endsWith("factors impact test catalog test-1 (sha256:0123abcd)");
    }

    @Test
    void csv_everyRecordEndsWithVersionAndChecksum() {
        for (String csv : new String[] {Fixtures.report().render(Format.CSV, Locale.ROOT),
                Fixtures.totals().render(Format.CSV, Locale.ROOT)}) {
            String[] records = csv.split("\r?\n");
            assertThat(records[0]).endsWith(",catalog_version,catalog_checksum");
            for (int i = 1; i < records.length; i++) {
                assertThat(records[i]).endsWith("," + VERSION + "," + CHECKSUM);
            }
        }
    }
}
