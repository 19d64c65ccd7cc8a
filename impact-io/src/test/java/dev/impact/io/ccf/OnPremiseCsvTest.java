package dev.impact.io.ccf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.impact.Impact;
import dev.impact.engine.Assessment;
import dev.impact.factors.Catalog;
import dev.impact.factors.Factors;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.Convention;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.OnPremiseCompute;
import dev.impact.io.InvalidFileException;
import dev.impact.io.Problem;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnPremiseCsvTest {
    private static final Catalog C = Factors.builtIn();
    private static final String HEADER = "cpuDescription,machineName,memory,machineType,startTime,endTime,country,"
            + "region,cost,cpuUtilization,powerUsageEffectiveness,dailyUptime,weeklyUptime,monthlyUptime,annualUptime\n";

    private static OnPremiseCsv parse(String text) {
        return OnPremiseCsv.parse("in.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static double ccfKg(Inventory inv) {
        return Impact.using(C).reportingYear(2024).convention(Convention.CCF).assess(inv).total()
                .value(Phase.USE, Indicator.CLIMATE_CHANGE);
    }

    @Test
    void read_ccfCliSample_givesCcfSnapshot() {
        // CCF's own CLI input (packages/cli/src/__tests__/EstimateOnPremiseData/on_premise_data_input.test.csv) and
        // its snapshot: Skylake, 130690 GB, Texas, 4 / 12 / 36 / 36 h. Daily: compute 410.95 W × 4 / 1000 × 1.58
        // = 2.597204 kWh + memory (130690 − 745.1358025) × 4 × 0.000392 × 1.58 = 321.9306 kWh = 324.5278 kWh
        // × 0.00041432 t/kWh = 0.1344583615586605 t; weekly 0.40337508467598154 t; annual 1.2101252540279446 t.
        OnPremiseCsv csv = parse(HEADER + "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz,test-machine-name,130690,"
                + "server,2022-01-17T13:38:18Z,2022-01-24T18:22:29.918423Z,United States,Texas,93.12,,,4,12,36,36\n");
        assertThat(csv.rows()).hasSize(1);
        OnPremiseCsv.Row row = csv.rows().get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.cost()).isEqualTo(93.12);
        assertThat(row.machine().microarchitecture()).contains("skylake");
        assertThat(row.machine().label()).isEqualTo("test-machine-name");
        assertThat(csv.notices()).isEmpty();
        assertThat(ccfKg(csv.inventory(C, OnPremiseCsv.Uptime.DAILY))).isCloseTo(134.4583615586605,
                withinPercentage(1));
        assertThat(ccfKg(csv.inventory(C, OnPremiseCsv.Uptime.WEEKLY))).isCloseTo(403.37508467598154,
                withinPercentage(1));
        assertThat(ccfKg(csv.inventory(C, OnPremiseCsv.Uptime.ANNUAL))).isCloseTo(1210.1252540279446,
                withinPercentage(1));
        CloudCompute line = (CloudCompute) csv.inventory(C, OnPremiseCsv.Uptime.DAILY).lines().get(0);
        assertThat(line.provider()).isEqualTo("onprem");
        assertThat(line.region()).contains("united-states-texas");
        assertThat(line.vcpuHours()).isEqualTo(4);
    }

    @Test
    void microarchitecture_asCcfReadsDescriptions() {
        // CCF's OnPremiseDataReportRow test: E5-2667 v3 is Haswell, AMD EPYC 7262 is AMD EPYC 2nd Gen
        assertThat(OnPremiseCsv.microarchitecture("Intel(R) Xeon(R) CPU E5-2667 v3 @ 3.20GHz")).contains("haswell");
        assertThat(OnPremiseCsv.microarchitecture("AMD EPYC 7262 8-Core Processor")).contains("epyc-2nd-gen");
        assertThat(OnPremiseCsv.microarchitecture("Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz")).contains("coffee-lake");
        assertThat(OnPremiseCsv.microarchitecture("Intel(R) Xeon(R) Amber 4114 CPU @ 2.20GHz")).isEmpty();
        assertThat(OnPremiseCsv.microarchitecture("Apple M2")).isEmpty();
    }

    @Test
    void unknownCpu_andEpycThirdGen_takeCcfAverages_withNotices() {
        // both rows: CCF's averages, 65.81111111 / 367.1444444 W, baseline 331.7121348 GB; 100 h, 50 %, PUE 1.58,
        // 64 GB (below the baseline), France 0.00005128 t/kWh:
        // (65.81111111 + 0.5 × 301.33333329) = 216.47777776 W × 100 / 1000 × 1.58 = 34.2034889 kWh × 0.05128
        // = 1.753954911 kg each, 3.507909822 kg both
        OnPremiseCsv csv = parse(HEADER
                + "Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz,a,64,laptop,2024-01-01,2024-02-01,France,,,,,4,20,80,100\n"
                + "AMD EPYC 7763 64-Core Processor,b,64,server,2024-01-01,2024-02-01,France,,,,,4,20,80,100\n");
        assertThat(csv.notices()).singleElement().asString().contains("in.csv:2", "i7-8650U", "not in CCF's table");
        assertThat(csv.noticesFor(C)).hasSize(2).last().asString().contains("in.csv:3", "epyc-3rd-gen");
        assertThat(ccfKg(csv.inventory(C, OnPremiseCsv.Uptime.ANNUAL))).isCloseTo(3.507909822, withinPercentage(1));
    }

    @Test
    void example_file_readsAndAssesses() {
        OnPremiseCsv csv = OnPremiseCsv.read(Path.of("../examples/ccf-on-premise/on-premise.csv"));
        assertThat(csv.rows()).extracting(r -> r.machine().machineType()).containsExactly(
                OnPremiseCompute.MachineType.SERVER, OnPremiseCompute.MachineType.SERVER,
                OnPremiseCompute.MachineType.LAPTOP, OnPremiseCompute.MachineType.DESKTOP);
        // db-01 alone, by hand: Skylake at 35 %, PUE 1.4, 8760 h, 1024 GB, France:
        // (88.9 + 0.35 × 644.1) = 314.335 W × 8760 / 1000 × 1.4 = 3855.00444 kWh; memory (1024 − 745.1358025)
        // × 8760 × 0.000392 × 1.4 = 1340.6362831 kWh; 5195.6407231 kWh × 0.05128 = 266.4324563 kg
        // build-02: EPYC 7402P = EPYC 2nd gen (83.4 / 394.5 W), 60 %, PUE 1.58, 256 GB (< 300.44 baseline), Texas:
        // (83.4 + 0.6 × 311.1) = 270.06 W × 8760 / 1000 × 1.58 = 3737.846448 kWh × 0.41432 = 1548.6645403 kg
        // laptop-ana: i7-8750H = Coffee Lake (15.9 / 71.7 W), 10 %, 16 GB (< 19.56), 1760 h, Germany:
        // 21.48 W × 1760 / 1000 × 1.58 = 59.731584 kWh × 0.33866 = 20.2286982 kg
        // desk-17: i5-8500 = Coffee Lake, 15 %, 32 GB, 2000 h, Belgium (not in CCF's list: Unknown 0.3228315385):
        // (15.9 + 0.15 × 55.8) = 24.27 W × 2 × 1.58 = 76.6932 kWh + (32 − 19.55555556) × 2000 × 0.000392 × 1.58
        // = 15.4151822 kWh; 92.1083822 kWh × 0.3228315385 = 29.7354907 kg. The file: 1865.0611856 kg
        Inventory year = csv.inventory(C, OnPremiseCsv.Uptime.ANNUAL);
        assertThat(ccfKg(Inventory.of("db", year.lines().get(0)))).isCloseTo(266.4324563, withinPercentage(1));
        assertThat(ccfKg(Inventory.of("build", year.lines().get(1)))).isCloseTo(1548.6645403, withinPercentage(1));
        assertThat(ccfKg(Inventory.of("laptop", year.lines().get(2)))).isCloseTo(20.2286982, withinPercentage(1));
        assertThat(ccfKg(Inventory.of("desk", year.lines().get(3)))).isCloseTo(29.7354907, withinPercentage(1));
        assertThat(ccfKg(year)).isCloseTo(1865.0611856, withinPercentage(1));
    }

    @Test
    void lines_roundTripThroughImpactCsv_forTheCli(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // written as impact CSV, the lines read back equal and assess the same: `impact assess --convention ccf`
        // then takes them
        Inventory year = OnPremiseCsv.read(Path.of("../examples/ccf-on-premise/on-premise.csv"))
                .inventory(C, OnPremiseCsv.Uptime.ANNUAL);
        Path out = dir.resolve("on-premise-impact.csv");
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(out)) {
            dev.impact.io.InventoryFiles.write("on-premise", year.lines(), dev.impact.io.InventoryFormat.CSV, w);
        }
        Inventory back = dev.impact.io.InventoryFiles.read(out);
        assertThat(back.lines()).isEqualTo(year.lines());
        assertThat(ccfKg(back)).isCloseTo(1865.0611856, withinPercentage(1));
    }

    @Test
    void badHeader_ccfIncorrectInput_isRefusedWithColumns() {
        // CCF's incorrect_input.test.csv: the first column is misnamed
        InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFileException.class,
                () -> parse("incorrectCpuDescription,machineName,memory,machineType,startTime,endTime,country,region,"
                        + "cost,cpuUtilization,powerUsageEffectiveness,dailyUptime,weeklyUptime,monthlyUptime,"
                        + "annualUptime\nIntel(R) Xeon(R) CPU E5-2667 v3 @ 3.20GHz,65459,server,2020-11-02T00:53:03Z,"
                        + "2020-11-06T18:22:30.135082Z,United States,Texas,93.12,,,4,12,36,36\n"));
        assertThat(e.problems()).extracting(Problem::line, Problem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1L, "cpuDescription"),
                org.assertj.core.groups.Tuple.tuple(1L, "incorrectCpuDescription"));
        assertThat(e.getMessage()).contains("missing column 'cpuDescription'")
                .contains("unknown column 'incorrectCpuDescription'");
    }

    @Test
    void badCells_allReportedWithLineColumnAndValue() {
        InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFileException.class,
                () -> parse(HEADER
                        + "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz,a,lots,server,2024-01-01,2024-02-01,France,,,,,4,"
                        + "20,80,100\n"
                        + "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz,b,64,tablet,2024-01-01,2024-02-01,France,,,150,0.9,"
                        + "4,20,80,\n"
                        + "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz,c,64,server,2024-03-01,2024-02-01,France,,,,,0,20,"
                        + "80,100\n"));
        List<Problem> p = e.problems();
        assertThat(p).extracting(Problem::line, Problem::column, Problem::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2L, "memory", "lots"),
                org.assertj.core.groups.Tuple.tuple(3L, "cpuUtilization", "150"),
                org.assertj.core.groups.Tuple.tuple(3L, "powerUsageEffectiveness", "0.9"),
                org.assertj.core.groups.Tuple.tuple(3L, "annualUptime", ""),
                org.assertj.core.groups.Tuple.tuple(3L, "machineType", "tablet"),
                org.assertj.core.groups.Tuple.tuple(4L, "dailyUptime", "0"),
                org.assertj.core.groups.Tuple.tuple(4L, "endTime", "2024-02-01"));
        assertThat(e.getMessage()).contains("in.csv:2").contains("memory must be a number (GB, > 0), was 'lots'")
                .contains("cpuUtilization must be percent, 0-100, was 150")
                .contains("powerUsageEffectiveness must be >= 1 (or 0: not given), was 0.9")
                .contains("machineType must be one of server, laptop, desktop, was 'tablet'")
                .contains("endTime must not be before startTime");
    }

    @Test
    void zeroUtilisationAndPue_meanNotGiven_asInCcf_withNotices() {
        // CCF: `cpuUtilization ? cpuUtilization : 50`, `pue ? pue : 1.58`. Skylake, 4 h, 127.63 GB, United States:
        // 410.95 W × 4 / 1000 × 1.58 = 2.597204 kWh × 0.42394 = 1.10105866376 kg (CCF's "Compute" test figure)
        OnPremiseCsv csv = parse(HEADER + "Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz,a,127.626953125,server,"
                + "2022-01-17,2022-01-24,United States,,,0,0,4,12,36,36\n");
        assertThat(csv.rows().get(0).machine().utilisation()).isEmpty();
        assertThat(csv.rows().get(0).machine().pue()).isEmpty();
        assertThat(csv.notices()).hasSize(2).allMatch(n -> n.startsWith("in.csv:2: ") && n.contains("not given"));
        assertThat(ccfKg(csv.inventory(C, OnPremiseCsv.Uptime.DAILY))).isCloseTo(1.10105866376, withinPercentage(1));
    }

    @Test
    void zoneColumn_givesImpactGrid_ccfUnchanged() {
        // Belgium is not in CCF's list: CCF's Unknown average under its convention, the zone's grid under impact's
        OnPremiseCsv csv = OnPremiseCsv.parse("z.csv", ("cpuDescription,memory,machineType,startTime,endTime,"
                + "country,zone,dailyUptime,weeklyUptime,monthlyUptime,annualUptime\n"
                + "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz,32,desktop,2024-01-01,2024-12-31,Belgium,BE,9,45,180,2000\n")
                .getBytes(StandardCharsets.UTF_8));
        CloudCompute line = (CloudCompute) csv.inventory(C, OnPremiseCsv.Uptime.ANNUAL).lines().get(0);
        assertThat(line.zone()).contains("BE");
        assertThat(line.region()).isEmpty();
        // (15.9 + 0.5 × 55.8) = 43.8 W × 2000 / 1000 × 1.58 = 138.408 kWh; memory 32 GB − 19.55555556 = 12.44444444
        // GB × 2000 h × 0.000392 × 1.58 = 15.4151822 kWh; 153.8231822 kWh × 0.3228315385 = 49.6589746 kg
        assertThat(ccfKg(Inventory.of("z", line))).isCloseTo(49.6589746, withinPercentage(1));
    }
}
