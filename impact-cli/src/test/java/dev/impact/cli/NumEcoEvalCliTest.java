package dev.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact assess DIR}: a NumEcoEval lot under impact's conventions and under NumEcoEval's. */
class NumEcoEvalCliTest {
    static final String LOT = Path.of("..", "examples", "numecoeval").toString();

    @Test
    void lot_underImpactsConventions_reportThenComparison() {
        CliTest.Run r = CliTest.run("assess", LOT, "--year", "2024");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Assessment of numecoeval: 5 lines")
                .contains("NumEcoEval convention vs impact's own conventions")
                .contains("out of service in the reporting year 2024");
        assertThat(r.err()).contains("non-IT operations").contains("not imported");
    }

    @Test
    void lot_underNumEcoEvalsConvention_reproducesTheHandDerivedValues(@TempDir Path dir) throws IOException {
        Path tables = dir.resolve("tables");
        CliTest.Run r = CliTest.run("assess", LOT, "--convention", "numecoeval", "--year", "2024", "--tables",
                tables.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the total by hand (examples/numecoeval/README.md): 3249.278961714 + 120.6 + 84.378 = 3454.256961714
        assertThat(r.out()).contains("NumEcoEval indicators of lot numecoeval (50 unit indicators, 0 in error)")
                .contains("3454.25696171").contains("NumEcoEval convention vs impact's own conventions");
        String physical = Files.readString(tables.resolve("ind_indicateur_impact_equipement_physique.csv"));
        // srv-calcul-01 FABRICATION: 1 × 2226.09317222576 × 1.0 / (1596/365) = 509.1002555528837
        assertThat(physical).contains(";509.1002555528837;1.0;In use;Server;kg CO2 eq;DSI;;srv-calcul-01;");
        // srv-calcul-01 UTILISATION: 3504 × 0.0813225 × 1.41 = 401.7851964 (to 1e-9: the printed double)
        String use = physical.lines().filter(l -> l.contains("UTILISATION") && l.contains("srv-calcul-01"))
                .findFirst().orElseThrow();
        double v = Double.parseDouble(use.split(";")[use.split(";").length - 9]);
        assertThat(v).isCloseTo(401.7851964, org.assertj.core.api.Assertions.within(401.8 * 1e-9));
        assertThat(Files.readString(tables.resolve("ind_indicateur_impact_application.csv")))
                .contains("portail-citoyen");
    }

    @Test
    void numEcoEvalConvention_onAnInventoryFile_isAUsageError(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("fleet.csv"), "kind,category,quantity\ndevice,laptop,1\n");
        CliTest.Run r = CliTest.run("assess", in.toString(), "--convention", "numecoeval");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--convention numecoeval applies to a NumEcoEval lot");
        CliTest.Run html = CliTest.run("assess", LOT, "--convention", "numecoeval", "--format", "html");
        assertThat(html.code()).isEqualTo(2);
        CliTest.Run mc = CliTest.run("assess", LOT, "--uncertainty", "100");
        assertThat(mc.code()).isEqualTo(2);
        assertThat(mc.err()).contains("--uncertainty does not apply to a NumEcoEval lot directory");
    }

    @Test
    void validate_exampleLot() {
        CliTest.Run r = CliTest.run("validate", LOT, "--year", "2024");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("NumEcoEval lot, all valid: 5 physical and 4 virtual equipment");
    }

    @Test
    void lot_withAnUnmappedType_isRefusedWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pe.csv"), "nomEquipementPhysique;quantite;type;paysDUtilisation\n"
                + "pc-1;2;Laptop;France\nfrigo;1;Réfrigérateur;France\n");
        CliTest.Run r = CliTest.run("assess", dir.toString(), "--year", "2024");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(dir.resolve("pe.csv") + ":3: column 'type': equipment type 'Réfrigérateur' has no"
                + " mapping");
        CliTest.Run v = CliTest.run("validate", dir.toString(), "--year", "2024");
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains(dir.resolve("pe.csv") + ":3: column 'type'").contains("1 problems in the lot");
        CliTest.Run skipped = CliTest.run("assess", dir.toString(), "--year", "2024", "--skip-invalid");
        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.out()).contains("1 lines");
    }

    @Test
    void lot_mappingFile_addsAType(@TempDir Path dir) throws IOException {
        Path lot = Files.createDirectories(dir.resolve("lot"));
        Files.writeString(lot.resolve("pe.csv"), "nomEquipementPhysique;quantite;type;paysDUtilisation\n"
                + "borne;1;Borne interactive;France\n");
        Path mapping = Files.writeString(dir.resolve("m.csv"), "numecoeval_type,model_contains,kind,category\n"
                + "Borne interactive,,device,all-in-one\n");
        CliTest.Run r = CliTest.run("assess", lot.toString(), "--year", "2024", "--mapping", mapping.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("all-in-one");
    }
}
