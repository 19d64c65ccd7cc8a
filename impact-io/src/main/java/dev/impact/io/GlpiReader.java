package dev.impact.io;

import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.ServerFleet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GLPI computer, monitor or network-equipment CSV export (GLPI's search list "Export → CSV": {@code ;}
 * separated, one asset per row) as one inventory line per asset: kind and category from the {@link TypeMapping},
 * label from the Name column, purchase year from a purchase-date column when the export has one. Columns found by
 * their (French or English) header: Type (required), Name/Nom, Model/Modèle, Manufacturer/Fabricant, Date
 * d'achat/Purchase date, and the line's group from Lieu/Location (the site), else Entité/Entity (a notice says which).
 * Other columns are ignored. A type the mapping does not know makes the row invalid (a
 * problem naming the type, the model and the fix), never a silent drop; rows mapped to {@code none} are counted
 * in {@link #excluded()}.
 */
final class GlpiReader extends TextInputReader {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|2[01]\\d\\d)(?!\\d)");
    /** A date written year first (2021-03-15) or day first (15/03/2021, 15-03-2021, 15.03.2021), time allowed after. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("^\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");

    private final CsvTokenizer tok;
    private final TypeMapping mapping;
    private final int type;
    private final int nameCol;
    private final int model;
    private final int maker;
    private final int date;
    private final int groupCol;
    /** Whether the group is a Lieu (its first level, the site) rather than an Entité (below the root entity). */
    private final boolean groupIsLocation;
    private final String typeHeader;
    private final String[] headers;
    private final Map<String, Integer> excluded = new TreeMap<>();

    GlpiReader(TextInput input, CsvTokenizer tok, String file, String name, List<String> notices,
               TypeMapping mapping) {
        super(input, file, name, notices);
        this.tok = tok;
        this.mapping = mapping;
        String[] h = tok.fields();
        headers = h;
        type = find(h, "type");
        nameCol = find(h, "nom", "name");
        model = find(h, "modele", "model");
        maker = find(h, "fabricant", "manufacturer");
        date = find(h, "date d'achat", "purchase date", "date of purchase");
        int location = find(h, "lieu", "location");
        groupIsLocation = location >= 0;
        groupCol = location >= 0 ? location : find(h, "entite", "entity");
        if (groupCol >= 0) {
            notices.add(file + ": each line's group is " + (groupIsLocation ? "the site: the first level of"
                    : "the entity below the root entity, from") + " the column '" + h[groupCol].strip() + "'");
        }
        if (type < 0) {
            throw new InvalidFileException(new Problem(file, tok.line(), "Type", "a GLPI export needs a Type column"
                    + " (found: " + String.join(", ", h) + ")"));
        }
        typeHeader = h[type].strip();
    }

    /** Whether a header looks like a GLPI export (it has a Type column and a Name or Model column). */
    static boolean looksLikeGlpi(String[] header) {
        return find(header, "type") >= 0 && (find(header, "nom", "name") >= 0 || find(header, "modele", "model") >= 0);
    }

    /** Index of the column whose normalised header equals one of the names, else ends with one, else -1. */
    static int find(String[] header, String... names) {
        for (String n : names) {
            for (int i = 0; i < header.length; i++) {
                if (TypeMapping.norm(header[i]).equals(n)) {
                    return i;
                }
            }
        }
        for (String n : names) {
            for (int i = 0; i < header.length; i++) {
                String h = TypeMapping.norm(header[i]);
                if (h.endsWith(" - " + n) || h.endsWith(" " + n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public InventoryEntry next() {
        while (true) {
            try {
                if (!tok.next()) {
                    if (!excluded.isEmpty()) {
                        notices.add(file + ": rows left out by the mapping (kind none): " + excluded);
                    }
                    return null;
                }
            } catch (IOException e) {
                throw new InvalidFileException(new Problem(file, tok.line() + 1, "", (e instanceof CsvTokenizer.RecordTooLongException ? e.getMessage() : "cannot read further: " + e)
                        + (e instanceof java.nio.charset.CharacterCodingException ? " (the file mixes encodings;"
                        + " re-save it as UTF-8 or pass --encoding latin-1)" : "")));
            }
            long line = tok.line();
            if (tok.error() != null) {
                return invalid(line, "", tok.error());
            }
            String t = tok.get(type).strip();
            String assetName = nameCol >= 0 ? tok.get(nameCol).strip() : "";
            String label = assetName.isEmpty() ? "GLPI line " + line : assetName;
            String makerModel = ((maker >= 0 ? tok.get(maker) : "") + " " + (model >= 0 ? tok.get(model) : "")).strip();
            if (t.isEmpty()) {
                return invalid(line, typeHeader, "asset '" + label + "' has no type; give it a type in GLPI or fill"
                        + " the column");
            }
            Optional<TypeMapping.Rule> rule = mapping.find(t, makerModel);
            if (rule.isEmpty()) {
                return invalid(line, typeHeader, "GLPI type '" + t + "'" + (makerModel.isEmpty() ? "" : " (model '"
                        + makerModel + "')") + " has no mapping; add a row \"" + t + ",,device,<category>\" to your"
                        + " mapping file (--mapping)");
            }
            TypeMapping.Rule r = rule.get();
            if (r.kind().equals("none")) {
                excluded.merge(t, 1, Integer::sum);
                continue;
            }
            int year = 0;
            if (date >= 0 && !tok.get(date).isBlank()) {
                String text = tok.get(date);
                if (!isCalendarDate(text)) {
                    return invalid(line, headerOf(date), "no such date '" + text.strip() + "' (month 1 to 12, a day"
                            + " of that month)");
                }
                Matcher m = YEAR.matcher(text);
                if (!m.find()) {
                    return invalid(line, headerOf(date), "expected a date such as"
                            + " 2021-03-15 or 15/03/2021, was '" + tok.get(date) + "'");
                }
                year = Integer.parseInt(m.group(1));
            }
            String group = groupCol >= 0 ? group(tok.get(groupCol), groupIsLocation) : "";
            try {
                InventoryLine l;
                if (r.kind().equals("server")) {
                    ServerFleet s = ServerFleet.of(1).label(label);
                    s = group.isEmpty() ? s : s.group(group);
                    l = year > 0 ? s.purchaseYear(year) : s;
                } else {
                    DeviceFleet d = DeviceFleet.of(r.category(), 1).label(label);
                    if (!Double.isNaN(r.kWhPerYear())) {
                        d = d.energyKWhPerYear(r.kWhPerYear());
                    }
                    d = group.isEmpty() ? d : d.group(group);
                    l = year > 0 ? d.purchaseYear(year) : d;
                }
                return InventoryEntry.valid(line, l);
            } catch (IllegalArgumentException e) {
                boolean ofGroup = e instanceof dev.impact.inventory.LineRejectedException
                        && ((dev.impact.inventory.LineRejectedException) e).field().filter("group"::equals).isPresent();
                return invalid(line, ofGroup ? headerOf(groupCol) : date >= 0 ? headerOf(date) : typeHeader,
                        e.getMessage());
            }
        }
    }

    /**
     * The group of a GLPI tree name ("Hôtel de ville > 1er étage", "Ville > DSI > Études"): for a location its
     * first level (the site), for an entity what is below the root entity (the organisation itself), or the root
     * when there is nothing below it; empty for an empty cell.
     */
    static String group(String treeName, boolean location) {
        String[] levels = treeName.strip().split("\\s*>\\s*");
        if (levels.length == 0 || levels[0].isBlank() && levels.length == 1) {
            return "";
        }
        if (location || levels.length == 1) {
            return levels[0].strip();
        }
        return String.join(" > ", java.util.Arrays.asList(levels).subList(1, levels.length)).strip();
    }

    /** False only for a full date that no calendar has (2021-13-45, 31/02/2022); other text is judged elsewhere. */
    static boolean isCalendarDate(String text) {
        int y;
        int mo;
        int d;
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.find()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else {
            m = DAY_FIRST.matcher(text);
            if (!m.find()) {
                return true;
            }
            d = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
        }
        try {
            java.time.LocalDate.of(y, mo, d);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private String headerOf(int i) {
        return headers[i].strip();
    }

    private InventoryEntry invalid(long line, String column, String reason) {
        return new InventoryEntry(line, Optional.empty(), List.of(new Problem(file, line, column, reason)));
    }

    /** Rows left out by {@code none} mappings, by GLPI type. */
    Map<String, Integer> excluded() {
        return new LinkedHashMap<>(excluded);
    }

    static List<String> mutable(List<String> l) {
        return new ArrayList<>(l);
    }
}
