package dev.impact.factors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.SimpleFactorCatalog;
import dev.impact.factor.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads one dataset version: reads {@code manifest.json}, checks every file's SHA-256, reads sources, zones,
 * factors and parameters, validates them, and builds an immutable {@link Catalog}.
 *
 * <p>File roles by name: {@code sources*.csv} publications, {@code zones.csv} zones, {@code parameters*.csv}
 * parameters, {@code specs*.csv} spec tables (one row of several parameters, see {@link Rows#specs}), any other
 * {@code *.csv} factors.
 */
final class DatasetLoader {
    static final String ROOT = "/dev/impact/factors/data/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetLoader() {
    }

    /** Opens a resource of a dataset, as bytes. */
    interface Files {
        byte[] read(String name) throws IOException;
    }

    static Catalog loadResource(String version) {
        return load(version, name -> {
            try (InputStream in = DatasetLoader.class.getResourceAsStream(ROOT + version + "/" + name)) {
                if (in == null) {
                    throw new IOException("resource " + ROOT + version + "/" + name + " not found");
                }
                return in.readAllBytes();
            }
        });
    }

    static Catalog load(String version, Files files) {
        JsonNode manifest;
        try {
            manifest = JSON.readTree(files.read("manifest.json"));
        } catch (IOException e) {
            throw new DataFileException(version + "/manifest.json", 0, "", "cannot be read: " + e.getMessage());
        }
        String mf = version + "/manifest.json";
        if (!version.equals(manifest.path("version").asText())) {
            throw new DataFileException(mf, 0, "version", "is '" + manifest.path("version").asText()
                    + "', expected '" + version + "'");
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        MessageDigest all = sha256();
        for (JsonNode f : manifest.path("files")) {
            String name = f.path("name").asText();
            String expected = f.path("sha256").asText();
            byte[] bytes;
            try {
                bytes = files.read(name);
            } catch (IOException e) {
                throw new DataFileException(mf, 0, "files", "lists " + name + ", which cannot be read: "
                        + e.getMessage());
            }
            String actual = HexFormat.of().formatHex(sha256().digest(bytes));
            if (!actual.equals(expected)) {
                throw new DataFileException(version + "/" + name, 0, "", "checksum mismatch: manifest says "
                        + expected + ", file is " + actual + " (run impact-factors/update-manifest.sh after editing"
                        + " a data file)");
            }
            all.update((name + "  " + actual + "\n").getBytes(StandardCharsets.UTF_8));
            contents.put(name, bytes);
        }
        if (contents.isEmpty()) {
            throw new DataFileException(mf, 0, "files", "lists no file");
        }
        List<String> preference = new ArrayList<>();
        manifest.path("sourcePreference").forEach(n -> preference.add(n.asText()));
        String checksum = "sha256:" + HexFormat.of().formatHex(all.digest());

        Map<String, Source> sources = new LinkedHashMap<>();
        List<Zone> zones = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("sources")) {
                CsvTable t = table(version, name, e.getValue());
                Rows.requireColumns(t, Rows.SOURCE_COLUMNS, true);
                for (CsvTable.Row r : t.rows) {
                    Source s = Rows.source(r);
                    if (sources.putIfAbsent(s.id(), s) != null) {
                        throw r.error("id", "duplicate source id '" + s.id() + "'");
                    }
                }
            } else if (name.equals("zones.csv")) {
                for (String[] z : Rows.zones(table(version, name, e.getValue()))) {
                    zones.add(new Zone(z[0], z[1], z[2], z[3], z[4].isEmpty() ? List.of()
                            : Arrays.asList(z[4].split(";"))));
                }
            }
        }
        Set<String> zoneCodes = new HashSet<>();
        zones.forEach(z -> zoneCodes.add(z.code()));
        for (String p : preference) {
            if (!sources.containsKey(p)) {
                throw new DataFileException(mf, 0, "sourcePreference", "names unknown source '" + p + "'");
            }
        }
        SimpleFactorCatalog.Builder b = FactorCatalog.builder().name("impact built-in factors").version(version)
                .checksum(checksum).preferSources(preference);
        Map<String, String> factorIds = new HashMap<>();
        Map<String, String> parameterIds = new HashMap<>();
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("sources") || name.equals("zones.csv")) {
                continue;
            }
            CsvTable t = table(version, name, e.getValue());
            if (name.startsWith("specs")) {
                Rows.requireSpecColumns(t);
                for (CsvTable.Row r : t.rows) {
                    String where = t.file + " line " + r.line;
                    for (var p : Rows.specs(t, r, sources::get, zoneCodes)) {
                        String before = parameterIds.putIfAbsent(p.id(), where);
                        if (before != null) {
                            throw r.error("id", "duplicate parameter id '" + p.id() + "' (first at " + before + ")");
                        }
                        b.add(p);
                    }
                }
            } else if (name.startsWith("parameters")) {
                Rows.requireColumns(t, Rows.PARAMETER_COLUMNS, true);
                for (CsvTable.Row r : t.rows) {
                    var p = Rows.parameter(r, sources::get, zoneCodes);
                    String where = t.file + " line " + r.line;
                    String before = parameterIds.putIfAbsent(p.id(), where);
                    if (before != null) {
                        throw r.error("id", "duplicate parameter id '" + p.id() + "' (first at " + before + ")");
                    }
                    b.add(p);
                }
            } else {
                Rows.requireColumns(t, Rows.FACTOR_COLUMNS, true);
                var cols = Rows.valueColumns(t, Set.of());
                for (CsvTable.Row r : t.rows) {
                    var f = Rows.factor(r, cols, sources::get, zoneCodes);
                    String where = t.file + " line " + r.line;
                    String before = factorIds.putIfAbsent(f.id(), where);
                    if (before != null) {
                        throw r.error("id", "duplicate factor id '" + f.id() + "' (first at " + before + ")");
                    }
                    b.add(f);
                }
            }
        }
        return new Catalog(b.build(), sources, zones);
    }

    private static CsvTable table(String version, String name, byte[] bytes) {
        return CsvTable.read(version + "/" + name, new ByteArrayInputStream(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
