package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.CaseType;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.inventory.StorageMedium;
import dev.impact.inventory.StorageModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing then reading gives equal lines, in both layouts; every option of every kind is exercised. */
class RoundTripTest {
    /** One line per kind with every option set, plus lines with none, and awkward labels. */
    static final List<InventoryLine> ALL_OPTIONS = List.of(
            DeviceFleet.of("laptop", 120).label("agents' laptops, \"pro\"; 14\"").lifetimeYears(5.5).zone("FR")
                    .purchaseYear(2023).massKg(1.62).power(26.5, 7.25),
            DeviceFleet.of("smartphone", 40).refurbished().energyKWhPerYear(3.1).zone("DE"),
            DeviceFleet.of("monitor", 0.5),
            DeviceFleet.of("laptop", 3).archetype("laptop-perso").convention(Convention.BOAVIZTAPI),
            DeviceFleet.of("iot-device", 2).archetype("drone_mini").iotBlock("casing", 1).iotBlock("power_supply", 0)
                    .convention(Convention.BOAVIZTAPI),
            ServerFleet.of(4).label("web\nfarm").cpu(2, 12).cpuDieAreaPerCoreMm2(24.5).cpuDieAreaMm2(400)
                    .cpuTdpWatts(150).load(0.3).ram(12, 32).ramDensity(1.1).ssd(2, 960).ssdDensity(50).hdd(0)
                    .powerSupplies(2, 2.99).caseType(CaseType.BLADE).averagePowerWatts(310).pue(1.4)
                    .lifetimeYears(6).purchaseYear(2021).zone("FR"),
            ServerFleet.of(1).convention(Convention.BOAVIZTAPI),
            ServerFleet.of(2).archetype("dellR740").cpuName("Intel Xeon Gold 6248").cpuFamily("Cascade Lake").gpu(4)
                    .gpuName("NVIDIA A100 PCIe 40GB").gpuMemoryGb(40).gpuPowerWatts(250).hdd(2),
            NetworkTransfer.ofGb(12_000.25).kind(NetworkKind.FIXED).withoutBox().label(" leading space"),
            NetworkTransfer.ofGb(500).model(NetworkModel.SWD_V4).greenHosting(0.5).modelGridIntensity().zone("SE"),
            NetworkTransfer.ofGb(2).model(NetworkModel.SWD_V3).zone("FR").convention(Convention.CO2JS),
            DataStorage.ofTbYears(40).medium(StorageMedium.HDD).model(StorageModel.PER_TB_YEAR).replication(3)
                    .pue(1.4).zone("FR"),
            CloudCompute.of("aws", 87_600).utilisation(0.35).memoryGbHours(350_000).pue(1.135).zone("IE"),
            CloudCompute.of("gcp", 1e-3).convention(Convention.CCF),
            AiInference.of(250_000, AiModelSize.REASONING).pue(1.2).embodiedKgCo2ePerRequest(1e-5).zone("US"),
            AiInference.ofWhPerRequest(10_000, 0.34));

    static List<InventoryLine> read(Path file) {
        return InventoryFiles.read(file).lines();
    }

    @Test
    void csv_allOptions(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("all.csv");
        Files.writeString(f, CsvInventory.toCsv(ALL_OPTIONS), StandardCharsets.UTF_8);
        assertThat(read(f)).isEqualTo(ALL_OPTIONS);
    }

    @Test
    void csv_frenchSpreadsheet_allOptions(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("all-fr.csv");
        StringWriter sw = new StringWriter();
        CsvInventory.CsvWriter w = CsvInventory.frenchWriter(sw, CsvInventory.usedColumns(ALL_OPTIONS));
        for (InventoryLine l : ALL_OPTIONS) {
            w.write(l);
        }
        assertThat(sw.toString()).contains(";26,5;");
        // as Excel saves it: BOM, CRLF, a few empty trailing rows
        Files.writeString(f, "\uFEFF" + sw.toString().replace("\n", "\r\n").replace("web\r\nfarm", "web\nfarm")
                + ";;;\r\n\r\n", StandardCharsets.UTF_8);
        assertThat(read(f)).isEqualTo(ALL_OPTIONS);
    }

    /**
     * Labels a spreadsheet would run as formulas are written with one leading quote (so the file opens as text) and
     * read back as given: the quote is the writer's, not the data's.
     */
    @Test
    void csv_formulaLabels_areGuardedInTheFile_andReadBackUnchanged(@TempDir Path dir) throws IOException {
        List<InventoryLine> lines = List.of(
                DeviceFleet.of("laptop", 1).label("=HYPERLINK(\"http://x\")"),
                DeviceFleet.of("laptop", 1).label("+33 1 23"),
                DeviceFleet.of("laptop", 1).label("-5 agents"),
                DeviceFleet.of("laptop", 1).label("@SUM(A1)"),
                DeviceFleet.of("laptop", 1).label("\t=1+2"),
                DeviceFleet.of("laptop", 1).label("'=already quoted"),
                DeviceFleet.of("laptop", 1).label("''-two quotes"),
                DeviceFleet.of("laptop", 1).label("it's fine"),
                DeviceFleet.of("laptop", 1).label("'plain quote"));
        String csv = CsvInventory.toCsv(lines);
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[1])).containsExactly(
                "\"'=HYPERLINK(\"\"http://x\"\")\"", "'+33 1 23", "'-5 agents", "'@SUM(A1)", "'\t=1+2",
                "''=already quoted", "'''-two quotes", "it's fine", "'plain quote");
        Path f = dir.resolve("formulas.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        assertThat(read(f)).isEqualTo(lines);
    }

    @Test
    void csv_badIotBlocks_namedWithTheLineAndTheColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("iot.csv");
        Files.writeString(f, "kind,category,quantity,iot_blocks\ndevice,iot-device,1,casing:5 sensing:2\n"
                + "device,iot-device,1,casings:1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> InventoryFiles.read(f)).isInstanceOfSatisfying(InvalidFileException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                        p -> assertThat(p).startsWith(f + ":2: column 'iot_blocks': 'casing:5' must be block:level"),
                        p -> assertThat(p).startsWith(f + ":3: column 'iot_blocks': unknown IoT functional block"
                                + " 'casings'")));
    }

    @Test
    void json_allOptions_andValidAgainstTheSchema(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("all.json");
        String json = JsonInventory.toJson("everything", ALL_OPTIONS);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        Inventory back = InventoryFiles.read(f);
        assertThat(back.name()).isEqualTo("everything");
        assertThat(back.lines()).isEqualTo(ALL_OPTIONS);
        assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
    }

    @Test
    void serverWithSeveralRamGroups_isRefusedRatherThanFlattened() {
        ServerFleet s = ServerFleet.of(1).ram(4, 32).addRam(4, 16);
        assertThatThrownBy(() -> CsvInventory.toCsv(List.of(s))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several RAM or SSD groups");
        // further hard disks add up into hdd_units
        assertThat(CsvInventory.toCsv(List.of(ServerFleet.of(1).hdd(2).addHdd(3)))).contains(",5");
    }

    @Test
    void schema_refusesWhatTheReaderRefuses() {
        String bad = "{\"lines\": [{\"kind\": \"device\", \"quantity\": 3, \"cpu_units\": 2}]}";
        assertThat(schema().validate(bad, InputFormat.JSON)).isNotEmpty(); // no category, cpu_units on a device
        String stringNumber = "{\"lines\": [{\"kind\": \"network\", \"quantity\": \"3\"}]}";
        assertThat(schema().validate(stringNumber, InputFormat.JSON)).isNotEmpty();
    }

    static Schema schema() {
        try (var in = RoundTripTest.class.getResourceAsStream(JsonInventory.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void schema_shippedCopiesAreGenerated() throws IOException {
        assertThat(Files.readString(InventorySchema.RESOURCE)).isEqualTo(InventorySchema.generate());
        assertThat(Files.readString(InventorySchema.DOC)).isEqualTo(InventorySchema.generate());
    }

    @Test
    void example_isTheGeneratorsOutput_andRoundTrips(@TempDir Path dir) throws IOException {
        Path committed = Path.of("../examples/local-authority.csv");
        assertThat(Files.readString(committed)).isEqualTo(ExampleFleet.csv());
        List<InventoryLine> lines = read(committed);
        assertThat(lines).isEqualTo(ExampleFleet.lines()).hasSize(1991);
        Path json = dir.resolve("la.json");
        Files.writeString(json, JsonInventory.toJson("la", lines));
        assertThat(read(json)).isEqualTo(lines);
    }

    @Test
    void json_examplesValidAgainstTheSchema() throws IOException {
        String offer = Files.readString(Path.of("../examples/offers/offer-b-refurbished.json"));
        assertThat(schema().validate(offer, InputFormat.JSON)).isEmpty();
    }
}
