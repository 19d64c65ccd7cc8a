package dev.impact.engine;

import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.Condition;
import dev.impact.inventory.Convention;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Equipment;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Indicator;
import dev.impact.measure.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why impact's default differs from a peer's number for the lines of one inventory: the inventory assessed under
 * {@link Convention#IMPACT} and under the peer's convention, the lines whose climate change differs grouped by the
 * convention or data choice behind the difference, each with its effect. Made by
 * {@code Assessor.differenceFrom(inventory, peer)}; reports render it ("why impact's default differs from co2.js").
 * Immutable.
 *
 * @param peer          the peer's convention
 * @param impactKgCo2e  climate change of the whole inventory under impact's conventions, kgCO2e
 * @param peerKgCo2e    the same under the peer's
 * @param choices       the choices that make lines differ, in a fixed order, each with its lines (empty when none
 *                      differs)
 */
public record ConventionDifference(Convention peer, double impactKgCo2e, double peerKgCo2e, List<Choice> choices) {
    public ConventionDifference {
        Objects.requireNonNull(peer, "peer");
        if (peer == Convention.IMPACT) {
            throw new IllegalArgumentException("peer must be another convention than IMPACT, was IMPACT");
        }
        choices = List.copyOf(choices);
    }

    /**
     * One convention or data choice of the peer and what it changes: the lines it applies to and their climate change
     * under both conventions.
     *
     * @param id           the choice, a stable key (reports name it in words from it): {@code grid-source},
     *                     {@code no-zone}, {@code onebyte-grid}, {@code onebyte-kind}, {@code boaviztapi-server}
     *                     (BoaviztAPI's server use phase: no PUE, its grid factors, the refitted TDP curve; and the
     *                     yearly cap), {@code boaviztapi-terminal} (devices as BoaviztAPI's terminal and peripheral
     *                     archetypes: their embedded figure, power × use-time ratio, its grid; and the yearly cap),
     *                     {@code allocation-cap} (BoaviztAPI's yearly share capped at 1), {@code ccf-cloud} (CCF's
     *                     region factors, embodied only from an instance type, and the instance type's processors,
     *                     memory and GPUs), {@code other}
     * @param lines        how many lines
     * @param impactKgCo2e their climate change under impact's conventions, kgCO2e
     * @param peerKgCo2e   under the peer's
     */
    public record Choice(String id, int lines, double impactKgCo2e, double peerKgCo2e) {
        public Choice {
            Objects.requireNonNull(id, "id");
        }

        /** impact − peer, kgCO2e. */
        public double differenceKgCo2e() {
            return impactKgCo2e - peerKgCo2e;
        }

        /** impact / peer − 1 (NaN when the peer's is 0). */
        public double relativeDifference() {
            return peerKgCo2e == 0 ? Double.NaN : impactKgCo2e / peerKgCo2e - 1;
        }
    }

    /**
     * The difference between {@code impact} (the inventory under {@link Convention#IMPACT}) and {@code peer} (the same
     * inventory under {@code convention}), line by line.
     *
     * @throws IllegalArgumentException if the two are not of the same lines
     */
    static ConventionDifference of(Convention convention, Assessment impact, Assessment peer) {
        if (impact.lines().size() != peer.lines().size()) {
            throw new IllegalArgumentException("the two assessments must have the same lines, had "
                    + impact.lines().size() + " and " + peer.lines().size());
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (String id : List.of("grid-source", "no-zone", "onebyte-grid", "onebyte-kind", "boaviztapi-server",
                "boaviztapi-terminal", "allocation-cap", "ccf-cloud", "other")) {
            sums.put(id, new double[3]);
        }
        for (int i = 0; i < impact.lines().size(); i++) {
            LineResult a = impact.lines().get(i);
            LineResult b = peer.lines().get(i);
            double x = orZero(a.footprint().total(Indicator.CLIMATE_CHANGE));
            double y = orZero(b.footprint().total(Indicator.CLIMATE_CHANGE));
            if (Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y))) {
                continue;
            }
            double[] s = sums.get(choice(convention, a.line()));
            s[0]++;
            s[1] += x;
            s[2] += y;
        }
        List<Choice> choices = new ArrayList<>();
        sums.forEach((id, s) -> {
            if (s[0] > 0) {
                choices.add(new Choice(id, (int) s[0], s[1], s[2]));
            }
        });
        return new ConventionDifference(convention, orZero(impact.total(Indicator.CLIMATE_CHANGE)),
                orZero(peer.total(Indicator.CLIMATE_CHANGE)), choices);
    }

    /** The choice that makes {@code line} differ under {@code peer}. */
    static String choice(Convention peer, InventoryLine line) {
        if (peer == Convention.CO2JS && line instanceof NetworkTransfer) {
            NetworkTransfer n = (NetworkTransfer) line;
            if (n.model() == NetworkModel.ONEBYTE) {
                return n.usesModelGridIntensity() && n.kind() != NetworkKind.UNSPECIFIED ? "onebyte-kind"
                        : "onebyte-grid";
            }
            if (n.model() == NetworkModel.SWD_V3 || n.model() == NetworkModel.SWD_V4) {
                return n.zone().isEmpty() && !n.hasSegmentGrids() ? "no-zone" : "grid-source";
            }
        }
        if (peer == Convention.BOAVIZTAPI && line instanceof ServerFleet) {
            return "boaviztapi-server";
        }
        if (peer == Convention.BOAVIZTAPI && line instanceof DeviceFleet) {
            DeviceFleet d = (DeviceFleet) line;
            if (TerminalModel.notCovered(d.category(), d.model().isPresent(), d.declared().isPresent(),
                    d.condition() == Condition.REFURBISHED).isEmpty()) {
                return "boaviztapi-terminal";
            }
        }
        if (peer == Convention.BOAVIZTAPI && line instanceof Equipment) {
            return "allocation-cap";
        }
        if (peer == Convention.CCF && (line instanceof CloudCompute
                || line instanceof DataStorage && ((DataStorage) line).provider().isPresent())) {
            return "ccf-cloud";
        }
        return "other";
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "impact %s kgCO2e, %s %s kgCO2e",
                Numbers.format(impactKgCo2e), peer.label(), Numbers.format(peerKgCo2e)));
        for (Choice c : choices) {
            sb.append(String.format(Locale.ROOT, "%n  %s: %d lines, impact %s, %s %s kgCO2e (%+.1f %%)", c.id(),
                    c.lines(), Numbers.format(c.impactKgCo2e()), peer.label(), Numbers.format(c.peerKgCo2e()),
                    c.relativeDifference() * 100));
        }
        return sb.toString();
    }
}
