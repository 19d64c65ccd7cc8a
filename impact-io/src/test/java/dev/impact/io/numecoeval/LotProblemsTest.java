package dev.impact.io.numecoeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.io.InvalidFileException;
import dev.impact.io.Problem;
import dev.impact.io.TypeMapping;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row a lot cannot use is a problem with file, line and column; nothing is dropped silently. */
class LotProblemsTest {
    @TempDir
    Path dir;

    @Test
    void badRows_areProblemsWithFileLineAndColumn() {
        Path pe = LotFiles.write(dir, "equipements.csv", "nomEquipementPhysique;modele;quantite;dateAchat;type;"
                + "paysDUtilisation;qualite;modeUtilisation\n"
                + "ok-1;;1;2020-07-08;Laptop;France;HAUTE;COPE\n"           // line 2
                + "frigo;;1;2020-07-08;Réfrigérateur;France;;\n"              // line 3: unmapped type
                + "pc-2;;1;2020-13-45;Laptop;France;;\n"                      // line 4: no such date
                + "pc-3;;1;8 juillet 2020;Laptop;France;;\n"                  // line 5: not a date format
                + "pc-4;;1;;Laptop;France;EXCELLENTE;\n"                      // line 6: unknown quality tier
                + "pc-5;;-2;;Laptop;France;;\n"                               // line 7: negative quantity
                + "ok-1;;1;;Laptop;France;;\n"                                // line 8: repeated name
                + "pc-6;;1;;Laptop;France;;LOUE\n");                          // line 9: unknown mode
        LotFiles.write(dir, "virtuels.csv", "nomEquipementVirtuel;nomEquipementPhysique;vCPU;typeEqv\n"
                + "vm-1;ok-1;2;calcul\n"
                + "vm-2;absent;2;calcul\n");                                   // line 3: unknown host
        Lot lot = Lot.read(dir);
        String f = pe.toString();
        assertThat(lot.problems()).extracting(Problem::file, Problem::line, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(f, 3L, "type"),
                org.assertj.core.groups.Tuple.tuple(f, 4L, "dateAchat"),
                org.assertj.core.groups.Tuple.tuple(f, 5L, "dateAchat"),
                org.assertj.core.groups.Tuple.tuple(f, 6L, "qualite"),
                org.assertj.core.groups.Tuple.tuple(f, 7L, "quantite"),
                org.assertj.core.groups.Tuple.tuple(f, 8L, "nomEquipementPhysique"),
                org.assertj.core.groups.Tuple.tuple(f, 9L, "modeUtilisation"),
                org.assertj.core.groups.Tuple.tuple(dir.resolve("virtuels.csv").toString(), 3L,
                        "nomEquipementPhysique"));
        assertThat(lot.problems().get(0).reason()).contains("'Réfrigérateur' has no mapping")
                .contains("Réfrigérateur,,device,<category>");
        assertThat(lot.problems().get(0).toString()).contains("equipements.csv").contains("3");
        assertThat(lot.problems().get(2).reason()).contains("2020-07-08, 20200708 or 08/07/2020");
        assertThat(lot.physicalEquipment()).extracting(Lot.PhysicalEquipment::name).containsExactly("ok-1");
        assertThat(lot.virtualEquipment()).extracting(Lot.VirtualEquipment::name).containsExactly("vm-1");
    }

    @Test
    void userMapping_mapsATypeTheBundledOneLacks() {
        LotFiles.write(dir.resolve("lot"), "equipements.csv", "nomEquipementPhysique;quantite;type\n"
                + "borne;3;Borne interactive\nvm;1;Machine virtuelle\n");
        Path mapping = LotFiles.write(dir, "mapping.csv", "numecoeval_type,model_contains,kind,category\n"
                + "Borne interactive,,device,all-in-one\nMachine virtuelle,,none,\n");
        Lot lot = Lot.read(dir.resolve("lot"), TypeMapping.numEcoEval().withUserRules(mapping));
        assertThat(lot.problems()).isEmpty();
        assertThat(lot.physicalEquipment()).singleElement().satisfies(p -> {
            assertThat(p.mapping().category()).isEqualTo("all-in-one");
            assertThat(p.quantity()).isEqualTo(3);
        });
        assertThat(lot.notices()).anySatisfy(n -> assertThat(n).contains("kind none").contains("Machine virtuelle=1"));
    }

    @Test
    void variants_commaSeparator_windows1252_g4itColumns() {
        // G4IT spells consoElecAn; a comma-separated Windows-1252 file with extra G4IT columns
        LotFiles.write(dir, "pe.csv", "nomEquipementPhysique,quantite,type,paysDUtilisation,consoElecAn,fabricant,"
                + "tailleMemoire,nomEntite\nécran-1,2,Ecran,United States,35.5,Dell,,Écoles\n",
                Charset.forName("windows-1252"));
        Lot lot = Lot.read(dir);
        assertThat(lot.problems()).isEmpty();
        assertThat(lot.physicalEquipment()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("écran-1");
            assertThat(p.annualKWh()).isEqualTo(35.5);
            assertThat(p.entity()).isEqualTo("Écoles");
            assertThat(Countries.key(p.country())).isEqualTo("US");
        });
        assertThat(lot.notices()).anySatisfy(n -> assertThat(n).contains("Windows-1252"))
                .anySatisfy(n -> assertThat(n).contains("ignored: fabricant, tailleMemoire"));
    }

    @Test
    void aDirectoryWithoutLotFiles_isAnError() {
        LotFiles.write(dir, "notes.csv", "a;b\n1;2\n");
        assertThatThrownBy(() -> Lot.read(dir)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("no NumEcoEval lot file here");
    }

    @Test
    void referentielProblems_areListedWithLineAndColumn() {
        LotFiles.write(dir, "facteurs.csv", "nom;etapeacv;critere;categorie;localisation;valeur;unite;source\n"
                + "laptop;FABRICATION;Climate change;;;beaucoup;Item;x\n");
        assertThatThrownBy(() -> Referentiel.read(dir)).isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(p.column()).isEqualTo("valeur");
                        }));
    }
}
