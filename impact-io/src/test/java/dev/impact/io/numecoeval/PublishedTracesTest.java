package dev.impact.io.numecoeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NumEcoEval's published traces, re-derived by hand and reproduced with their own operands (G4IT's test lot and test
 * référentiel, whose values are fictitious "Fake data for tests"; only the arithmetic matters here), to 1e-9 relative.
 */
class PublishedTracesTest {
    @TempDir
    Path dir;

    @Test
    void fabrication_reel_twoServers() {
        // G4IT eval_nominal: physical-eq-1, 1 server, 2020-07-08 → 2024-11-20; physical-eq-2, 2 servers, 20200708 →
        // 01/01/2023, both Server → blade-server-1 (FABRICATION, Climate change: 2226.09317222576)
        LotFiles.write(dir.resolve("lot"), "physical.csv", "nomEquipementPhysique;modele;quantite;nomCourtDatacenter;"
                + "dateAchat;dateRetrait;type;statut;paysDUtilisation;consoElecAnnuelle;utilisateur;nomSourceDonnee;"
                + "nomEntite;nbCoeur\n"
                + "physical-eq-1;Physical Server unknown;1;default;2020-07-08;2024-11-20;Server;In use;France;1.2;;;"
                + "Entity 1;4\n"
                + "physical-eq-2;Physical Server unknown;2;default;20200708;01/01/2023;Server;In use;France;1.2;;;"
                + "Entity 1;8\n");
        LotFiles.write(dir.resolve("lot"), "datacenter.csv", "nomCourtDatacenter;nomLongDatacenter;pue;localisation;"
                + "nomEntite;\ndefault;Long name;1.75;France;Entity 1;\n");
        Lot lot = Lot.read(dir.resolve("lot"));
        assertThat(lot.problems()).isEmpty();
        Indicators ind = NumEcoEval.convention(Referentiel.read(LotFiles.publishedTraceReferentiel(dir.resolve("ref"))))
                .assess(lot);
        // 2020-07-08 → 2024-11-20: 1596 days (2020-07-08 → 2021-07-08 is 365, → 2024-07-08 is 365+365+366 more = 1461,
        // → 2024-11-08 +123 = 1584, → 2024-11-20 +12 = 1596); 1596/365 = 4.372602739726027
        // published: (Quantité(1.0) * 2226.09317222576 * TauxUtilisation(1.0)) / dureeVie(4.372602739726028)
        //            = 509.1002555528837
        double one = ind.physical("physical-eq-1", "Climate change", "FABRICATION");
        assertThat(one).isCloseTo(1 * 2226.09317222576 * 1.0 / (1596 / 365.0), within(509.1 * 1e-9));
        assertThat(one).isCloseTo(509.1002555528837, within(509.1002555528837 * 1e-9));
        // 2020-07-08 → 2023-01-01: 907 days (1461 - 365 - 366 = 730 to 2022-07-08, +177 to 2023-01-01); 907/365 =
        // 2.484931506849315; published: 2 × 2226.09317222576 / 2.484931506849315 = 1791.6736667307662
        assertThat(ind.physical("physical-eq-2", "Climate change", "FABRICATION"))
                .isCloseTo(1791.6736667307662, within(1791.6736667307662 * 1e-9));
        assertThat(ind.table(UnitIndicator.Table.PHYSICAL_EQUIPMENT).get(0).trace())
                .contains("referentielFacteurCaracterisation(2226.09317222576)").contains("\"methodeDureeUsage\":\"REEL\"")
                .contains("\"jours\":1596");
    }

    @Test
    void g4itReferentielLayout_givesTheSameTrace() {
        // G4IT's own référentiel layout (English columns, criterion and step codes), as in its eval_nominal/ref files
        Path ref = dir.resolve("g4it");
        LotFiles.write(ref, "criterion.csv", "code;label;description;unit\nCLIMATE_CHANGE;Climate change;;kg CO2 eq\n");
        LotFiles.write(ref, "lifecycleStep.csv", "code;label\nMANUFACTURING;Manufacturing\n");
        LotFiles.write(ref, "itemType.csv", "type;category;comment;defaultLifespan;isServer;source;refDefaultItem;"
                + "subscriber;version\nServer;EquipementPhysique;;7.0;true;;blade-server-1;;\n");
        LotFiles.write(ref, "itemImpact.csv", "criterion;lifecycleStep;name;category;avgElectricityConsumption;"
                + "description;location;level;source;tier;unit;value;subscriber;version\n"
                + "CLIMATE_CHANGE;MANUFACTURING;blade-server-1;IT equipment;3721.0;;France;2-Equipement;Fake data for"
                + " tests;Datacenter;Item;2226.09317222576;;\n"
                + "CLIMATE_CHANGE;MANUFACTURING;Electricity Mix FR;electricity-mix;;;France;0-Base data;Base IMPACTS;;;"
                + "0.0813225;;\n");
        LotFiles.write(ref, "hypothesis.csv", "code;value;source;description\nPUEParDefaut;1.75;SSG;\n");
        LotFiles.write(dir.resolve("lot"), "physical.csv", "nomEquipementPhysique;quantite;dateAchat;dateRetrait;type;"
                + "paysDUtilisation;consoElecAnnuelle\nphysical-eq-1;1;2020-07-08;2024-11-20;Server;France;100\n");
        Indicators ind = NumEcoEval.convention(Referentiel.read(ref)).assess(Lot.read(dir.resolve("lot")));
        // 1 × 2226.09317222576 × 1.0 / (1596/365) = 509.1002555528837, as above
        assertThat(ind.physical("physical-eq-1", "Climate change", "FABRICATION"))
                .isCloseTo(509.1002555528837, within(509.1 * 1e-9));
        // UTILISATION: 100 kWh × 0.0813225 × 1.75 (no data centre: PUEParDefaut from hypothesis.csv) = 14.23143750
        assertThat(ind.physical("physical-eq-1", "Climate change", "UTILISATION"))
                .isCloseTo(14.2314375, within(1e-9 * 14.23));
    }

    @Test
    void utilisation_serverWithDataCentrePue() {
        // G4IT sql fixture physical-eq-90165: ConsoElecAnMoyenne(3504.0) × MixElectrique(0.92689734) where
        // 0.92689734 = 0.657374 (mix) × 1.41 (dataCenterPue); published 3247.84827936
        LotFiles.write(dir.resolve("lot"), "physical.csv", "nomEquipementPhysique;modele;quantite;nomCourtDatacenter;"
                + "dateAchat;dateRetrait;type;statut;paysDUtilisation;consoElecAnnuelle\n"
                + "physical-eq-90165;;1;dc;2020-01-01;2023-01-01;Server;In use;Spain;3504\n");
        LotFiles.write(dir.resolve("lot"), "datacenter.csv", "nomCourtDatacenter;nomLongDatacenter;pue;localisation\n"
                + "dc;;1.41;ES\n");
        Indicators ind = NumEcoEval.convention(Referentiel.read(LotFiles.publishedTraceReferentiel(dir.resolve("ref"))))
                .assess(Lot.read(dir.resolve("lot")));
        double use = ind.physical("physical-eq-90165", "Climate change", "UTILISATION");
        assertThat(use).isCloseTo(3504 * 0.657374 * 1.41, within(3247.85 * 1e-9));
        assertThat(use).isCloseTo(3247.84827936, within(3247.84827936 * 1e-9));
        assertThat(ind.table(UnitIndicator.Table.PHYSICAL_EQUIPMENT).stream()
                .filter(r -> r.step().equals("UTILISATION")).findFirst().orElseThrow().trace())
                .contains("ConsoElecAnMoyenne(3504.0)").contains("\"dataCenterPue\":1.41");
    }

    @Test
    void fixe_takesTheDeclaredLifetime_reel_theDates() {
        // one laptop-like server row with both: dates 2020-01-01 → 2022-01-01 (731 days) and dureeUsageInterne 5,
        // dureeUsageAmont 1: FIXE → 2226.09317222576 / (5 + 1) = 371.01552870429333;
        // REEL → 2226.09317222576 / (731/365 + 1) = 741.0447934453287
        LotFiles.write(dir.resolve("lot"), "physical.csv", "nomEquipementPhysique;quantite;dateAchat;dateRetrait;"
                + "dureeUsageInterne;dureeUsageAmont;type;paysDUtilisation;consoElecAnnuelle\n"
                + "s;1;2020-01-01;2022-01-01;5;1;Server;Spain;100\n");
        Lot lot = Lot.read(dir.resolve("lot"));
        Referentiel ref = Referentiel.read(LotFiles.publishedTraceReferentiel(dir.resolve("ref")));
        assertThat(NumEcoEval.convention(ref).lifetimeMethod(NumEcoEval.LifetimeMethod.FIXE).assess(lot)
                .physical("s", "Climate change", "FABRICATION")).isCloseTo(371.01552870429333, within(1e-9 * 371));
        assertThat(NumEcoEval.convention(ref).assess(lot).physical("s", "Climate change", "FABRICATION"))
                .isCloseTo(2226.09317222576 / (731 / 365.0 + 1), within(1e-9 * 741));
    }

    @Test
    void noReference_embodiedInError_useFromTheLotsKWh() {
        // type Laptop: no correspondence, not in this référentiel's types → no reference; the use step needs none
        LotFiles.write(dir.resolve("lot"), "physical.csv", "nomEquipementPhysique;quantite;type;paysDUtilisation;"
                + "consoElecAnnuelle\npc;2;Laptop;ES;30\n");
        Indicators ind = NumEcoEval.convention(Referentiel.read(LotFiles.publishedTraceReferentiel(dir.resolve("ref"))))
                .assess(Lot.read(dir.resolve("lot")));
        // 2 × 30 kWh × 0.657374 (not a server: no PUE) = 39.44244
        assertThat(ind.physical("pc", "Climate change", "UTILISATION")).isCloseTo(39.44244, within(1e-9 * 39.4));
        assertThat(ind.errors()).extracting(UnitIndicator::step).containsExactly("FABRICATION", "DISTRIBUTION",
                "FIN_DE_VIE");
        assertThat(ind.errors().get(0).trace()).contains("no reference for modele '' (no correspondence) nor for type"
                + " 'Laptop'");
    }

    @Test
    void noWithdrawalAndNoCalculationDate_isAnErrorRow_notZero() {
        LotFiles.write(dir.resolve("lot"), "physical.csv", "nomEquipementPhysique;quantite;dateAchat;type;"
                + "paysDUtilisation;consoElecAnnuelle\ns;1;2020-01-01;Server;Spain;100\n");
        Lot lot = Lot.read(dir.resolve("lot"));
        Referentiel ref = Referentiel.read(LotFiles.publishedTraceReferentiel(dir.resolve("ref")));
        Indicators ind = NumEcoEval.convention(ref).assess(lot);
        // FABRICATION: the factor exists but the lifetime has no end; DISTRIBUTION and FIN_DE_VIE: no factor in
        // this référentiel. Each is an ERREUR row naming what is missing, never a zero.
        assertThat(ind.errors()).extracting(UnitIndicator::step)
                .containsExactly("FABRICATION", "DISTRIBUTION", "FIN_DE_VIE");
        assertThat(ind.errors().get(0).trace()).contains("no dateRetrait and no calculation date");
        assertThat(ind.errors().get(1).trace()).contains("no factor for reference 'blade-server-1', step DISTRIBUTION");
        assertThat(ind.errors()).allSatisfy(e -> assertThat(e.impact()).isNaN());
        // with a calculation date: 2020-01-01 → 2024-12-31 = 1826 days → 2226.09317222576 × 365 / 1826
        assertThat(NumEcoEval.convention(ref).calculationDate(LocalDate.of(2024, 12, 31)).assess(lot)
                .physical("s", "Climate change", "FABRICATION")).isCloseTo(2226.09317222576 * 365 / 1826,
                within(1e-9 * 445));
    }
}
