package dev.impact.io.numecoeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example lot ({@code examples/numecoeval/}) under the NumEcoEval convention, calculation date 2024-12-31, against
 * values derived by hand from the convention's published formulas and the example référentiel (its rows are cited in
 * the comments). Tolerance: 1e-9 relative.
 */
class NumEcoEvalExampleTest {
    static final Path EXAMPLE = Path.of("..", "examples", "numecoeval");
    static final String GWP = "Climate change";
    static Lot lot;
    static Indicators ind;

    @BeforeAll
    static void assess() {
        lot = Lot.read(EXAMPLE);
        Referentiel ref = Referentiel.read(lot.referentielDirectory().orElseThrow());
        ind = NumEcoEval.convention(ref).calculationDate(LocalDate.of(2024, 12, 31)).assess(lot);
    }

    static void close(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
    }

    @Test
    void lot_readsEveryFileWithoutProblems() {
        assertThat(lot.problems()).isEmpty();
        assertThat(lot.physicalEquipment()).hasSize(5);
        assertThat(lot.virtualEquipment()).hasSize(4);
        assertThat(lot.applications()).hasSize(3);
        assertThat(lot.dataCentres()).singleElement().satisfies(d -> {
            assertThat(d.pue()).isEqualTo(1.41);                            // "1,41", decimal comma
            assertThat(d.longName()).isEqualTo("Salle serveurs de l'Hôtel de ville"); // Windows-1252 file
        });
        assertThat(lot.emails()).hasSize(2);
        assertThat(lot.entities()).hasSize(2);
        assertThat(lot.notices()).anySatisfy(n -> assertThat(n).contains("non-IT operations").contains("not imported"))
                .anySatisfy(n -> assertThat(n).contains("Windows-1252"))
                .anySatisfy(n -> assertThat(n).contains("ignored: fabricant"));
        assertThat(ind.errors()).isEmpty();
    }

    @Test
    void server_fromDates_reproducesThePublishedTrace() {
        // 2020-07-08 → 2024-11-20 (written 20/11/2024) = 1596 days; 1596 / 365 = 4.372602739726027 years
        // FABRICATION: 1 × 2226.09317222576 × 1.0 / 4.372602739726027 = 509.1002555528837 (G4IT trace: 509.10)
        close(ind.physical("srv-calcul-01", GWP, "FABRICATION"), 1 * 2226.09317222576 * 1.0 / (1596 / 365.0));
        close(ind.physical("srv-calcul-01", GWP, "FABRICATION"), 509.1002555528837);
        // DISTRIBUTION: 46.3607713639849 / 4.372602739726027; FIN_DE_VIE: 6.97183551903243 / 4.372602739726027
        close(ind.physical("srv-calcul-01", GWP, "DISTRIBUTION"), 46.3607713639849 * 365 / 1596);
        close(ind.physical("srv-calcul-01", GWP, "FIN_DE_VIE"), 6.97183551903243 * 365 / 1596);
        // UTILISATION: 1 × 3504 kWh × 0.0813225 (FR) × 1.41 (salle-hdv PUE) = 401.7851964
        close(ind.physical("srv-calcul-01", GWP, "UTILISATION"), 3504 * 0.0813225 * 1.41);
        close(ind.physical("srv-calcul-01", GWP, "UTILISATION"), 401.7851964);
    }

    @Test
    void serverWithoutDataCentre_takesTheDefaultPue() {
        // dureeUsageInterne 6: FABRICATION 2226.09317222576 / 6 = 371.01552870429333
        close(ind.physical("srv-02", GWP, "FABRICATION"), 2226.09317222576 / 6);
        // UTILISATION: 1200 kWh × 0.0813225 × 1.75 (PUEParDefaut) = 170.77725
        close(ind.physical("srv-02", GWP, "UTILISATION"), 170.77725);
    }

    @Test
    void laptops_copeRate_internalLifetime_averageConsumption() {
        // 40 × 170.3 × 0.8 (taux_utilisation_COPE) / 5 = 1089.92
        close(ind.physical("pc-portables-dsi", GWP, "FABRICATION"), 1089.92);
        // 40 × 12.3 × 0.8 / 5 = 78.72 ; 40 × 2.8 × 0.8 / 5 = 17.92
        close(ind.physical("pc-portables-dsi", GWP, "DISTRIBUTION"), 78.72);
        close(ind.physical("pc-portables-dsi", GWP, "FIN_DE_VIE"), 17.92);
        // no consoElecAnnuelle: the reference's consoElecMoyenne 29.0175 kWh; country "FR" (a code) → the France mix
        // 40 × 29.0175 × 0.0813225 = 94.39102575 (the usage rate does not apply to the use step)
        close(ind.physical("pc-portables-dsi", GWP, "UTILISATION"), 40 * 29.0175 * 0.0813225);
        close(ind.physical("pc-portables-dsi", GWP, "UTILISATION"), 94.39102575);
    }

    @Test
    void screens_secondHand_noWithdrawal_legacyDays() {
        // bought 20210901, no withdrawal: to the calculation date 2024-12-31 = 1217 days; + dureeUsageAmont 2
        // lifetime = 1217 / 365 + 2 = 5.334246575342466 years; type Ecran → reference monitor-ademe-2022
        double life = 1217 / 365.0 + 2;
        close(ind.physical("ecrans-ecoles", GWP, "FABRICATION"), 25 * 64.6 / life);   // 302.76065742167435
        close(ind.physical("ecrans-ecoles", GWP, "FABRICATION"), 302.76065742167435);
        // legacy nbJourUtiliseAn 220: 25 × 20 kWh × 0.0813225 × 220 / 365 = 24.50815068...
        close(ind.physical("ecrans-ecoles", GWP, "UTILISATION"), 25 * 20 * 0.0813225 * 220 / 365);
    }

    @Test
    void smartphones_byod_laterLife() {
        // model without correspondence → type Smartphone's reference; lifetime 2.5 + dureeUsageAval 1 = 3.5 years
        // 10 × 83 × 0.57 (taux_utilisation_BYOD) / 3.5 = 135.17142857142858
        close(ind.physical("smartphones-byod", GWP, "FABRICATION"), 10 * 83 * 0.57 / 3.5);
        close(ind.physical("smartphones-byod", GWP, "FABRICATION"), 135.17142857142858);
        // country "FRA" (alpha-3): 10 × 4.9275 × 0.0813225 = 4.007166187...
        close(ind.physical("smartphones-byod", GWP, "UTILISATION"), 4.00716618750);
    }

    @Test
    void virtualEquipment_byVcpu_andByStorage() {
        double host = 509.1002555528837;
        // vm-web: 4 of 16 vCPU; vm-bdd: 12 of 16
        assertThat(ind.table(UnitIndicator.Table.VIRTUAL_EQUIPMENT)).filteredOn(r -> r.item().equals("vm-web")
                && r.step().equals("FABRICATION")).singleElement().satisfies(r -> close(r.impact(), host * 4 / 16));
        assertThat(ind.table(UnitIndicator.Table.VIRTUAL_EQUIPMENT)).filteredOn(r -> r.item().equals("vm-bdd")
                && r.step().equals("FABRICATION")).singleElement().satisfies(r -> close(r.impact(), host * 12 / 16));
        // vm-fichiers: 3 of 4 TB of srv-02 → 0.75 × 170.77725 for the use step
        assertThat(ind.table(UnitIndicator.Table.VIRTUAL_EQUIPMENT)).filteredOn(r -> r.item().equals("vm-fichiers")
                && r.step().equals("UTILISATION")).singleElement().satisfies(r -> close(r.impact(), 128.0829375));
    }

    @Test
    void applications_shareTheirVirtualEquipmentEqually() {
        // portail-citoyen and site-web share vm-web: 509.1002555528837 × 4/16 / 2 = 63.63753194411046
        assertThat(ind.table(UnitIndicator.Table.APPLICATION)).filteredOn(r -> r.item().equals("portail-citoyen")
                && r.step().equals("FABRICATION")).singleElement().satisfies(r -> close(r.impact(),
                63.63753194411046));
        // gestion-financiere alone on vm-bdd: 509.1002555528837 × 12/16
        assertThat(ind.table(UnitIndicator.Table.APPLICATION)).filteredOn(r -> r.item().equals("gestion-financiere")
                && r.step().equals("FABRICATION")).singleElement().satisfies(r -> close(r.impact(),
                381.8251916646628));
    }

    @Test
    void email_affineFunction() {
        // January: (0.0002 × 1200/12000 + 0.004) × 30000 = 120.6; February: (0.0002 × 810/9000 + 0.004) × 21000
        // = (0.000018 + 0.004) × 21000 = 84.378
        assertThat(ind.table(UnitIndicator.Table.EMAIL)).extracting(UnitIndicator::impact)
                .satisfiesExactly(v -> close(v, 120.6), v -> close(v, 84.378));
    }

    @Test
    void total_addsPhysicalEquipmentAndEmailOnly() {
        double server1 = (2226.09317222576 + 46.3607713639849 + 6.97183551903243) * 365 / 1596 + 3504 * 0.0813225
                * 1.41;
        double server2 = (2226.09317222576 + 46.3607713639849 + 6.97183551903243) / 6 + 1200 * 0.0813225 * 1.75;
        double laptops = 40 * (170.3 + 12.3 + 2.8) * 0.8 / 5 + 40 * 29.0175 * 0.0813225;
        double screens = 25 * (64.6 + 1.3 + 3.9) / (1217 / 365.0 + 2) + 25 * 20 * 0.0813225 * 220 / 365;
        double phones = 10 * (83 + 2.1 + 0.2) * 0.57 / 3.5 + 10 * 4.9275 * 0.0813225;
        double email = 120.6 + 84.378;
        close(ind.total(GWP), server1 + server2 + laptops + screens + phones + email);
    }
}
