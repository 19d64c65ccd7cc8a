package dev.impact.io.numecoeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.impact.io.DelimitedFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A private (licensed) référentiel overlay, the export to NumEcoEval's tables, and the allocation fallbacks. */
class PrivateReferentielAndTablesTest {
    @TempDir
    Path dir;

    /** A lot: one server (2 VMs, by cleRepartition and by equal share) and one laptop. */
    private Lot lot() {
        LotFiles.write(dir.resolve("lot"), "pe.csv", "nomEquipementPhysique;modele;quantite;nomCourtDatacenter;"
                + "dureeUsageInterne;type;paysDUtilisation;consoElecAnnuelle;nomEntite;qualite\n"
                + "srv;R640;1;dc;5;Server;France;1000;DSI;HAUTE\n"
                + "pc;L5440;10;;4;Laptop;France;20;DSI;BASSE\n");
        LotFiles.write(dir.resolve("lot"), "dc.csv", "nomCourtDatacenter;nomLongDatacenter;pue;localisation\n"
                + "dc;Salle;1.5;France\n");
        LotFiles.write(dir.resolve("lot"), "vm.csv", "nomEquipementVirtuel;nomEquipementPhysique;cleRepartition;vCPU;"
                + "cluster;typeEqv\nvm-a;srv;0.3;;c1;\nvm-b;srv;;;c1;\nvm-c;srv;;;c1;\n");
        LotFiles.write(dir.resolve("lot"), "app.csv", "nomApplication;typeEnvironnement;nomEquipementVirtuel;domaine;"
                + "sousDomaine;nomEquipementPhysique\napp-1;Prod;vm-a;D;S;srv\n");
        return Lot.read(dir.resolve("lot"));
    }

    /** A public référentiel: types, correspondences, a mix; the factors come from the private overlay. */
    private Referentiel publicPart() {
        Path p = dir.resolve("public");
        LotFiles.write(p, "types.csv", "type;categorie;serveur;commentaire;dureeVieDefaut;refHypothese;source;"
                + "refItemParDefaut\nServer;EquipementPhysique;true;;7;;;srv-ref\nLaptop;EquipementPhysique;false;;5;;;"
                + "laptop-ref\n");
        LotFiles.write(p, "criteres.csv", "nomCritere;description;unite\nClimate change;;kg CO2 eq\n");
        LotFiles.write(p, "mix.csv", "pays;raccourcisAnglais;critere;valeur;source\nFrance;FR;Climate change;0.05;"
                + "public mix\n");
        LotFiles.write(p, "facteurs.csv", "nom;etapeacv;critere;categorie;valeur;source\n"
                + "laptop-ref;FABRICATION;Climate change;IT equipment;100;public value\n");
        return Referentiel.read(p);
    }

    private Referentiel privatePart() {
        Path p = dir.resolve("private");
        LotFiles.write(p, "impactEquipement.csv", "refEquipement;etape;critere;source;type;valeur;consoElecMoyenne\n"
                + "srv-ref;FABRICATION;Climate change;NegaOctet v1.2;Server;1234.5678;3000\n"
                + "laptop-ref;FABRICATION;Climate change;NegaOctet v1.2;Laptop;987.654321;\n");
        return Referentiel.readPrivate(p);
    }

    @Test
    void licensedValues_computeButAreNeverPrinted() throws Exception {
        Referentiel ref = publicPart().overlaidBy(privatePart());
        Indicators ind = NumEcoEval.convention(ref).calculationDate(LocalDate.of(2024, 12, 31)).assess(lot());
        // the overlay replaces the public laptop factor (100): 10 × 987.654321 / 4 = 2469.1358025
        assertThat(ind.physical("pc", "Climate change", "FABRICATION")).isCloseTo(2469.1358025, within(1e-9 * 2469));
        // server: 1234.5678 / 5 = 246.91356
        assertThat(ind.physical("srv", "Climate change", "FABRICATION")).isCloseTo(246.91356, within(1e-9 * 246));
        StringWriter all = new StringWriter();
        for (UnitIndicator.Table t : UnitIndicator.Table.values()) {
            ind.writeTable(t, all);
        }
        String printed = all + ind.toString() + ind.all();
        assertThat(printed).doesNotContain("1234.5678").doesNotContain("987.654321")
                .contains("licensed factor, source NegaOctet v1.2 (" + dir.resolve("private")
                        .resolve("impactEquipement.csv") + ":2, sha256 ");
        // the public mix stays visible: 1 × 1000 × 0.05 × 1.5 = 75.0
        assertThat(ind.physical("srv", "Climate change", "UTILISATION")).isCloseTo(75.0, within(1e-9 * 75));
        assertThat(ind.all().stream().map(UnitIndicator::trace).toList())
                .anySatisfy(t -> assertThat(t).contains("\"valeurReferentielMixElectrique\":0.05"));
    }

    @Test
    void virtualEquipment_allocationKey_thenEqualShares_andApplications() {
        Indicators ind = NumEcoEval.convention(publicPart().overlaidBy(privatePart())).assess(lot());
        double host = 1234.5678 / 5;
        List<UnitIndicator> vms = ind.table(UnitIndicator.Table.VIRTUAL_EQUIPMENT).stream()
                .filter(r -> r.step().equals("FABRICATION")).toList();
        // vm-a: cleRepartition 0.3; vm-b and vm-c: no key, no vCPU, no storage → 1/3 each (NumEcoEval's equal
        // share counts every virtual equipment of the host)
        assertThat(vms).extracting(UnitIndicator::item).containsExactly("vm-a", "vm-b", "vm-c");
        assertThat(vms.get(0).impact()).isCloseTo(host * 0.3, within(1e-9 * host));
        assertThat(vms.get(1).impact()).isCloseTo(host / 3, within(1e-9 * host));
        assertThat(vms.get(0).quality()).isEqualTo(Quality.HAUTE); // inherited from the host
        // app-1 alone on vm-a
        assertThat(ind.table(UnitIndicator.Table.APPLICATION).get(0).impact()).isCloseTo(host * 0.3,
                within(1e-9 * host));
    }

    @Test
    void writeTables_inNumEcoEvalsLayout() throws Exception {
        Indicators ind = NumEcoEval.convention(publicPart().overlaidBy(privatePart()))
                .calculationDate(LocalDate.of(2024, 12, 31)).organisation("Ville").assess(lot());
        List<Path> files = ind.writeTables(dir.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "ind_indicateur_impact_equipement_physique.csv", "ind_indicateur_impact_equipement_virtuel.csv",
                "ind_indicateur_impact_application.csv", "ind_indicateur_impact_messagerie.csv");
        DelimitedFile pe = DelimitedFile.read(files.get(0));
        assertThat(pe.header()).containsExactly("date_calcul", "date_lot", "nom_lot", "etapeacv", "critere", "source",
                "statut_indicateur", "trace", "version_calcul", "conso_elec_moyenne", "impact_unitaire", "quantite",
                "statut_equipement_physique", "type_equipement", "unite", "nom_entite", "nom_organisation",
                "nom_equipement", "nom_source_donnee");
        // 2 equipment × 4 steps × 1 criterion
        assertThat(pe.rows()).hasSize(8);
        DelimitedFile.Row use = pe.rows().stream().filter(r -> r.get(pe.column("nom_equipement")).equals("pc")
                && r.get(pe.column("etapeacv")).equals("UTILISATION")).findFirst().orElseThrow();
        // 10 × 20 kWh × 0.05 = 10.0
        assertThat(Double.parseDouble(use.get(pe.column("impact_unitaire")))).isCloseTo(10.0, within(1e-9));
        assertThat(use.get(pe.column("statut_indicateur"))).isEqualTo("OK");
        assertThat(use.get(pe.column("nom_organisation"))).isEqualTo("Ville");
        assertThat(use.get(pe.column("date_calcul"))).isEqualTo("2024-12-31");
        JsonNode trace = new ObjectMapper().readTree(use.get(pe.column("trace")));
        assertThat(trace.get("formule").asText()).contains("ConsoElecAnMoyenne(20.0)");
        // DISTRIBUTION has no factor: ERREUR, empty impact
        DelimitedFile.Row dist = pe.rows().stream().filter(r -> r.get(pe.column("etapeacv")).equals("DISTRIBUTION"))
                .findFirst().orElseThrow();
        assertThat(dist.get(pe.column("statut_indicateur"))).isEqualTo("ERREUR");
        assertThat(dist.get(pe.column("impact_unitaire"))).isEmpty();
        assertThat(Files.readString(files.get(2))).startsWith("date_calcul;date_lot;nom_lot;etapeacv;critere;"
                + "nom_organisation;nom_source_donnee;nom_application;");
    }

    @Test
    void quality_widensTheRange() {
        Indicators ind = NumEcoEval.convention(publicPart().overlaidBy(privatePart())).assess(lot());
        UnitIndicator pcUse = ind.table(UnitIndicator.Table.PHYSICAL_EQUIPMENT).stream()
                .filter(r -> r.item().equals("pc") && r.step().equals("UTILISATION")).findFirst().orElseThrow();
        // BASSE: gsd 2.0, p95 ratio 2^1.6448536 = 3.1271…; 10.0 → 3.1978 … 31.271
        assertThat(pcUse.high() / pcUse.impact()).isCloseTo(Math.exp(Math.log(2.0) * 1.6448536269514722),
                within(1e-12));
        assertThat(pcUse.high()).isCloseTo(31.2710, within(1e-3));
        // the total's range sums the rows' percentiles: every OK physical row of "Climate change"
        double[] range = ind.range("Climate change");
        double lo = ind.table(UnitIndicator.Table.PHYSICAL_EQUIPMENT).stream().filter(UnitIndicator::ok)
                .mapToDouble(r -> r.impact() / Math.pow(r.quality().gsd(), 1.6448536269514722)).sum();
        assertThat(range[0]).isCloseTo(lo, within(1e-9 * lo));
        assertThat(range[1]).isGreaterThan(ind.total("Climate change"));
    }
}
