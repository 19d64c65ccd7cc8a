package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of line, with bad values in (almost) every column, read from CSV and from JSON: each line gives the
 * problems (line, column, message) written in {@code decode/broken-lines.*.expected}, in that order. The
 * expectations were written down from the readers as they were before the decoding was reworked for speed (one
 * builder per line instead of chained copies), and checked against the argument checks' message formats.
 */
class LineProblemsTest {
    @Test
    void csv() throws Exception {
        assertThat(problems("broken-lines.csv")).containsExactlyElementsOf(expected("broken-lines.csv.expected"));
    }

    @Test
    void json() throws Exception {
        assertThat(problems("broken-lines.json")).containsExactlyElementsOf(expected("broken-lines.json.expected"));
    }

    @Test
    void validLinesOfTheSameFilesAreRead() throws Exception {
        DataStorage st2 = DataStorage.ofTbYears(3).label("st2").zone("FR").pue(1.3).medium(StorageMedium.HDD)
                .model(StorageModel.PER_TB_YEAR).replication(2);
        // an ai line without a model takes the catalog's default size (issue 20): a1 is valid
        AiInference a1 = AiInference.ofRequests(5).label("a1");
        AiInference a7 = AiInference.of(2, AiModelSize.SMALL).label("a7").pue(1.1).zone("US");
        DeviceFleet d10 = DeviceFleet.of("laptop", 1234).label("d10").lifetimeYears(5.5).energyKWhPerYear(150);
        assertThat(valid("broken-lines.csv")).containsExactly(st2, a1, a7, d10);
        assertThat(valid("broken-lines.json")).containsExactly(st2, a1, a7);
    }

    private static List<String> problems(String name) throws Exception {
        List<String> out = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(resource(name), ReadOptions.defaults())) {
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                for (Problem p : e.problems()) {
                    out.add(p.line() + "\t" + p.column() + "\t" + p.reason());
                }
            }
        }
        return out;
    }

    private static List<InventoryLine> valid(String name) throws Exception {
        List<InventoryLine> out = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(resource(name), ReadOptions.defaults())) {
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                e.line().ifPresent(out::add);
            }
        }
        return out;
    }

    private static List<String> expected(String name) throws IOException, URISyntaxException {
        return Files.readAllLines(resource(name), StandardCharsets.UTF_8);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LineProblemsTest.class.getResource("/decode/" + name).toURI());
    }
}
