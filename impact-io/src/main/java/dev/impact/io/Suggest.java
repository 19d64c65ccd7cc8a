package dev.impact.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest known keys to a probable typo (Levenshtein distance), for error messages. */
public final class Suggest {
    private Suggest() {
    }

    /** Up to three known keys within a small edit distance of {@code word}, closest first, as "; did you mean …?". */
    public static String didYouMean(String word, Collection<String> known) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> c = new ArrayList<>();
        for (String k : known) {
            int d = distance(w, k.toLowerCase(Locale.ROOT));
            if (d <= Math.max(2, w.length() / 3) || k.toLowerCase(Locale.ROOT).contains(w) && w.length() >= 3) {
                c.add(k);
            }
        }
        c.sort(Comparator.comparingInt(k -> distance(w, k.toLowerCase(Locale.ROOT))));
        if (c.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(", ", c.subList(0, Math.min(3, c.size()))) + "?";
    }

    static int distance(String a, String b) {
        return dev.impact.engine.Suggestions.distance(a, b);
    }
}
