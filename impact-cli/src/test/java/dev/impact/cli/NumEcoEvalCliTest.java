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
