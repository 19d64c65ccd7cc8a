package dev.impact.io;

import dev.impact.internal.Suggestions;
import dev.impact.compare.Scenario;
import dev.impact.compare.WhatIf;
import dev.impact.factor.FactorCatalog;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.io.JsonTree.Arr;
import dev.impact.io.JsonTree.Node;
import dev.impact.io.JsonTree.Obj;
import dev.impact.io.JsonTree.Val;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a scenario file: a JSON object naming a {@link Scenario} and its levers, every problem reported with the
 * file, the line, the field (a JSON path such as {@code whatIfs[2].share}) and the value.
 *
 * <pre>{@code
 * {"schemaVersion": "1.0", "name": "sobriety plan",
 *  "whatIfs": [{"type": "extendLifetime", "categories": ["laptop", "desktop-pro"], "years": 2},
 *              {"type": "refurbished", "category": "smartphone", "share": 0.3},
 *              {"type": "shareDevices", "category": "tablet", "usersPerDevice": 2},
 *              {"type": "reduceStorage", "fraction": 0.2},
 *              {"type": "moveStorage", "zone": "SE"},
 *              {"type": "gridMix", "zone": "FR", "ratio": 0.8}]}
 * }</pre>
 *
 * Targets ({@code category}, or {@code categories} for several) are checked against the catalog's device categories,
 * {@code server}, {@code *} and the inventory's own categories and labels; zones against the catalog's zones.
 */
public final class ScenarioFiles {
    static final String SCHEMA_VERSION = "1.0";

    /** The lever types and their fields besides {@code type}: name → required fields. */
    static final Map<String, List<String>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("extendLifetime", List.of("category", "years"));
        TYPES.put("refurbished", List.of("category", "share"));
        TYPES.put("shareDevices", List.of("category", "usersPerDevice"));
        TYPES.put("reduceStorage", List.of("fraction"));
        TYPES.put("moveStorage", List.of("zone"));
        TYPES.put("gridMix", List.of("zone", "ratio"));
    }


    /** The scenario, and notices (levers that match no line of this inventory). */
    public record Result(Scenario scenario, List<String> notices) {
        public Result {
            Objects.requireNonNull(scenario, "scenario");
            notices = List.copyOf(notices);
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private ScenarioFiles(String file) {
        this.file = file;
    }

    /**
     * Reads {@code path} and checks it against {@code inventory} and {@code catalog}.
     *
     * @throws InvalidFileException listing every problem
     */
    public static Result read(Path path, Inventory inventory, FactorCatalog catalog) {
        ScenarioFiles f = new ScenarioFiles(path.toString());
        String text;
        try {
            text = JsonTree.readUtf8(path, "scenario file");
        } catch (JsonTree.Failure e) {
            throw f.fail(e.line, "", e.getMessage());
        }
        return f.parse(text, inventory, catalog);
    }

    /** Reads a scenario from text; {@code file} is the name shown in problems. */
    public static Result parse(String file, String text, Inventory inventory, FactorCatalog catalog) {
        return new ScenarioFiles(file).parse(text, inventory, catalog);
    }

    private InvalidFileException fail(long line, String field, String reason) {
        problems.add(new Problem(file, line, field, reason));
        return new InvalidFileException(problems);
    }

    private void problem(Node at, String field, String reason) {
        problems.add(new Problem(file, at.line(), field, reason));
    }

    private Result parse(String text, Inventory inventory, FactorCatalog catalog) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw fail(0, "", "the file is empty; expected a JSON object {\"name\": …, \"whatIfs\": […]}");
        }
        Node root;
        try {
            root = JsonTree.parse(text, "scenario object");
        } catch (JsonTree.Failure f) {
            throw fail(f.line, "", f.getMessage());
        }
        if (!(root instanceof Obj)) {
            throw fail(root.line(), "", "expected a JSON object {\"name\": …, \"whatIfs\": […]}, was "
                    + JsonTree.describe(root));
        }
        Obj o = (Obj) root;
        JsonTree.unknownFields(o, "", List.of("schemaVersion", "name", "description", "whatIfs"), file, problems);
        Node version = o.fields().get("schemaVersion");
        if (version != null && !(version instanceof Val && SCHEMA_VERSION.equals(((Val) version).value()))) {
            problem(version, "schemaVersion", "expected \"" + SCHEMA_VERSION + "\", was " + JsonTree.describe(version));
        }
        Node description = o.fields().get("description");
        if (description != null) {
            string(description, "description");
        }
        String name = null;
        Node n = o.fields().get("name");
        if (n == null) {
            problem(o, "name", "missing: give the scenario a name, e.g. \"name\": \"sobriety plan\"");
        } else {
            name = string(n, "name");
            if (name != null && name.isBlank()) {
                problem(n, "name", "must not be blank");
                name = null;
            }
        }
        List<WhatIf> levers = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Node w = o.fields().get("whatIfs");
        if (w == null) {
            problem(o, "whatIfs", "missing: give the levers, e.g. \"whatIfs\": [{\"type\": \"extendLifetime\","
                    + " \"category\": \"laptop\", \"years\": 2}]");
        } else if (!(w instanceof Arr)) {
            problem(w, "whatIfs", "expected an array of levers, was " + JsonTree.describe(w));
        } else if (((Arr) w).items().isEmpty()) {
            problem(w, "whatIfs", "is empty: give at least one lever (" + String.join(", ", TYPES.keySet()) + ")");
        } else {
            Targets targets = new Targets(inventory, catalog);
            List<Node> items = ((Arr) w).items();
            for (int k = 0; k < items.size(); k++) {
                lever(items.get(k), "whatIfs[" + k + "]", targets, catalog, levers, notices, inventory.name());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        return new Result(Scenario.of(name, levers), notices);
    }

    private void lever(Node node, String path, Targets targets, FactorCatalog catalog, List<WhatIf> out,
                       List<String> notices, String inventoryName) {
        if (!(node instanceof Obj)) {
            problem(node, path, "expected a lever object {\"type\": …}, was " + JsonTree.describe(node));
            return;
        }
        Obj o = (Obj) node;
        Node typeNode = o.fields().get("type");
        if (typeNode == null) {
            problem(o, path + ".type", "missing; one of " + String.join(", ", TYPES.keySet()));
            return;
        }
        String type = string(typeNode, path + ".type");
        if (type == null) {
            return;
        }
        if (!TYPES.containsKey(type)) {
            String known = TYPES.keySet().stream().filter(t -> t.equalsIgnoreCase(type)).findFirst().orElse(null);
            problem(typeNode, path + ".type", "unknown lever type '" + type + "'"
                    + (known != null ? "; did you mean " + known + "?" : Suggestions.didYouMean(type, TYPES.keySet()))
                    + "; expected one of " + String.join(", ", TYPES.keySet()));
            return;
        }
        List<String> fields = TYPES.get(type);
        Set<String> allowed = new LinkedHashSet<>();
        allowed.add("type");
        boolean targeted = fields.contains("category");
        for (String field : fields) {
            allowed.add(field);
            if (field.equals("category")) {
                allowed.add("categories");
            }
        }
        int before = problems.size();
        JsonTree.unknownFields(o, path + ".", allowed, file, problems);
        List<String> categories = targeted ? categories(o, path, targets) : List.of();
        Map<String, Node> f = o.fields();
        for (String field : fields) {
            if (!field.equals("category") && !f.containsKey(field)) {
                problem(o, path + "." + field, "missing; the lever " + type + " needs " + String.join(", ", fields));
            }
        }
        if (problems.size() > before) {
            return;
        }
        try {
            switch (type) {
                case "extendLifetime": {
                    Double years = number(f.get("years"), path + ".years");
                    if (years != null) {
                        for (String c : categories) {
                            out.add(checked(f.get("years"), path + ".years", () -> new WhatIf.ExtendLifetime(c,
                                    years)));
                        }
                    }
                    break;
                }
                case "refurbished": {
                    Double share = number(f.get("share"), path + ".share");
                    if (share != null) {
                        for (String c : categories) {
                            out.add(checked(f.get("share"), path + ".share", () -> new WhatIf.Refurbished(c, share)));
                        }
                    }
                    break;
                }
                case "shareDevices": {
                    Double users = number(f.get("usersPerDevice"), path + ".usersPerDevice");
                    if (users != null) {
                        for (String c : categories) {
                            out.add(checked(f.get("usersPerDevice"), path + ".usersPerDevice",
                                    () -> new WhatIf.ShareDevices(c, users)));
                        }
                    }
                    break;
                }
                case "reduceStorage": {
                    Double fraction = number(f.get("fraction"), path + ".fraction");
                    if (fraction != null) {
                        out.add(checked(f.get("fraction"), path + ".fraction", () -> new WhatIf.ReduceStorage(
                                fraction)));
                    }
                    break;
                }
                case "moveStorage": {
                    String zone = zone(f.get("zone"), path + ".zone", catalog);
                    if (zone != null) {
                        out.add(new WhatIf.MoveStorage(zone));
                    }
                    break;
                }
                default: { // gridMix
                    String zone = zone(f.get("zone"), path + ".zone", catalog);
                    Double ratio = number(f.get("ratio"), path + ".ratio");
                    if (zone != null && ratio != null) {
                        out.add(checked(f.get("ratio"), path + ".ratio", () -> new WhatIf.GridMix(zone, ratio)));
                    }
                    break;
                }
            }
        } catch (Invalid e) {
            return; // already recorded
        }
        if (targeted) {
            for (String c : categories) {
                if (!targets.matchesALine(c)) {
                    notices.add(file + ": " + path + " (" + type + " of '" + c + "') matches no line of "
                            + inventoryName + "; it changes nothing");
                }
            }
        }
    }

    /** A lever constructor's refusal, already recorded as a problem. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(null, null, false, false);
        }
    }

    private WhatIf checked(Node at, String field, java.util.function.Supplier<WhatIf> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            problem(at, field, e.getMessage());
            throw new Invalid();
        }
    }

    private List<String> categories(Obj o, String path, Targets targets) {
        Node one = o.fields().get("category");
        Node many = o.fields().get("categories");
        List<String> out = new ArrayList<>();
        if (one != null && many != null) {
            problem(many, path + ".categories", "give either category or categories, not both");
            return out;
        }
        if (one == null && many == null) {
            problem(o, path + ".category", "missing: the device category (laptop, smartphone…), a line label, or *;"
                    + " or \"categories\": [...] for several");
            return out;
        }
        if (one != null) {
            target(one, path + ".category", targets, out);
            return out;
        }
        if (!(many instanceof Arr) || ((Arr) many).items().isEmpty()) {
            problem(many, path + ".categories", "expected a non-empty array of categories, was "
                    + JsonTree.describe(many));
            return out;
        }
        List<Node> items = ((Arr) many).items();
        for (int k = 0; k < items.size(); k++) {
            target(items.get(k), path + ".categories[" + k + "]", targets, out);
        }
        return out;
    }

    private void target(Node n, String field, Targets targets, List<String> out) {
        String c = string(n, field);
        if (c == null) {
            return;
        }
        if (c.isBlank()) {
            problem(n, field, "must not be blank: a device category, a line label, or *");
            return;
        }
        if (!targets.known(c)) {
            problem(n, field, "'" + c + "' is neither a device category, a label of a line of the inventory nor *"
                    + Suggestions.didYouMean(c.trim(), targets.categories));
            return;
        }
        if (out.stream().anyMatch(x -> x.equalsIgnoreCase(c.trim()))) {
            problem(n, field, "'" + c + "' is given twice");
            return;
        }
        out.add(c.trim());
    }

    private String zone(Node n, String field, FactorCatalog catalog) {
        String z = string(n, field);
        if (z == null) {
            return null;
        }
        if (z.isBlank()) {
            problem(n, field, "the zone must not be empty; give a zone code such as FR or SE");
            return null;
        }
        return catalog.zoneCode(z.trim()).orElseGet(() -> {
            problem(n, field, "unknown electricity zone '" + z + "'" + Suggestions.didYouMean(z.trim(),
                    catalog.zoneCodes()) + " (`impact factors list electricity.`"
                    + " lists them)");
            return null;
        });
    }

    private String string(Node n, String field) {
        if (n instanceof Val && ((Val) n).value() instanceof String) {
            return (String) ((Val) n).value();
        }
        problem(n, field, "expected a JSON string, was " + JsonTree.describe(n));
        return null;
    }

    private Double number(Node n, String field) {
        if (n instanceof Val && ((Val) n).value() instanceof Double) {
            return (Double) ((Val) n).value();
        }
        problem(n, field, "expected a JSON number, was " + JsonTree.describe(n));
        return null;
    }

    /** What a lever may target. */
    private static final class Targets {
        final Set<String> categories = new TreeSet<>();
        private final Set<String> inInventory = new LinkedHashSet<>();
        private final Set<String> known = new LinkedHashSet<>();

        Targets(Inventory inventory, FactorCatalog catalog) {
            for (String k : catalog.keys()) {
                if (k.startsWith("device.") && k.indexOf('.', 7) < 0) {
                    categories.add(k.substring(7));
                }
            }
            categories.add("server");
            for (InventoryLine l : inventory) {
                categories.add(l.category());
                inInventory.add(l.category().toLowerCase(Locale.ROOT));
                inInventory.add(l.label().toLowerCase(Locale.ROOT));
            }
            categories.forEach(c -> known.add(c.toLowerCase(Locale.ROOT)));
            known.addAll(inInventory);
            known.add("*");
        }

        boolean known(String target) {
            return known.contains(target.trim().toLowerCase(Locale.ROOT));
        }

        boolean matchesALine(String target) {
            return target.equals("*") || inInventory.contains(target.trim().toLowerCase(Locale.ROOT));
        }
    }
}
