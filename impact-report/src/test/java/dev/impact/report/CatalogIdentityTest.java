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
        for (ReportDocument doc : new ReportDocument[] {Fixtures.report(), Fixtures.totals()}) {
            for (Format f : doc.formats()) {
                if (f.binary()) {
                    continue; // SpreadsheetTest reads the workbook's summary tab
                }
                for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
                    assertThat(doc.render(f, l)).as("%s %s %s", doc.getClass().getSimpleName(), f, l)
                            .contains(VERSION, CHECKSUM);
                }
            }
        }
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
