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
     * Cloud Carbon Footprint (Thoughtworks; constants of {@code @cloud-carbon-footprint/aws} 0.15.0, {@code azure}
     * 1.8.0, {@code core} 0.17.3 and the GCP package at commit b7a049c): cloud compute lines, and storage lines at a
     * provider, take CCF's emission factor for their provider region ({@code cloud.<provider>.region.<region>}; for a
     * line without a region, CCF's provider average {@code cloud.<provider>.region.unknown}, with a notice) instead of
     * the zone's grid factor, CCF's PUEs and defaults (as impact's own for these lines: provider PUE, 50 %
     * utilisation), and CCF's scope: no embodied emissions for storage, and for compute only from a named instance
     * type (for AWS and Azure as CCF's code computes it: 1/vCPU of its published formula). Other line kinds are assessed as under {@link #IMPACT}: CCF has no model for them.
     */
    CCF,
    /**
     * BoaviztAPI (Boavizta, 2.4.1). Server lines ({@code ServerFleet}): with a TDP, the CPU power follows BoaviztAPI's
     * logarithmic curve refitted through the TDP points instead of impact's straight lines between them; no PUE
     * unless the line gives one; BoaviztAPI's own grid factors for the zone where the catalog has them. Device lines
     * ({@code DeviceFleet}): BoaviztAPI's terminal and peripheral archetypes (embedded impact, average power × use-time
     * ratio, its grid factors, no PUE); devices it has no figures for keep impact's, with a notice. Equipment
     * lines (servers and devices) in yearly accounting: the embodied share of a period is capped at 1
     * ({@code min(1, period / lifetime)}, BoaviztAPI's {@code duration / hours_life_time}). Other line kinds are
     * assessed as under {@link #IMPACT}. See PEERS.md, "BoaviztAPI".
     */
    BOAVIZTAPI,
    /**
     * NumEcoEval (the French ministry for ecological transition's calculator, and G4IT built on it): its rules per
     * item, step and criterion over a NumEcoEval lot and its référentiel (lifetime from the dates in days ÷ 365, usage
     * rate COPE/BYOD, mix × PUE, virtual equipment and application shares). They need a lot and a référentiel, not
     * inventory lines: impact-io's {@code dev.impact.io.numecoeval.NumEcoEval} computes them, and the CLI applies this
     * convention to a lot directory ({@code impact assess DIR --convention numecoeval}) only. Inventory lines assessed
     * under it through the engine are assessed as under {@link #IMPACT}.
     */
    NUMECOEVAL;

    /**
     * The name as users type it: lower case ({@code impact}, {@code co2js}, {@code ccf}, {@code boaviztapi},
     * {@code numecoeval}).
     */
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
