package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.engine.Assessment;
import dev.impact.engine.Totals;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkTransfer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code group} column (site, service, entity) and GLPI's Lieu / Entité read as it. */
class GroupColumnTest {
    @TempDir
    Path dir;

    static List<InventoryLine> read(Path f) throws IOException {
        List<InventoryLine> lines = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                assertThat(e.problems()).isEmpty();
                e.line().ifPresent(lines::add);
            }
        }
        return lines;
    }

    @Test
    void csv_groupColumn_onEveryKind_roundTrips() throws IOException {
        Path f = dir.resolve("g.csv");
        Files.writeString(f, "kind,label,group,category,quantity\n"
                + "device,portables,Hôtel de ville,laptop,10\n"
                + "device,tablettes, École 1 ,tablet,30\n"
                + "network,trafic,École 1,,500\n"
                + "device,écrans,,monitor,4\n", StandardCharsets.UTF_8);
        List<InventoryLine> lines = read(f);
        assertThat(lines.get(0).group()).contains("Hôtel de ville");
        assertThat(lines.get(1).group()).contains("École 1"); // surrounding spaces dropped, like other columns
        assertThat(lines.get(2)).isEqualTo(NetworkTransfer.ofGb(500).label("trafic").group("École 1"));
        assertThat(lines.get(3).group()).isEmpty();
        assertThat(CsvInventory.toCsv(lines)).startsWith("kind,label,group,");
        Path back = dir.resolve("back.csv");
        Files.writeString(back, CsvInventory.toCsv(lines), StandardCharsets.UTF_8);
        assertThat(read(back)).isEqualTo(lines);
        Path json = dir.resolve("g.json");
        Files.writeString(json, JsonInventory.toJson("g", lines), StandardCharsets.UTF_8);
        assertThat(read(json)).isEqualTo(lines);
    }

    @Test
    void streamedTotals_haveTheAssessmentsGroups() throws IOException {
        Path f = dir.resolve("g.csv");
        StringBuilder sb = new StringBuilder("kind,label,group,category,quantity\n");
        String[] groups = {"Hôtel de ville", "École 1", "", "CCAS"};
        String[] cats = {"laptop", "monitor", "smartphone"};
        for (int i = 0; i < 5_000; i++) {
            sb.append("device,l").append(i).append(',').append(groups[i % 4]).append(',').append(cats[i % 3])
                    .append(',').append(1 + i % 5).append('\n');
        }
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        List<InventoryLine> lines = read(f);
        Assessment whole = StreamingAssessorTest.ENGINE.assess(Inventory.of("g", lines),
                StreamingAssessorTest.OPTIONS);
        assertThat(whole.groups().keySet()).containsExactly("Hôtel de ville", "École 1", Totals.UNGROUPED, "CCAS");
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            StreamSummary s = StreamingAssessor.of(StreamingAssessorTest.ENGINE, StreamingAssessorTest.OPTIONS)
                    .threads(2).run(r).summary();
            StreamingAssessorTest.assertSameTotals(s.totals(), whole.totals());
        }
    }

    @Test
    void glpi_lieuIsTheGroup_itsFirstLevel() throws IOException {
        Path f = dir.resolve("glpi.csv");
        Files.writeString(f, "Nom;Entité;Type;Modèle;Lieu;Date d'achat\n"
                + "PC-1;Ville > DSI;Portable;Latitude;Hôtel de ville > 1er étage;2021-10-02\n"
                + "PC-2;Ville > DSI;Portable;Latitude;Médiathèque;\n"
                + "PC-3;Ville > DSI;Portable;Latitude;;\n", StandardCharsets.UTF_8);
        List<InventoryLine> lines = read(f);
        assertThat(lines).extracting(l -> l.group().orElse("-")).containsExactly("Hôtel de ville", "Médiathèque",
                "-");
    }

    @Test
    void glpi_withoutLieu_theEntityBelowTheRoot() throws IOException {
        Path f = dir.resolve("glpi.csv");
        Files.writeString(f, "Nom;Entité;Type;Modèle\n"
                + "PC-1;Ville > Éducation > Écoles;Portable;Latitude\n"
                + "PC-2;Ville;Portable;Latitude\n", StandardCharsets.UTF_8);
        List<InventoryLine> lines = read(f);
        assertThat(lines).extracting(l -> l.group().orElse("-")).containsExactly("Éducation > Écoles", "Ville");
        assertThat(lines.get(0)).isEqualTo(DeviceFleet.of("laptop", 1).label("PC-1").group("Éducation > Écoles"));
    }

    @Test
    void csv_retirementAndSecondLife_roundTrip_andRefusalsNameTheirColumn() throws IOException {
        Path f = dir.resolve("life.csv");
        Files.writeString(f, "kind,label,category,quantity,purchase_year,retirement_year,previous_life_years,"
                + "later_life_years\n"
                + "device,portables,laptop,10,2019,2023,,\n"
                + "device,reconditionnés,laptop,5,2022,,3,2\n"
                + "server,srv,,2,2018,2024,,\n", StandardCharsets.UTF_8);
        List<InventoryLine> lines = read(f);
        assertThat(lines.get(0)).isEqualTo(DeviceFleet.of("laptop", 10).label("portables").purchaseYear(2019)
                .retirementYear(2023));
        assertThat(lines.get(1)).isEqualTo(DeviceFleet.of("laptop", 5).label("reconditionnés").purchaseYear(2022)
                .secondLife(3, 2));
        Path back = dir.resolve("back.csv");
        Files.writeString(back, CsvInventory.toCsv(lines), StandardCharsets.UTF_8);
        assertThat(read(back)).isEqualTo(lines);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "kind,category,quantity,later_life_years\ndevice,laptop,1,-2\n",
                StandardCharsets.UTF_8);
        try (InventoryReader r = InventoryFiles.open(bad, ReadOptions.defaults())) {
            InventoryEntry e = r.next();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.column()).isEqualTo("later_life_years");
                assertThat(p.reason()).isEqualTo("laterLifeYears must be a finite number >= 0 (years), was -2.0");
            });
        }
    }
}
