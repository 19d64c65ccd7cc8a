package dev.impact.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read an inventory file.
 *
 * @param format      the layout, or {@link InventoryFormat#AUTO} to detect it (extension, then CSV header)
 * @param charset     a charset to use instead of detecting UTF-8 / Latin-1
 * @param glpiMapping a user mapping file for GLPI exports, tried before the bundled one
 */
public record ReadOptions(InventoryFormat format, Optional<Charset> charset, Optional<Path> glpiMapping) {
    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(glpiMapping, "glpiMapping");
    }

    /** Detect the format and the encoding; bundled GLPI mapping only. */
    public static ReadOptions defaults() {
        return new ReadOptions(InventoryFormat.AUTO, Optional.empty(), Optional.empty());
    }

    /** A copy reading this format. */
    public ReadOptions format(InventoryFormat f) {
        return new ReadOptions(f, charset, glpiMapping);
    }

    /** A copy reading this charset. */
    public ReadOptions charset(Charset c) {
        return new ReadOptions(format, Optional.of(c), glpiMapping);
    }

    /** A copy with this GLPI mapping file. */
    public ReadOptions glpiMapping(Path p) {
        return new ReadOptions(format, charset, Optional.of(p));
    }
}
