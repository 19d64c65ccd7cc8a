package dev.impact.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a person may write in an inventory file for a column, a line kind or a device category, besides the
 * codes ({@code kind}, {@code device}, {@code laptop}): French ones (at least every name the French report prints,
 * e.g. "ordinateur portable", "écran 23–25\"", "transfert de données", "Durée de vie") and common English ones.
 * Names are compared {@linkplain #key(String) folded}: case, accents, spaces, hyphens, apostrophes and quotes do not
 * matter, nor a plural -s or -x on each word ("Ordinateurs portables" = "ordinateur portable").
 */
final class Names {
    private Names() {
    }

    /** A column's other names (folded), the column's header being its code. */
    private static final Map<Column, List<String>> COLUMNS = new LinkedHashMap<>();
    /** A line kind's other names. */
    private static final Map<LineKind, List<String>> KINDS = new LinkedHashMap<>();
    /** A device category's other names, by category code. */
    private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

    private static final Map<String, Column> COLUMN_BY_KEY = new HashMap<>();
    private static final Map<String, LineKind> KIND_BY_KEY = new HashMap<>();
    private static final Map<String, String> CATEGORY_BY_KEY = new HashMap<>();

    static {
        column(Column.KIND, "nature", "type de ligne", "genre");
        column(Column.LABEL, "libellé", "nom", "désignation");
        column(Column.CATEGORY, "catégorie", "type d'équipement");
        column(Column.QUANTITY, "quantité", "nombre", "qté", "qty", "count");
        column(Column.ZONE, "pays", "zone électrique", "country");
        column(Column.LIFETIME_YEARS, "durée de vie", "durée de vie (ans)", "durée de vie ans", "lifetime");
        column(Column.PURCHASE_YEAR, "année d'achat", "année achat", "année d'acquisition", "purchase year");
        column(Column.CONDITION, "état");
        column(Column.MASS_KG, "masse", "masse (kg)", "masse kg", "poids", "poids (kg)", "mass");
        column(Column.POWER_WATTS, "puissance", "puissance (W)", "puissance W", "power");
        column(Column.HOURS_PER_DAY, "heures par jour", "heures d'utilisation par jour");
        column(Column.KWH_PER_YEAR, "kWh par an", "consommation (kWh/an)", "consommation kWh par an");
        column(Column.LOAD, "charge", "charge CPU");
        column(Column.AVERAGE_POWER_WATTS, "puissance moyenne", "puissance moyenne (W)");
        column(Column.NETWORK_KIND, "type de réseau");
        column(Column.MEDIUM, "support");
        column(Column.REPLICATION, "réplication", "copies");
        column(Column.PROVIDER, "fournisseur");
        column(Column.UTILISATION, "taux d'utilisation");
        column(Column.MEMORY_GB_HOURS, "Go-heures de mémoire");
        column(Column.REGION, "région cloud", "région du fournisseur", "provider region");
        column(Column.MICROARCHITECTURE, "microarchitecture", "architecture CPU");
        column(Column.INSTANCE_TYPE, "type d'instance");
        column(Column.NETWORK_GB, "Go entre régions");
        column(Column.GPU_HOURS, "heures GPU");
        column(Column.CLOUD_GPU, "GPU cloud");
        column(Column.AI_SIZE, "taille du modèle", "taille IA");
        column(Column.WH_PER_REQUEST, "Wh par requête");
        column(Column.AI_MODEL, "modèle IA", "modèle d'IA");
        column(Column.AI_UNIT, "unité IA", "unité d'usage IA");
        column(Column.INPUT_TOKENS, "jetons en entrée", "tokens en entrée");
        column(Column.AI_TASK, "tâche IA", "type de tâche");
        column(Column.AGENTS, "agents", "nombre d'agents");
        column(Column.USES_PER_DAY, "usages par jour", "utilisations par jour");
        column(Column.WORKING_DAYS, "jours travaillés", "jours travaillés par an");

        kind(LineKind.DEVICE, "équipement", "appareil", "matériel", "terminal");
        kind(LineKind.SERVER, "serveur");
        kind(LineKind.NETWORK, "réseau", "transfert", "transfert de données", "données transférées");
        kind(LineKind.STORAGE, "stockage", "stockage de données");
        kind(LineKind.CLOUD, "nuage", "calcul en nuage", "informatique en nuage");
        kind(LineKind.AI, "IA", "IA (requêtes)", "intelligence artificielle");

        // the French report's names (impact-report messages_fr.properties, category.*) first, then usual ones
        category("laptop", "ordinateur portable", "PC portable", "portable", "notebook");
        category("desktop-pro", "ordinateur fixe (pro)", "ordinateur fixe", "PC fixe", "unité centrale", "poste fixe",
                "desktop");
        category("desktop-personal", "ordinateur fixe (personnel)");
        category("monitor", "écran 23–25\"", "écran", "moniteur", "screen");
        category("monitor-small", "écran ≤ 22\"", "petit écran");
        category("monitor-large", "écran ≥ 27\"", "grand écran");
        category("smartphone", "téléphone portable", "téléphone mobile", "mobile");
        category("basic-phone", "téléphone simple");
        category("tablet", "tablette");
        category("tv", "téléviseur", "télévision", "écran de télévision");
        category("internet-box", "box internet", "box");
        category("printer-laser", "imprimante laser");
        category("printer-inkjet", "imprimante jet d'encre");
        category("printer-mfp", "imprimante multifonction", "multifonction", "copieur", "photocopieur");
        category("video-projector", "vidéoprojecteur", "vidéo-projecteur", "projecteur");
        category("thin-client", "client léger");
        category("all-in-one", "ordinateur tout-en-un", "tout-en-un");
        category("external-hdd", "disque dur externe");
        category("external-ssd", "SSD externe");
        category("usb-key", "clé USB");
        category("keyboard", "clavier");
        category("mouse", "souris");
        category("docking-station", "station d’accueil", "station d'accueil");
        category("ip-phone", "téléphone IP", "téléphone fixe");
        category("switch", "commutateur réseau", "commutateur");
        category("router", "routeur");
        category("firewall", "pare-feu");
        category("wifi-access-point", "borne Wi-Fi", "point d'accès Wi-Fi");
        category("rack-server", "serveur (facteur global)");
        category("storage-bay", "baie de stockage");
    }

    private static void column(Column c, String... names) {
        COLUMNS.put(c, List.of(names));
        COLUMN_BY_KEY.put(key(c.header()), c);
        for (String n : names) {
            put(COLUMN_BY_KEY, n, c);
        }
    }

    private static void kind(LineKind k, String... names) {
        KINDS.put(k, List.of(names));
        KIND_BY_KEY.put(key(k.code()), k);
        for (String n : names) {
            put(KIND_BY_KEY, n, k);
        }
    }

    private static void category(String code, String... names) {
        CATEGORIES.put(code, List.of(names));
        put(CATEGORY_BY_KEY, code, code);
        for (String n : names) {
            put(CATEGORY_BY_KEY, n, code);
        }
    }

    private static <T> void put(Map<String, T> map, String name, T value) {
        T old = map.put(key(name), value);
        if (old != null && !old.equals(value)) {
            throw new IllegalStateException("the name '" + name + "' is given to both " + old + " and " + value);
        }
    }

    /**
     * A name folded for comparison: lower case, accents dropped, every run of other characters than letters and
     * digits one {@code _}, none at the ends; {@code "Écran 23–25\""} → {@code ecran_23_25}.
     */
    static String key(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** The key with a plural -s or -x dropped from each word of 3 letters or more. */
    private static String singular(String key) {
        return key.replaceAll("([a-z]{2,})[sx](?=_|$)", "$1");
    }

    private static <T> T lookUp(Map<String, T> map, String name) {
        String k = key(name);
        T v = map.get(k);
        return v != null ? v : map.get(singular(k));
    }

    /** The column with this header or one of its other names, or null. */
    static Column column(String header) {
        return lookUp(COLUMN_BY_KEY, header);
    }

    /** The line kind with this code or one of its other names, or null. */
    static LineKind kind(String name) {
        return lookUp(KIND_BY_KEY, name);
    }

    /**
     * The category code this name stands for ("ordinateur portable" → {@code laptop}), or the text itself when it is
     * no known other name (a code, or a category of the user's own factors, which the engine checks).
     */
    static String category(String name) {
        if (CATEGORIES.containsKey(name)) {
            return name; // the usual case, a code: no folding
        }
        String code = lookUp(CATEGORY_BY_KEY, name);
        return code == null ? name.strip() : code;
    }

    /** Every column's names in the files' language ("libellé", …), for suggestions. */
    static List<String> columnNames() {
        List<String> out = new ArrayList<>();
        COLUMNS.values().forEach(out::addAll);
        return out;
    }

    /** Every line kind's other names, for suggestions. */
    static List<String> kindNames() {
        List<String> out = new ArrayList<>();
        KINDS.values().forEach(out::addAll);
        return out;
    }

    /**
     * {@code "; by name, did you mean ordinateur portable (laptop)?"}: the categories' other names closest to a
     * refused category, each with the code it stands for; empty when none is close.
     */
    static String suggestCategory(String given) {
        Map<String, String> codeOf = new LinkedHashMap<>();
        CATEGORIES.forEach((code, names) -> names.forEach(n -> codeOf.put(n, code)));
        List<String> close = dev.impact.internal.Suggestions.closest(given, codeOf.keySet());
        if (close.isEmpty()) {
            return "";
        }
        List<String> shown = new ArrayList<>();
        close.forEach(n -> shown.add(n + " (" + codeOf.get(n) + ")"));
        return "; by name, did you mean " + (shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1)) + "?";
    }

    /** The other names of each category, by code, in the order above. */
    static Map<String, List<String>> categories() {
        return Collections.unmodifiableMap(CATEGORIES);
    }
}
