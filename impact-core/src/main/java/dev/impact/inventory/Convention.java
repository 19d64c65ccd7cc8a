package dev.impact.inventory;

import dev.impact.internal.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whose conventions and data a line is assessed with: impact's own (the default), or a named peer tool's, so that a
 * user arriving from that tool gets the number it would give. A convention decides the choices a peer makes for the
 * same inputs: the grid source, the PUE, the allocation cap, rounding. It is set for a whole assessment
 * ({@code AssessmentOptions.convention}, {@code Assessor.convention}, the CLI's {@code --convention}) and, for the
 * line kinds that take it (see each kind's {@code convention} method), for one line; a line's setting wins.
 *
 * <pre>{@code
 * Assessment asCo2js = Impact.using(catalog).convention(Convention.CO2JS).assess(inventory);
 * NetworkTransfer line = NetworkTransfer.ofGb(1).model(NetworkModel.SWD_V4).zone("FR").convention(Convention.CO2JS);
 * }</pre>
 *
 * <p>The convention in force is recorded in the result ({@code Assessment.options().convention()}, and each line's
 * own). What each value changes today is stated on it; a value that changes nothing yet says so.
 */
public enum Convention {
    /** impact's own conventions and data (the catalog's source preference, zone grid factors, PUEs): the default. */
    IMPACT,
    /**
     * co2.js (The Green Web Foundation, {@code @tgwf/co2} 0.19.0): network transfer lines with the Sustainable Web
     * Design and OneByte models take co2.js's own grid data (its bundled Ember annual average intensity for the
     * line's zone, climate change only) instead of the catalog's grid factor for the zone, so their result equals
     * co2.js's for every zone co2.js has. Other line kinds are assessed as under {@link #IMPACT}: co2.js has no model
     * for them.
     */
    CO2JS,
    /**
     * Cloud Carbon Footprint (Thoughtworks). Recorded in the result; it does not yet change any number: the cloud and
     * storage models that follow CCF's per-region factors and PUEs under it are being added (issue 13). Until then
     * lines are assessed as under {@link #IMPACT}.
     */
    CCF,
    /**
     * BoaviztAPI (Boavizta). Recorded in the result; it does not yet change any number: the server and component
     * models that follow BoaviztAPI's conventions under it are being added (issue 13). Until then lines are assessed
     * as under {@link #IMPACT}.
     */
    BOAVIZTAPI;

    /** The name as users type it: lower case ({@code impact}, {@code co2js}, {@code ccf}, {@code boaviztapi}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The convention named {@code name}, case-insensitive ({@code "co2js"}, {@code "CO2JS"}; {@code "co2.js"} and
     * {@code "boavizta"} are also taken).
     *
     * @throws IllegalArgumentException naming the value, the known conventions and the closest ones
     */
    public static Convention of(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.trim().toUpperCase(Locale.ROOT).replace(".", "").replace("-", "").replace("_", "");
        for (Convention c : values()) {
            if (c.name().equals(n)) {
                return c;
            }
        }
        if (n.equals("BOAVIZTA")) {
            return BOAVIZTAPI;
        }
        List<String> known = new ArrayList<>();
        for (Convention c : values()) {
            known.add(c.label());
        }
        throw new IllegalArgumentException("convention must be one of " + String.join(", ", known) + ", was '"
                + name + "'" + Suggestions.didYouMean(name.trim().toLowerCase(Locale.ROOT), known));
    }
}
