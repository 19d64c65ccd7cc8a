package dev.impact.spark.example;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A national-scale synthetic inventory in the impact layout, generated where it is used (no data on the driver):
 * lines spread over 34 955 communes in 13 regions, 8 sites per commune, with device fleets over 10 categories
 * (94 %), network traffic (4 %), storage (1 %), servers (0.5 %) and cloud (0.5 %), quantities and purchase years
 * drawn from a hash of (line id, seed): the same dataset for the same size and seed, however Spark splits it. One
 * line in 10 000 has a quantity of 0, which the assessment must report as a problem. Not real data: a load for
 * tests, demonstrations and benchmarks.
 */
public final class SyntheticInventory {
    /** Communes in France (INSEE, 1 January 2024: 34 935; rounded up). */
    static final int COMMUNES = 34_955;
    private static final String[] DEVICES = {"laptop", "desktop-pro", "monitor", "smartphone", "tablet",
        "printer-mfp", "ip-phone", "switch", "wifi-access-point", "tv"};

    private SyntheticInventory() {
    }

    /** {@code lines} lines ({@code line_id} 0 to lines − 1) with the given seed. */
    public static Dataset<Row> generate(SparkSession spark, long lines, long seed) {
        Column id = col("id");
        Column commune = pmod(hash(id, seed, 1), lit(COMMUNES));
        Column pick = pmod(hash(id, seed, 2), lit(1000));
        Column kind = when(pick.lt(940), "device").when(pick.lt(980), "network").when(pick.lt(990), "storage")
                .when(pick.lt(995), "server").otherwise("cloud");
        Column r = pmod(hash(id, seed, 3), lit(1_000_000));
        Column k = col("kind");
        Column[] devices = new Column[DEVICES.length];
        for (int i = 0; i < DEVICES.length; i++) {
            devices[i] = lit(DEVICES[i]);
        }
        Column quantity = when(pmod(hash(id, seed, 4), lit(10_000)).equalTo(0), lit(0.0))
                .when(k.equalTo("device"), pmod(r, lit(40)).plus(1))
                .when(k.equalTo("network"), pmod(r, lit(100_000)).plus(100))
                .when(k.equalTo("storage"), pmod(r, lit(50)).plus(1))
                .when(k.equalTo("server"), pmod(r, lit(8)).plus(1))
                .otherwise(pmod(r, lit(100_000)).plus(1000)).cast("double");
        Column equipment = k.isin("device", "server");
        Column server = k.equalTo("server");
        return spark.range(lines)
                .withColumn("commune_number", commune)
                .withColumn("kind", kind)
                .select(id.as("line_id"),
                        concat(lit("R"), lpad(pmod(col("commune_number"), lit(13)).plus(1).cast("string"), 2, "0"))
                                .as("region"),
                        concat(lit("C"), lpad(col("commune_number").cast("string"), 5, "0")).as("commune"),
                        concat(lit("site-"), pmod(hash(id, seed, 5), lit(8)).cast("string")).as("site"),
                        k,
                        when(k.equalTo("device"), element_at(array(devices),
                                pmod(hash(id, seed, 6), lit(DEVICES.length)).plus(1).cast("int"))).as("category"),
                        quantity.as("quantity"),
                        when(equipment, pmod(hash(id, seed, 7), lit(9)).plus(2016).cast("int")).as("purchase_year"),
                        when(k.equalTo("network"), when(pmod(r, lit(4)).equalTo(0), "mobile").otherwise("fixed"))
                                .as("network_kind"),
                        when(k.equalTo("storage"), when(pmod(r, lit(3)).equalTo(0), "ssd").otherwise("hdd"))
                                .as("medium"),
                        when(k.equalTo("cloud"), element_at(array(lit("aws"), lit("azure"), lit("gcp")),
                                pmod(r, lit(3)).plus(1).cast("int"))).as("provider"),
                        when(server, lit(2)).as("cpu_units"),
                        when(server, lit(16)).as("cpu_cores"),
                        when(server, lit(12)).as("ram_units"),
                        when(server, lit(32.0)).as("ram_gb"),
                        when(server, lit(0.3)).as("load"),
                        when(server.or(k.equalTo("storage")), lit(1.8)).as("pue"));
    }

    private static Column hash(Column id, long seed, int stream) {
        return xxhash64(id, lit(seed), lit(stream));
    }
}
