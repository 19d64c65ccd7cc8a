package dev.impact.engine;

import dev.impact.factor.Parameter;
import dev.impact.inventory.Convention;
import dev.impact.inventory.LineRejectedException;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.WebSegment;
import dev.impact.measure.Footprint;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Sustainable Web Design models (v3, v4) of a network transfer line, their per-visit scaling and their segments,
 * and what the {@link Convention#CO2JS} convention changes for them and for OneByte. Plans are made once per kind of
 * line ({@link ActivityModels}); a line's scales are a few multiplications.
 *
 * <p>Per GB (× the visit factor for a line of visits, {@link #visitedGb}):
 * <ul>
 * <li>SWD v4: operational kWh data centre 0.055, network 0.059, device 0.080; embodied 0.012, 0.013, 0.081 at the
 *     model's fixed 494 g/kWh (manufacture, climate change only); a green share g of the data centre counts 0.</li>
 * <li>SWD v3: 0.81 kWh × device 52 %, network 14 %, data centre 15 % (operational) and production 19 % at the world
 *     intensity (co2.js 0.19.0: 472.94 g/kWh; manufacture, climate change only); a green share of the data centre
 *     counts at 50 g/kWh.</li>
 * </ul>
 * Operational energy runs on the zone's grid factor (all indicators) unless the line's grid is climate-only: the
 * model's own intensity ({@code modelGridIntensity()}), a segment on a grid of its own, or {@link Convention#CO2JS}
 * (co2.js's grid data, {@code co2js.grid.<zone>}, for the line's zone; the model's global intensity for a line that
 * gives no zone, as co2.js without a country).
 */
final class WebModels {
    private WebModels() {
    }

    /** What a web plan holds: the model's constants and, for the climate-only path, each segment's intensity. */
    static final class Web {
        final NetworkModel model;
        /** Operational kWh per GB: data centre, network, device. */
        final double opDc;
        final double opNet;
        final double opDev;
        /** Embodied kWh per GB (v4: data centre, network, device; v3: production only, in {@code production}). */
        final double embDc;
        final double embNet;
        final double embDev;
        final double production;
        /** The intensity of embodied (production) energy and of a green data centre's, kg per kWh. */
        final double embodiedKgPerKWh;
        final double greenKgPerKWh;
        /** The visit factor of a line of visits that gives no shares. */
        final double defaultVisitFactor;
        /** True: every segment at its own climate-only intensity ({@code seg}); false: the zone's grid factor. */
        final boolean climate;
        /** kg per kWh by {@link WebSegment} ordinal (climate path), or the zone grid's climate change (grid path). */
        final double[] seg;

        Web(NetworkModel model, double opDc, double opNet, double opDev, double embDc, double embNet, double embDev,
            double production, double embodiedKgPerKWh, double greenKgPerKWh, double defaultVisitFactor,
            boolean climate, double[] seg) {
            this.model = model;
            this.opDc = opDc;
            this.opNet = opNet;
            this.opDev = opDev;
            this.embDc = embDc;
            this.embNet = embNet;
            this.embDev = embDev;
            this.production = production;
            this.embodiedKgPerKWh = embodiedKgPerKWh;
            this.greenKgPerKWh = greenKgPerKWh;
            this.defaultVisitFactor = defaultVisitFactor;
            this.climate = climate;
            this.seg = seg;
        }

        /** kg per kWh of {@code segment} for line {@code n}: its own number, else the plan's. */
        double intensity(NetworkTransfer n, WebSegment segment) {
            OptionalDouble own = n.segmentGridIntensity(segment);
            return own.isPresent() ? own.getAsDouble() / 1000 : seg[segment.ordinal()];
        }

        /**
         * The line's scales per GB of its volume (the plan multiplies them by the volume): climate path {@code u[0]} =
         * operational kgCO2e (part a: climate, use); grid path {@code u[0]} = operational kWh on the zone grid (part a:
         * the grid factor) and {@code u[2]} = kgCO2e of the green data centre (part c: climate, use; SWD v3);
         * {@code u[1]} = embodied kgCO2e (part b: climate, manufacture).
         */
        void unitScales(NetworkTransfer n, double[] u) {
            // per GB of the line's volume: the visit factor f (1 for a volume) times each path's kWh or kg per GB
            double f = visitFactor(n, defaultVisitFactor);
            double g = n.greenHosting();
            if (climate) {
                u[0] = f * (opDc * ((1 - g) * intensity(n, WebSegment.DATA_CENTRE) + g * greenKgPerKWh)
                        + opNet * intensity(n, WebSegment.NETWORK) + opDev * intensity(n, WebSegment.DEVICE));
            } else {
                u[0] = f * (opDc * (1 - g) + opNet + opDev);
                u[2] = f * opDc * g * greenKgPerKWh;
            }
            u[1] = f * (embDc + embNet + embDev + production) * embodiedKgPerKWh;
        }

        /** The line's segments, kgCO2e (climate change). */
        WebSegments segments(NetworkTransfer n) {
            double gb = visitedGb(n, defaultVisitFactor);
            double g = n.greenHosting();
            double dc = intensity(n, WebSegment.DATA_CENTRE);
            return new WebSegments(model, gb * opDc * ((1 - g) * dc + g * greenKgPerKWh),
                    gb * opNet * intensity(n, WebSegment.NETWORK), gb * opDev * intensity(n, WebSegment.DEVICE),
                    gb * embDc * embodiedKgPerKWh, gb * embNet * embodiedKgPerKWh, gb * embDev * embodiedKgPerKWh,
                    gb * production * embodiedKgPerKWh);
        }
    }

    /**
     * The line's GB × its visit factor: 1 for a volume; for a line of visits, first + returning × reloaded (its own
     * shares, else {@code defaultFactor}).
     */
    static double visitedGb(NetworkTransfer n, double defaultFactor) {
        return n.volumeGb() * visitFactor(n, defaultFactor);
    }

    /**
     * The GB loaded per GB of the line's volume: 1 for a volume; for a line of visits, first + returning × reloaded
     * (its own shares, else {@code defaultFactor}).
     */
    static double visitFactor(NetworkTransfer n, double defaultFactor) {
        if (n.visits().isEmpty()) {
            return 1;
        }
        OptionalDouble first = n.firstVisitShare();
        return first.isPresent() ? first.getAsDouble() + n.returningVisitShare().getAsDouble()
                * n.reloadedShare().getAsDouble() : defaultFactor;
    }

    /**
     * The visit factor of the line's model when a line of visits gives no shares (recorded as a default): SWD v3's
     * published shares (first 0.75 + returning 0.25 × reloaded 0.02 = 0.755), else 1 (every visit loads the whole
     * page, co2.js's SWD v4 default); 1 for a volume.
     */
    static double defaultVisitFactor(ActivityModels.Work w, NetworkTransfer n) {
        if (n.visits().isEmpty() || n.firstVisitShare().isPresent()) {
            return 1;
        }
        if (n.model() == NetworkModel.SWD_V3) {
            Parameter first = w.r.parameter("swd3.visit.first", "SWD v3 model");
            Parameter returning = w.r.parameter("swd3.visit.returning", "SWD v3 model");
            Parameter reload = w.r.parameter("swd3.visit.reload", "SWD v3 model");
            double f = w.use(first) + w.use(returning) * w.use(reload);
            w.defaults.add(AppliedDefault.numeric("visitShares", f, "", InputStatus.ARCHETYPE,
                    "first " + first.value() + " + returning " + returning.value() + " × reloaded " + reload.value()
                            + " (swd3.visit.*)", Resolver.cite(first)));
            return f;
        }
        w.defaults.add(AppliedDefault.numeric("visitShares", 1, "", InputStatus.COMPLETED,
                "every visit loads the whole page (first 1, returning 0, as co2.js's SWD v4)", ""));
        return 1;
    }

    /** Refuses segment grids on a model without segments. */
    static void requireNoSegmentGrids(NetworkTransfer n) {
        if (n.hasSegmentGrids()) {
            throw new LineRejectedException("segmentGrid", n.segmentGridKey(), "per-segment grids apply to the"
                    + " SWD_V3 and SWD_V4 models; this line uses " + n.model());
        }
    }

    /** The SWD plan of line {@code n} ({@code zoneDefaulted}: the line gives no zone). */
    static ActivityModels.Plan swd(ActivityModels.Work w, NetworkTransfer n, boolean zoneDefaulted) {
        boolean v3 = n.model() == NetworkModel.SWD_V3;
        double opDc;
        double opNet;
        double opDev;
        double embDc = 0;
        double embNet = 0;
        double embDev = 0;
        double production = 0;
        double global;
        double green;
        if (v3) {
            double kWh = w.param("swd3.energy", "SWD v3 model");
            opDc = kWh * w.param("swd3.share.datacenter", "SWD v3 model");
            opNet = kWh * w.param("swd3.share.network", "SWD v3 model");
            opDev = kWh * w.param("swd3.share.device", "SWD v3 model");
            production = kWh * w.param("swd3.share.production", "SWD v3 model");
            global = w.param("swd3.grid.global", "SWD v3 model") / 1000;
            green = w.param("swd3.grid.renewables", "SWD v3 model") / 1000;
        } else {
            opDc = w.param("swd4.operational.datacenter", "SWD v4 model");
            opNet = w.param("swd4.operational.network", "SWD v4 model");
            opDev = w.param("swd4.operational.device", "SWD v4 model");
            embDc = w.param("swd4.embodied.datacenter", "SWD v4 model");
            embNet = w.param("swd4.embodied.network", "SWD v4 model");
            embDev = w.param("swd4.embodied.device", "SWD v4 model");
            global = w.param("swd4.grid.global", "SWD v4 model") / 1000;
            green = 0;
        }
        double visitFactor = defaultVisitFactor(w, n);
        boolean co2js = w.convention == Convention.CO2JS;
        boolean climate = co2js || n.usesModelGridIntensity() || n.hasSegmentGrids();
        Footprint c = !climate && green > 0 ? ActivityModels.CLIMATE_USE : null;
        if (!climate) {
            Resolver.Resolved grid = w.grid();
            double[] seg = new double[3];
            java.util.Arrays.fill(seg, grid.values().value(Phase.USE, Indicator.CLIMATE_CHANGE));
            Web web = new Web(n.model(), opDc, opNet, opDev, embDc, embNet, embDev, production, global, green,
                    visitFactor, false, seg);
            return new ActivityModels.Plan(w, ActivityModels.SWD_GRID, grid.values().onlyPhases(Phase.USE),
                    ActivityModels.CLIMATE_MANUFACTURE, 0, 0, 0, 0, visitFactor, false, grid.pieces(Phase.USE), null,
                    ActivityModels.NONE, ActivityModels.NONE, null, null, web, c);
        }
        // the line's own grid for the segments that have none of their own
        double lineGrid;
        if (n.usesModelGridIntensity()) {
            lineGrid = global;
        } else if (co2js && zoneDefaulted) {
            // co2.js without a country: the model's global intensity
            w.defaults.remove(w.zoneDefault);
            w.defaults.add(AppliedDefault.numeric("zone", global * 1000, "g/kWh", InputStatus.DEFAULT,
                    "no zone given: co2.js's global intensity of " + (v3 ? "SWD v3" : "SWD v4")
                            + " (convention co2js)", ""));
            lineGrid = global;
        } else {
            lineGrid = climatePerKWh(w, w.zone, "zone");
        }
        double[] seg = new double[3];
        for (WebSegment s : WebSegment.values()) {
            Optional<String> z = n.segmentGrid(s);
            seg[s.ordinal()] = z.isPresent() ? climatePerKWh(w, z.get(), "segmentGrid") : lineGrid;
        }
        Web web = new Web(n.model(), opDc, opNet, opDev, embDc, embNet, embDev, production, global, green,
                visitFactor, true, seg);
        return new ActivityModels.Plan(w, ActivityModels.SWD_CLIMATE, ActivityModels.CLIMATE_USE,
                ActivityModels.CLIMATE_MANUFACTURE, 0, 0, 0, 0, visitFactor, false, null, null, ActivityModels.NONE,
                ActivityModels.NONE, null, null, web, null);
    }

    /**
     * The climate change of one kWh in {@code zone}, kg: co2.js's intensity ({@code co2js.grid.<zone>}) under
     * {@link Convention#CO2JS}, else the zone's grid factor for the reporting year.
     */
    private static double climatePerKWh(ActivityModels.Work w, String zone, String field) {
        if (w.convention == Convention.CO2JS) {
            Optional<Parameter> p = w.r.optionalParameter("co2js.grid." + zone);
            if (p.isEmpty()) {
                throw new LineRejectedException(field, zone, "co2.js 0.19.0's grid data (co2js.grid.*) has no"
                        + " intensity for zone '" + zone + "'; give a zone it has, a segment grid intensity in g/kWh,"
                        + " or the model's own intensity (modelGridIntensity)");
            }
            return w.use(p.get()) / 1000;
        }
        Resolver.Resolved f = w.r.factor("electricity." + zone, "electricity zone '" + zone + "'");
        w.use(f);
        return f.values().value(Phase.USE, Indicator.CLIMATE_CHANGE);
    }

    /**
     * OneByte under {@link Convention#CO2JS}: co2.js's OneByte, which takes no grid and no network kind: the mean of
     * wired, Wi-Fi and 4G network energy and the model's 519 g/kWh (475 for the network with a green host).
     */
    static ActivityModels.Plan oneByteCo2js(ActivityModels.Work w, NetworkTransfer n) {
        double dc = w.param("onebyte.datacenter", "OneByte model");
        double net = (w.param("onebyte.network.wired", "OneByte model") + w.param("onebyte.network.wifi",
                "OneByte model") + w.param("onebyte.network.4g", "OneByte model")) / 3;
        double grey = w.param("onebyte.grid.grey", "OneByte model") / 1000;
        double greenNet = w.param("onebyte.grid.green.network", "OneByte model") / 1000;
        if (w.zoneDefault != null) {
            w.defaults.remove(w.zoneDefault); // the zone is not used
        }
        w.defaults.add(AppliedDefault.numeric("zone", grey * 1000, "g/kWh", InputStatus.DEFAULT,
                "co2.js's OneByte takes no grid: the model's 519 g/kWh (convention co2js)", ""));
        if (n.kind() != dev.impact.inventory.NetworkKind.UNSPECIFIED) {
            w.defaults.add(AppliedDefault.text("networkKind", "mean of wired, Wi-Fi and 4G", InputStatus.DEFAULT,
                    "co2.js's OneByte takes no network kind (convention co2js)"));
        }
        double visitFactor = defaultVisitFactor(w, n);
        return new ActivityModels.Plan(w, ActivityModels.ONEBYTE_CLIMATE, ActivityModels.CLIMATE_USE, null, dc, net,
                grey, greenNet, visitFactor, false, null, null, ActivityModels.NONE, null, null, null, null, null);
    }
}
