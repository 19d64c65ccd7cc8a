package dev.impact.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Closest known keys to a probable typo, by edit distance: what error messages suggest ("closest known:
 * device.laptop"). Used by the engine and by tools reading user files.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** Up to {@code n} known values closest to {@code given}, as "a, b or c", or "none" if there are none. */
    public static String closest(String given, Collection<String> known, int n) {
        String g = given.toLowerCase(Locale.ROOT);
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(Comparator.<String>comparingInt(k -> distance(g, k.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
        List<String> top = sorted.subList(0, Math.min(n, sorted.size()));
        if (top.isEmpty()) {
            return "none";
        }
        if (top.size() == 1) {
            return top.get(0);
        }
        return top.subList(0, top.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
                + top.get(top.size() - 1);
    }

    /** Levenshtein distance between two strings (case-sensitive). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
