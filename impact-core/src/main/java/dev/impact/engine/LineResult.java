package dev.impact.engine;

import dev.impact.inventory.InventoryLine;
import dev.impact.measure.Footprint;
import java.util.List;
import java.util.Objects;

/**
 * The footprint of one inventory line over the assessment's period, with the factors it used and the inputs the
 * engine completed.
 *
 * @param line      the line as given
 * @param footprint its footprint (whole line: all units)
 * @param factorIds    ids of the factors used
 * @param parameterIds ids of the parameters used (model constants, and the archetype defaults this line took)
 * @param defaults     inputs completed by the engine (empty when the user gave everything)
 */
public record LineResult(InventoryLine line, Footprint footprint, List<String> factorIds, List<String> parameterIds,
                         List<AppliedDefault> defaults) {
    public LineResult {
        Objects.requireNonNull(factorIds, "factorIds");
        Objects.requireNonNull(parameterIds, "parameterIds");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(footprint, "footprint");
        factorIds = List.copyOf(factorIds);
        parameterIds = List.copyOf(parameterIds);
        defaults = List.copyOf(defaults);
    }
}
