package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header of 100 000 unknown columns gives 20 problems and a count, not 100 000 lines of errors. */
class HeaderProblemsTest {
    @Test
    void manyUnknownColumns_listTwentyThenCountTheRest(@TempDir Path dir) throws IOException {
        StringBuilder header = new StringBuilder("kind,quantity");
        for (int i = 0; i < 100_000; i++) {
            header.append(",col").append(i);
        }
        Path f = dir.resolve("wide.csv");
        Files.writeString(f, header + "\ndevice,1\n");
        InvalidFileException e = catchThrowableOfType(() -> InventoryFiles.read(f), InvalidFileException.class);
        assertThat(e.problems()).hasSize(21);
        assertThat(e.problems().get(0).toString()).isEqualTo(f + ":1: column 'col0': unknown column (the columns are"
                + " listed in impact-io/README.md)");
        assertThat(e.problems().get(20).toString()).isEqualTo(f + ":1: … and 99980 more unknown or repeated columns");
    }

    @Test
    void missingRequiredColumn_namesAtMostTwentyFound(@TempDir Path dir) throws IOException {
        StringBuilder header = new StringBuilder("quantity");
        for (int i = 0; i < 30; i++) {
            header.append(",label");
        }
        Path f = dir.resolve("nokind.csv");
        Files.writeString(f, header + "\n1\n");
        InvalidFileException e = catchThrowableOfType(() -> InventoryFiles.read(f), InvalidFileException.class);
        assertThat(e.problems()).last().extracting(Problem::reason).asString()
                .startsWith("required column is missing from the header (found: quantity, label,")
                .endsWith(", … 11 more)");
    }
}
