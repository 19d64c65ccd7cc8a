package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON inventories never lose a line silently: duplicate keys, a second inventory or trailing text are errors. */
class JsonStrictnessTest {
    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path f = dir.resolve("inv.json");
        Files.writeString(f, json);
        return f;
    }

    /** The reader's limits are documented (impact-io/README.md, "Limits") and said in words, with the line. */
    @Test
    void limits_areSaidInWords_withTheLine() throws IOException {
        Path longNumber = file("{\"lines\": [\n{\"kind\": \"device\", \"category\": \"laptop\",\n\"quantity\": "
                + "9".repeat(150) + "}]}");
        assertThatThrownBy(() -> InventoryFiles.read(longNumber)).isInstanceOf(InvalidFileException.class)
                .hasMessage(longNumber + ":3: invalid JSON: number value length (150) exceeds the maximum allowed"
                        + " (100)");
        Path deep = file("{\"lines\": [{\"kind\": \"device\", \"x\": " + "[".repeat(80) + "]".repeat(80) + "}]}");
        assertThatThrownBy(() -> InventoryFiles.read(deep)).hasMessageStartingWith(deep + ":1: invalid JSON:"
                + " document nesting depth (65) exceeds the maximum allowed (64)");
        Path longText = file("{\"name\": \"" + "x".repeat(1_000_001) + "\", \"lines\": []}");
        assertThatThrownBy(() -> InventoryFiles.read(longText)).hasMessageContaining("exceeds the maximum allowed"
                + " (1000000)").hasMessageNotContaining("StreamReadConstraints");
    }

    @Test
    void duplicateKeyInALine_isRefused_withItsLine() throws IOException {
        Path f = file("{\"name\": \"t\", \"lines\": [\n"
                + "{\"kind\": \"device\", \"category\": \"laptop\", \"quantity\": 3, \"quantity\": 30}]}");
        assertThatThrownBy(() -> InventoryFiles.read(f)).isInstanceOf(InvalidFileException.class)
                .hasMessageStartingWith(f + ":2: invalid JSON: duplicate field 'quantity'");
    }

    @Test
    void duplicateLinesArray_isRefused() throws IOException {
        Path f = file("{\"lines\": [{\"kind\": \"device\", \"category\": \"laptop\", \"quantity\": 3}],\n"
                + " \"lines\": [{\"kind\": \"device\", \"category\": \"monitor\", \"quantity\": 2}]}");
        assertThatThrownBy(() -> InventoryFiles.read(f)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("duplicate field 'lines'");
    }

    @Test
    void secondInventoryAfterTheFirst_isRefused_notDropped() throws IOException {
        Path f = file("{\"lines\": [{\"kind\": \"device\", \"category\": \"laptop\", \"quantity\": 3}]}\n"
                + "{\"lines\": [{\"kind\": \"device\", \"category\": \"monitor\", \"quantity\": 2}]}\n");
        assertThatThrownBy(() -> InventoryFiles.read(f)).isInstanceOf(InvalidFileException.class)
                .hasMessage(f + ":2: unexpected content after the inventory object (one file holds one inventory): {");
    }

    @Test
    void trailingText_isRefused() throws IOException {
        Path f = file("{\"lines\": [{\"kind\": \"device\", \"category\": \"laptop\", \"quantity\": 3}]}\nvoilà");
        assertThatThrownBy(() -> InventoryFiles.read(f)).isInstanceOf(InvalidFileException.class)
                .hasMessageStartingWith(f + ":2: invalid JSON:");
    }

    @Test
    void trailingWhitespace_isFine() throws IOException {
        Path f = file("{\"lines\": [{\"kind\": \"device\", \"category\": \"laptop\", \"quantity\": 3}]}\n\n  \n");
        assertThat(InventoryFiles.read(f).lines()).hasSize(1);
    }
}
