package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.StorageMedium;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cloud columns of issue 13 (region, service, microarchitecture, instance_type, network_gb, storage provider). */
class CloudColumnsTest {
    @TempDir
    Path dir;

    private static final String CSV = "kind,label,quantity,medium,provider,cloud_region,service,microarchitecture,"
            + "instance_type,network_gb,utilisation\n"
            + "cloud,batch,1000,,aws,eu-west-3,,Skylake,m5.xlarge,120,0.3\n"
            + "storage,s3,10,hdd,aws,us-east-1,s3,,,,\n"
            + "storage,orphan,1,,,eu-west-3,,,,,\n"
            + "cloud,bad,10,,gcp,,,,,-4,\n";

    @Test
    void csv_readsTheNewColumns_andReportsTheirProblems() throws Exception {
        Path f = dir.resolve("cloud.csv");
        Files.writeString(f, CSV, StandardCharsets.UTF_8);
        List<InventoryLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                e.line().ifPresent(lines::add);
                e.problems().forEach(p -> problems.add(p.line() + " " + p.column() + ": " + p.reason()));
            }
        }
        assertThat(lines).containsExactly(
                CloudCompute.of("aws", 1000).label("batch").region("eu-west-3").microarchitecture("skylake")
                        .instanceType("m5.xlarge").networkGb(120).utilisation(0.3),
                DataStorage.ofTbYears(10).label("s3").medium(StorageMedium.HDD).provider("aws").region("us-east-1")
                        .service("s3"));
        assertThat(problems).containsExactly(
                "4 cloud_region: region needs the storage's cloud provider (provider aws, azure or gcp)",
                "5 network_gb: networkGb must be a finite number >= 0 (GB), was -4.0");
    }

    @Test
    void csv_writesAndReadsBackTheNewColumns() throws Exception {
        List<InventoryLine> lines = List.of(
                CloudCompute.of("azure", 500).region("francecentral").microarchitecture("epyc-2nd-gen").networkGb(3),
                DataStorage.ofTbYears(2).provider("gcp").region("europe-west1").service("storage-multi-region"));
        StringWriter out = new StringWriter();
        InventoryFiles.write("t", lines, InventoryFormat.CSV, out);
        Path f = dir.resolve("back.csv");
        Files.writeString(f, out.toString(), StandardCharsets.UTF_8);
        assertThat(InventoryFiles.read(f).lines()).containsExactlyElementsOf(lines);
    }

    @Test
    void csv_readsGpuAndTransferOnlyLines_andWritesThemBack() throws Exception {
        String csv = "kind,label,quantity,provider,cloud_region,instance_type,network_gb,gpu_hours,cloud_gpu\n"
                + "cloud,p3,2304,aws,us-east-1,,,192,Nvidia Tesla V100\n"
                + "cloud,egress,0,aws,eu-west-3,,500,,\n"
                + "cloud,vm,2920,azure,westeurope,Standard_D4s_v3,,,\n"
                + "cloud,empty,0,gcp,,,,,\n"
                + "cloud,half,10,aws,,,,5,\n";
        Path f = dir.resolve("gpu.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        List<InventoryLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(f, ReadOptions.defaults())) {
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                e.line().ifPresent(lines::add);
                e.problems().forEach(p -> problems.add(p.line() + " " + p.column() + ": " + p.reason()));
            }
        }
        List<InventoryLine> expected = List.of(
                CloudCompute.of("aws", 2304).label("p3").region("us-east-1").gpu("Nvidia Tesla V100", 192),
                CloudCompute.transfer("aws", 500).label("egress").region("eu-west-3"),
                CloudCompute.of("azure", 2920).label("vm").region("westeurope").instanceType("d4s-v3"));
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("5 quantity: vcpuHours is 0");
        assertThat(problems.get(1)).startsWith("6 cloud_gpu: gpu_hours and cloud_gpu go together");
        StringWriter out = new StringWriter();
        InventoryFiles.write("t", expected, InventoryFormat.CSV, out);
        Path back = dir.resolve("gpu-back.csv");
        Files.writeString(back, out.toString(), StandardCharsets.UTF_8);
        List<InventoryLine> read = new ArrayList<>();
        try (InventoryReader r = InventoryFiles.open(back, ReadOptions.defaults())) {
            for (InventoryEntry e = r.next(); e != null; e = r.next()) {
                assertThat(e.problems()).isEmpty();
                e.line().ifPresent(read::add);
            }
        }
        assertThat(read).containsExactlyElementsOf(expected);
    }
}
