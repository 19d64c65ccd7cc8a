package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading in batches (decoded on any thread; plain text walked and decoded in one pass) gives the entries of
 * reading one entry at a time: the same lines, line numbers and problems, in the same order.
 */
class BatchReadingTest {
    @TempDir
    Path dir;

    static List<String> oneByOne(Path f) throws IOException {
        List<String> out = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                out.add(e.lineNumber() + " " + (e.isValid() ? e.line().get() : e.problems()));
            }
        }
        return out;
    }

    static List<String> inBatches(Path f) throws IOException {
        List<String> out = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            for (Supplier<EntryBatch> s = EntryBatch.next(r); s != null; s = EntryBatch.next(r)) {
                EntryBatch b = s.get();
                for (int i = 0; i < b.size(); i++) {
                    out.add(b.lineNumber(i) + " " + (b.line(i) != null ? b.line(i) : b.problems(i)));
                }
            }
        }
        return out;
    }

    /** Valid and invalid lines of every kind, blank rows, extra fields, whitespace, French decimals. */
    static String inventory(Random r, char sep, int lines, boolean quotes) {
        String[] rows = {
            "device#site %d#laptop#%d#FR#5#2020#refurbished",
            "device# site %d #monitor# %d #DE###",
            "device#x%d#smartphone#%d,5#FR###",
            "server#rack %d##%d#FR#6#2021#",
            "network#traffic %d##%d#FR####",
            "device#bad %d#laptop#abc####",
            "device#late %d#laptop#%d##5#2100#",
            "device#unknown %d#nosuch#%d####",
            "device#extra %d#laptop#%d#####surplus",
            "#####",
            "",
            "   ",
        };
        StringBuilder sb = new StringBuilder(("kind#label#category#quantity#zone#lifetime_years#purchase_year"
                + "#condition\n").replace('#', sep));
        for (int i = 0; i < lines; i++) {
            String row = rows[r.nextInt(rows.length)];
            if (sep == ',') {
                row = row.replace(",5", ".5");
            }
            sb.append(String.format(java.util.Locale.ROOT, row, i, 1 + r.nextInt(50)).replace('#', sep));
            if (quotes && r.nextInt(50) == 0) {
                sb.append(sep).append("\"quoted\nsurplus\"");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void batches_giveTheEntriesOfOneByOneReading() throws IOException {
        Random r = new Random(3);
        for (int round = 0; round < 8; round++) {
            char sep = round % 2 == 0 ? ',' : ';';
            Path f = dir.resolve("inv" + round + ".csv");
            Files.writeString(f, inventory(r, sep, 3000 + r.nextInt(5000), round >= 4), StandardCharsets.UTF_8);
            List<String> expected = oneByOne(f);
            assertThat(expected).anySatisfy(e -> assertThat(e).contains("DeviceFleet"))
                    .anySatisfy(e -> assertThat(e).contains("which has no column name"))
                    .anySatisfy(e -> assertThat(e).contains("quantity"));
            assertThat(inBatches(f)).as("round %d", round).isEqualTo(expected);
        }
    }
}
