package dev.impact.io;

import dev.impact.compare.BidNotice;
import dev.impact.compare.Costs;
import dev.impact.compare.Criterion;
import dev.impact.compare.Scoring;
import dev.impact.compare.Tender;
import dev.impact.measure.Indicator;
import dev.impact.compare.FunctionalUnit;
import dev.impact.compare.Offer;
import dev.impact.factor.Uncertainty;
import dev.impact.internal.Suggestions;
import dev.impact.inventory.DeclaredFootprint;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.LineRejectedException;
import dev.impact.io.JsonTree.Arr;
import dev.impact.io.JsonTree.Node;
import dev.impact.io.JsonTree.Obj;
import dev.impact.io.JsonTree.Val;
import dev.impact.measure.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a supplier's bid: a JSON object (schema {@value #SCHEMA_RESOURCE}) with the consultation, the bidder, the
 * functional unit and the items, every problem reported with the file, the line, the field (a JSON path such as
 * {@code items[1].unitPrice}) and the value.
 *
 * <pre>{@code
 * {"schemaVersion": "1.0", "consultation": "Laptops 2026", "bidder": "Supplier A", "currency": "EUR",
 *  "functionalUnit": {"per": "device-year"},
 *  "items": [{"category": "laptop", "model": "Dell Latitude 5430", "quantity": 200, "unitPrice": 1050,
 *             "lifetimeYears": 5, "warrantyYears": 5, "refurbishedShare": 0, "powerWatts": 9, "hoursPerDay": 8,
 *             "endOfLifeCostPerUnit": 0,
 *             "declaredFootprint": {"embodiedKgCo2e": 253, "source": "Dell PCF sheet, March 2022"}}]}
 * }</pre>
 *
 * Each item becomes one device line (two when it is partly refurbished: the new and the refurbished units, at the
 * item's unit price), so the offer is assessed like any inventory: a named model takes its manufacturer's sheet from
 * the catalog, a declared footprint overrides it with its source and a range check. Electricity is the item's
 * {@code energyKWhPerYear}, or {@code powerWatts} × {@code hoursPerDay}, or an energy label's
 * {@code energyLabelKWhPer1000h} × {@code hoursPerDay} × 365 / 1000; otherwise the model's or category's default.
 */
public final class BidFiles {
    /** The schema version this reader reads. */
    static final String SCHEMA_VERSION = "1.0";
    /** Class-path resource of the JSON Schema (draft 2020-12) of bid files. */
    public static final String SCHEMA_RESOURCE = "/dev/impact/io/bid.schema.json";

    private static final List<String> ROOT = List.of("$schema", "schemaVersion", "consultation", "bidder", "name",
            "currency", "functionalUnit", "items");
    private static final List<String> ITEM = List.of("label", "category", "model", "quantity", "unitPrice",
            "endOfLifeCostPerUnit", "lifetimeYears", "warrantyYears", "refurbishedShare", "powerWatts", "hoursPerDay",
            "energyKWhPerYear", "energyLabelKWhPer1000h", "zone", "massKg", "declaredFootprint");
    private static final List<String> DECLARED = List.of("embodiedKgCo2e", "source", "uncertainty");
    private static final List<String> UNIT = List.of("per", "usersPerDevice", "seats");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private BidFiles(String file) {
        this.file = file;
    }

    /**
     * Reads the bid in {@code path}.
     *
     * @throws InvalidFileException listing every problem
     */
    public static Bid read(Path path) {
        BidFiles f = new BidFiles(path.toString());
        String text;
        try {
            text = JsonTree.readUtf8(path, "bid file");
        } catch (JsonTree.Failure e) {
            throw f.fail(e.line, "", e.getMessage());
        }
        return f.parse(text);
    }

    /** Reads a bid from text; {@code file} is the name shown in problems. */
    public static Bid parse(String file, String text) {
        return new BidFiles(file).parse(text);
    }

    /** Whether {@code text} looks like a bid (a JSON object with an {@code items} field) rather than an inventory. */
    public static boolean looksLikeBid(String text) {
        return text.stripLeading().startsWith("{") && text.contains("\"items\"") && text.contains("\"bidder\"");
    }

    /**
     * Reads a consultation's award rules: a JSON object (schema {@value #TENDER_SCHEMA_RESOURCE}).
     *
     * <pre>{@code
     * {"schemaVersion": "1.0", "name": "Laptops 2026", "currency": "EUR",
     *  "criteria": [{"on": "cost", "weight": 60, "scoring": "proportional"},
     *               {"on": "gwp", "weight": 40, "scoring": "linear"}],
     *  "electricityPrices": [{"zone": "FR", "year": 2026, "pricePerKWh": 0.2016}]}
     * }</pre>
     *
     * {@code on} is {@code cost} (the cost of ownership per functional unit) or an indicator code ({@code gwp},
     * {@code adpe}, {@code ewaste}…); {@code scoring} is {@code proportional}, {@code linear} or
     * {@code relative-gap} ({@link Scoring}).
     *
     * @throws InvalidFileException listing every problem
     */
    public static Tender readTender(Path path) {
        BidFiles f = new BidFiles(path.toString());
        String text;
        try {
            text = JsonTree.readUtf8(path, "tender file");
        } catch (JsonTree.Failure e) {
            throw f.fail(e.line, "", e.getMessage());
        }
        return f.tender(text);
    }

    /** Reads award rules from text; {@code file} is the name shown in problems. */
    public static Tender parseTender(String file, String text) {
        return new BidFiles(file).tender(text);
    }

    /** Class-path resource of the JSON Schema of tender files. */
    public static final String TENDER_SCHEMA_RESOURCE = "/dev/impact/io/tender.schema.json";

    private Tender tender(String text) {
        Node root = tree(text, "{\"name\": …, \"criteria\": […]}");
        if (!(root instanceof Obj o)) {
            throw fail(root.line(), "", "expected a JSON object {\"name\": …, \"criteria\": […]}");
        }
        JsonTree.unknownFields(o, "", List.of("$schema", "schemaVersion", "name", "currency", "criteria",
                "electricityPrices"), file, problems);
        String name = requiredText(o, "name", "the consultation's name");
        Tender t = Tender.named(name == null ? "?" : name);
        if (o.fields().containsKey("currency")) {
            String c = text(o.fields().get("currency"), "currency");
            if (c != null) {
                t = t.currency(c);
            }
        }
        Node cs = o.fields().get("criteria");
        if (cs == null || !(cs instanceof Arr a) || a.items().isEmpty()) {
            problem(cs == null ? o : cs, "criteria", "expected a non-empty array of criteria, e.g. [{\"on\":"
                    + " \"cost\", \"weight\": 60, \"scoring\": \"proportional\"}]");
        } else {
            for (int k = 0; k < a.items().size(); k++) {
                String path = "criteria[" + k + "]";
                Node n = a.items().get(k);
                if (!(n instanceof Obj c)) {
                    problem(n, path, "expected a criterion object");
                    continue;
                }
                JsonTree.unknownFields(c, path + ".", List.of("on", "weight", "scoring"), file, problems);
                String on = requiredText(c, "on", "cost or an indicator code (" + String.join(", ",
                        java.util.Arrays.stream(Indicator.values()).map(Indicator::code).toList()) + ")", path + ".");
                double weight = required(c, "weight", path, 1e-300, 1e9);
                String scoring = requiredText(c, "scoring", "proportional, linear or relative-gap", path + ".");
                if (on == null || Double.isNaN(weight) || scoring == null) {
                    continue;
                }
                try {
                    Scoring s = Scoring.ofCode(scoring);
                    t = t.criterion(on.equalsIgnoreCase("cost") ? Criterion.cost(weight, s)
                            : Criterion.footprint(Indicator.ofCode(on.trim().toLowerCase(Locale.ROOT)), weight, s));
                } catch (IllegalArgumentException e) {
                    problem(c, path, e.getMessage());
                }
            }
        }
        Node ps = o.fields().get("electricityPrices");
        if (ps != null) {
            if (!(ps instanceof Arr a)) {
                problem(ps, "electricityPrices", "expected an array of {\"zone\", \"year\", \"pricePerKWh\"}");
            } else {
                for (int k = 0; k < a.items().size(); k++) {
                    String path = "electricityPrices[" + k + "]";
                    if (!(a.items().get(k) instanceof Obj p)) {
                        problem(a.items().get(k), path, "expected an object {\"zone\", \"year\", \"pricePerKWh\"}");
                        continue;
                    }
                    JsonTree.unknownFields(p, path + ".", List.of("zone", "year", "pricePerKWh", "source"), file,
                            problems);
                    String zone = requiredText(p, "zone", "an electricity zone code, e.g. FR", path + ".");
                    double year = required(p, "year", path, 1900, 2200);
                    double price = required(p, "pricePerKWh", path, 0, 1e6);
                    if (p.fields().containsKey("source")) {
                        text(p.fields().get("source"), path + ".source");
                    }
                    if (zone != null && !Double.isNaN(year) && !Double.isNaN(price)) {
                        if (year != Math.rint(year)) {
                            problem(p.fields().get("year"), path + ".year", "must be a whole year");
                        } else {
                            t = t.electricityPrice(zone, (int) year, price);
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        return t;
    }

    private Node tree(String text, String expected) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw fail(0, "", "the file is empty; expected a JSON object " + expected);
        }
        try {
            return JsonTree.parse(text, "object");
        } catch (JsonTree.Failure f) {
            throw fail(f.line, "", f.getMessage());
        }
    }

    private InvalidFileException fail(long line, String field, String reason) {
        problems.add(new Problem(file, line, field, reason));
        return new InvalidFileException(problems);
    }

    private void problem(Node at, String field, String reason) {
        problems.add(new Problem(file, at.line(), field, at instanceof Val v && v.value() != null ? v.text() : "",
                reason));
    }

    private Bid parse(String text) {
        Node root = tree(text, "{\"bidder\": …, \"items\": […]}");
        if (!(root instanceof Obj o)) {
            throw fail(root.line(), "", "expected a JSON object {\"bidder\": …, \"items\": […]}");
        }
        JsonTree.unknownFields(o, "", ROOT, file, problems);
        Node version = o.fields().get("schemaVersion");
        if (version != null && !(version instanceof Val v && SCHEMA_VERSION.equals(v.value()))) {
            problem(version, "schemaVersion", "expected \"" + SCHEMA_VERSION + "\"");
        }
        String consultation = requiredText(o, "consultation", "the consultation's name or reference");
        String bidder = requiredText(o, "bidder", "the supplier's name");
        String name = o.fields().containsKey("name") ? text(o.fields().get("name"), "name") : bidder;
        String currency = o.fields().containsKey("currency") ? text(o.fields().get("currency"), "currency") : "EUR";
        FunctionalUnit unit = unit(o.fields().get("functionalUnit"), o);
        List<InventoryLine> lines = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        List<Double> eol = new ArrayList<>();
        List<Bid.Item> items = new ArrayList<>();
        List<BidNotice> notices = new ArrayList<>();
        Node its = o.fields().get("items");
        if (its == null) {
            problem(o, "items", "missing: give the bid's items, e.g. \"items\": [{\"category\": \"laptop\","
                    + " \"quantity\": 200, \"unitPrice\": 1050}]");
        } else if (!(its instanceof Arr a) || a.items().isEmpty()) {
            problem(its, "items", "expected a non-empty array of items");
        } else {
            for (int k = 0; k < a.items().size(); k++) {
                item(a.items().get(k), "items[" + k + "]", lines, prices, eol, items, notices);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        double[] p = prices.stream().mapToDouble(Double::doubleValue).toArray();
        double[] e = eol.stream().mapToDouble(Double::doubleValue).toArray();
        Offer offer = Offer.of(name, Inventory.of(name, lines), unit).withCosts(Costs.of(p, e));
        return new Bid(file, consultation, bidder, currency, offer, items, notices);
    }

    private FunctionalUnit unit(Node n, Obj root) {
        if (n == null) {
            problem(root, "functionalUnit", "missing: e.g. \"functionalUnit\": {\"per\": \"device-year\"}");
            return FunctionalUnit.perDeviceYear();
        }
        if (!(n instanceof Obj o)) {
            problem(n, "functionalUnit", "expected an object {\"per\": \"device-year\"}");
            return FunctionalUnit.perDeviceYear();
        }
        JsonTree.unknownFields(o, "functionalUnit.", UNIT, file, problems);
        String per = requiredText(o, "per", "device-year, user-year or seat");
        String field = "functionalUnit.per";
        if (per == null) {
            return FunctionalUnit.perDeviceYear();
        }
        try {
            switch (per.trim().toLowerCase(Locale.ROOT)) {
                case "device-year":
                    return FunctionalUnit.perDeviceYear();
                case "user-year": {
                    Node u = o.fields().get("usersPerDevice");
                    return FunctionalUnit.perUserYear(u == null ? 1 : number(u, "functionalUnit.usersPerDevice",
                            1));
                }
                case "seat": {
                    Node s = o.fields().get("seats");
                    if (s == null) {
                        problem(o, "functionalUnit.seats", "missing: per seat needs the number of seats");
                        return FunctionalUnit.perDeviceYear();
                    }
                    return FunctionalUnit.perSeat(number(s, "functionalUnit.seats", 1));
                }
                default:
                    problem(o.fields().get("per"), field, "must be device-year, user-year or seat"
                            + Suggestions.didYouMean(per.trim(), List.of("device-year", "user-year", "seat")));
                    return FunctionalUnit.perDeviceYear();
            }
        } catch (IllegalArgumentException e) {
            problem(o, "functionalUnit", e.getMessage());
            return FunctionalUnit.perDeviceYear();
        }
    }

    private void item(Node n, String path, List<InventoryLine> lines, List<Double> prices, List<Double> eol,
                      List<Bid.Item> items, List<BidNotice> notices) {
        if (!(n instanceof Obj o)) {
            problem(n, path, "expected an item object {\"category\": …, \"quantity\": …, \"unitPrice\": …}");
            return;
        }
        int before = problems.size();
        JsonTree.unknownFields(o, path + ".", ITEM, file, problems);
        Map<String, Node> f = o.fields();
        String category = requiredText(o, "category", "the device category (laptop, desktop-pro, monitor…)",
                path + ".");
        String model = f.containsKey("model") ? text(f.get("model"), path + ".model") : null;
        double quantity = required(o, "quantity", path, 1e-300, Double.MAX_VALUE);
        double price = required(o, "unitPrice", path, 0, Double.MAX_VALUE);
        double endOfLife = optional(f, "endOfLifeCostPerUnit", path, 0, Double.MAX_VALUE, 0);
        double lifetime = optional(f, "lifetimeYears", path, 1e-300, 100, Double.NaN);
        double warranty = optional(f, "warrantyYears", path, 0, 100, Double.NaN);
        double refurbished = optional(f, "refurbishedShare", path, 0, 1, 0);
        double watts = optional(f, "powerWatts", path, 0, 1e6, Double.NaN);
        double hours = optional(f, "hoursPerDay", path, 0, 24, Double.NaN);
        double kWh = optional(f, "energyKWhPerYear", path, 0, 1e9, Double.NaN);
        double label = optional(f, "energyLabelKWhPer1000h", path, 0, 1e6, Double.NaN);
        double mass = optional(f, "massKg", path, 1e-300, 1e6, Double.NaN);
        String zone = f.containsKey("zone") ? text(f.get("zone"), path + ".zone") : null;
        String itemLabel = f.containsKey("label") ? text(f.get("label"), path + ".label")
                : model != null ? model : category;
        int energies = (Double.isNaN(kWh) ? 0 : 1) + (Double.isNaN(watts) ? 0 : 1) + (Double.isNaN(label) ? 0 : 1);
        if (energies > 1) {
            problem(o, path + ".energyKWhPerYear", "give one of energyKWhPerYear, powerWatts (with hoursPerDay) or"
                    + " energyLabelKWhPer1000h (with hoursPerDay), not several");
        } else if ((!Double.isNaN(watts) || !Double.isNaN(label)) && Double.isNaN(hours)) {
            problem(o, path + ".hoursPerDay", "missing: " + (Double.isNaN(watts) ? "an energy label" : "a power")
                    + " needs the hours of use per day");
        } else if (energies == 0 && !Double.isNaN(hours)) {
            problem(f.get("hoursPerDay"), path + ".hoursPerDay", "hours of use without powerWatts or"
                    + " energyLabelKWhPer1000h say nothing; give one of them");
        }
        DeclaredFootprint declared = f.containsKey("declaredFootprint") ? declared(f.get("declaredFootprint"),
                path + ".declaredFootprint") : null;
        if (problems.size() > before || category == null) {
            return;
        }
        DeviceFleet d;
        try {
            d = DeviceFleet.of(category, quantity).label(itemLabel);
            if (model != null) {
                d = d.model(model);
            }
            if (!Double.isNaN(lifetime)) {
                d = d.lifetimeYears(lifetime);
            }
            if (!Double.isNaN(kWh)) {
                d = d.energyKWhPerYear(kWh);
            } else if (!Double.isNaN(watts)) {
                d = d.power(watts, hours);
            } else if (!Double.isNaN(label)) {
                // EU energy label of displays: on-mode kWh per 1000 h → × hours a day × 365 days
                d = d.energyKWhPerYear(label * hours * 365 / 1000);
            }
            if (zone != null) {
                d = d.zone(zone);
            }
            if (!Double.isNaN(mass)) {
                d = d.massKg(mass);
            }
            if (declared != null) {
                d = d.declared(declared);
            }
        } catch (IllegalArgumentException e) {
            problem(o, path + (e instanceof LineRejectedException r && r.field().isPresent() ? "." + r.field().get() : ""),
                    e.getMessage());
            return;
        }
        List<Integer> made = new ArrayList<>();
        if (refurbished < 1) {
            made.add(lines.size());
            lines.add(refurbished > 0 ? d.count(quantity * (1 - refurbished)).label(itemLabel + " (new)") : d);
            prices.add(price);
            eol.add(endOfLife);
        }
        if (refurbished > 0) {
            made.add(lines.size());
            lines.add((refurbished < 1 ? d.count(quantity * refurbished).label(itemLabel + " (refurbished)") : d)
                    .refurbished());
            prices.add(price);
            eol.add(endOfLife);
            if (refurbished < 1) {
                notices.add(BidNotice.refurbishedSplit(file, path, itemLabel, refurbished));
            }
        }
        if (!Double.isNaN(warranty) && !Double.isNaN(lifetime) && warranty < lifetime) {
            notices.add(BidNotice.shortWarranty(file, path, itemLabel, warranty, lifetime));
        }
        items.add(new Bid.Item(itemLabel, category, model == null ? "" : model, quantity, price, warranty,
                refurbished, made));
    }

    private DeclaredFootprint declared(Node n, String path) {
        if (!(n instanceof Obj o)) {
            problem(n, path, "expected an object {\"embodiedKgCo2e\": …, \"source\": …}");
            return null;
        }
        int before = problems.size();
        JsonTree.unknownFields(o, path + ".", DECLARED, file, problems);
        double value = required(o, "embodiedKgCo2e", path, 1e-300, 1e9);
        String source = requiredText(o, "source", "where the figure comes from: the sheet's title, date, address",
                path + ".");
        Uncertainty u = DeclaredFootprint.TYPICAL_SPREAD;
        Node un = o.fields().get("uncertainty");
        if (un != null) {
            String t = text(un, path + ".uncertainty");
            if (t != null) {
                try {
                    u = Uncertainty.parse(t);
                } catch (IllegalArgumentException e) {
                    problem(un, path + ".uncertainty", e.getMessage());
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new DeclaredFootprint(value, source, u);
        } catch (IllegalArgumentException e) {
            problem(o, path, e.getMessage());
            return null;
        }
    }

    private String requiredText(Obj o, String field, String what) {
        return requiredText(o, field, what, "");
    }

    private String requiredText(Obj o, String field, String what, String prefix) {
        Node n = o.fields().get(field);
        if (n == null) {
            problem(o, prefix + field, "missing: " + what);
            return null;
        }
        return text(n, prefix + field);
    }

    private String text(Node n, String field) {
        if (n instanceof Val v && v.value() instanceof String s) {
            if (s.isBlank()) {
                problem(n, field, "must not be blank");
                return null;
            }
            return s.trim();
        }
        problem(n, field, "expected a JSON string, was " + JsonTree.describe(n));
        return null;
    }

    private double required(Obj o, String field, String path, double min, double max) {
        Node n = o.fields().get(field);
        if (n == null) {
            problem(o, path + "." + field, "missing");
            return Double.NaN;
        }
        return bounded(n, path + "." + field, min, max);
    }

    private double optional(Map<String, Node> f, String field, String path, double min, double max, double absent) {
        Node n = f.get(field);
        return n == null ? absent : bounded(n, path + "." + field, min, max);
    }

    private double number(Node n, String field, double min) {
        return bounded(n, field, min, Double.MAX_VALUE);
    }

    private double bounded(Node n, String field, double min, double max) {
        if (!(n instanceof Val v && v.value() instanceof Double d)) {
            problem(n, field, "expected a JSON number, was " + JsonTree.describe(n));
            return Double.NaN;
        }
        if (d < min || d > max) {
            String range = min == 1e-300 ? "> 0" : ">= " + Numbers.format(min);
            problem(n, field, "must be " + range + (max < 1e6 ? " and <= " + Numbers.format(max) : "") + ", was "
                    + v.text());
            return Double.NaN;
        }
        return d;
    }

}
