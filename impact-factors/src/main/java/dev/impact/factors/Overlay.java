package dev.impact.factors;

import dev.impact.factor.Factor;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.Parameter;
import dev.impact.factor.SimpleFactorCatalog;
import dev.impact.factor.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's own factors or parameters layered over a catalog. The overlay file has the layout of a dataset factor
 * file or parameter file; a row whose {@code source} is not a known source id defines its source inline in the
 * optional columns {@code source_title, source_publisher, source_year, source_locator, source_licence}.
 */
final class Overlay {
    private Overlay() {
    }

    static Catalog apply(Catalog base, Path file) {
        CsvTable t;
        try (InputStream in = Files.newInputStream(file)) {
            t = CsvTable.read(file.toString(), in);
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "", "cannot be read: " + e.getMessage());
        }
        boolean parameters = t.hasColumn("value") && !t.hasColumn("key");
        Rows.requireColumns(t, parameters ? Rows.PARAMETER_COLUMNS : Rows.FACTOR_COLUMNS, true);
        Map<String, Source> sources = new LinkedHashMap<>(base.sources());
        List<String> newSources = new ArrayList<>();
        Set<String> zoneCodes = new HashSet<>();
        base.zones().forEach(z -> zoneCodes.add(z.code()));
        SimpleFactorCatalog.Builder b = FactorCatalog.builder().from(base.delegate());
        Map<String, Long> seen = new HashMap<>();
        var cols = parameters ? null : Rows.valueColumns(t, new HashSet<>(Rows.INLINE_SOURCE_COLUMNS));
        for (CsvTable.Row r : t.rows) {
            String sourceId = r.required("source");
            if (!sources.containsKey(sourceId) || !r.get("source_title").isEmpty()) {
                if (r.get("source_title").isEmpty()) {
                    throw r.error("source", "unknown source '" + sourceId + "'; use a built-in source id or describe"
                            + " the source in the source_title, source_publisher, source_year, source_locator and"
                            + " source_licence columns");
                }
                Source s = new Source(sourceId, r.required("source_title"), r.required("source_publisher"),
                        r.integer("source_year", 1900, 2100), r.required("source_locator"),
                        r.required("source_licence"));
                Source before = sources.put(sourceId, s);
                if (before != null && !before.equals(s) && !newSources.contains(sourceId)) {
                    throw r.error("source", "source id '" + sourceId + "' is already a built-in source; choose"
                            + " another id for your own");
                }
                if (!newSources.contains(sourceId)) {
                    newSources.add(sourceId);
                }
            }
            String id = Rows.id(r, "id");
            Long first = seen.putIfAbsent(id, r.line);
            if (first != null) {
                throw r.error("id", "duplicate id '" + id + "' (first at line " + first + ")");
            }
            if (parameters) {
                Parameter p = Rows.parameter(r, sources::get, zoneCodes);
                b.replace(p);
            } else {
                Factor f = Rows.factor(r, cols, sources::get, zoneCodes);
                b.replace(f);
            }
        }
        b.preferSourcesFirst(newSources);
        b.name(base.name() + " + " + file.getFileName());
        b.checksum(base.checksum() + " + overlay sha256:" + sha256(file));
        return new Catalog(b.build(), sources, base.zones());
    }

    private static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(DatasetLoader.sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "", "cannot be read: " + e.getMessage());
        }
    }
}
