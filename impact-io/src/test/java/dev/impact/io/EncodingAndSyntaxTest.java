package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.inventory.DeviceFleet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingAndSyntaxTest {
    @TempDir
    Path dir;

    Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void latin1_isDetected_andSaid() throws IOException {
        Path f = write("old.csv", "kind;label;category;quantity\ndevice;écrans;monitor;1,5\n"
                .getBytes(Charset.forName("windows-1252")));
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            InventoryEntry e = r.next();
            assertThat(e.line()).contains(DeviceFleet.of("monitor", 1.5).label("écrans"));
            assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("not valid UTF-8, read as Latin-1"));
        }
    }

    @Test
    void utf8_withAndWithoutBom() throws IOException {
        byte[] body = "kind,label,category,quantity\ndevice,écrans,monitor,2\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(body);
        for (Path f : List.of(write("a.csv", body), write("b.csv", bom.toByteArray()))) {
            assertThat(InventoryFiles.read(f).lines()).containsExactly(DeviceFleet.of("monitor", 2).label("écrans"));
        }
    }

    @Test
    void invalidUtf8_afterTheSniffWindow_isRefusedClearly() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("kind,label,category,quantity\n".getBytes(StandardCharsets.UTF_8));
        byte[] row = "device,ok,laptop,1\n".getBytes(StandardCharsets.UTF_8);
        while (b.size() < TextInput.SNIFF_BYTES + 1000) {
            b.write(row);
        }
        b.write("device,\u00e9cran,monitor,1\n".getBytes(Charset.forName("windows-1252")));
        Path f = write("mixed.csv", b.toByteArray());
        assertThatThrownBy(() -> InventoryFiles.read(f)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("invalid UTF-8 bytes after line").hasMessageContaining("mixes encodings");
    }

    @Test
    void quotedFields_withSeparators_quotesAndNewlines_keepLineNumbers() throws IOException {
        Path f = write("q.csv", ("kind,label,category,quantity\n"
                + "device,\"a, \"\"b\"\"\nc\",laptop,1\n"
                + "device,x,laptop,zero\n").getBytes(StandardCharsets.UTF_8));
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            InventoryEntry first = r.next();
            assertThat(first.lineNumber()).isEqualTo(2);
            assertThat(first.line().get().label()).isEqualTo("a, \"b\"\nc");
            InventoryEntry second = r.next();
            assertThat(second.lineNumber()).isEqualTo(4);
            assertThat(second.problems()).extracting(Problem::toString)
                    .containsExactly(f + ":4: column 'quantity': expected a number, was 'zero'");
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void decimalComma_andDigitGroups() throws IOException {
        Path f = write("fr.csv", "kind;category;quantity;kwh_per_year\ndevice;switch;1 200;350,5\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(InventoryFiles.read(f).lines()).containsExactly(DeviceFleet.of("switch", 1200)
                .energyKWhPerYear(350.5));
    }
}
