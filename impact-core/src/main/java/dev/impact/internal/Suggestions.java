package dev.impact.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one "did you mean…?" of impact: the known keys closest to a probable typo, by edit distance, phrased the same
 * in every message (engine, file readers, command line): {@code "; did you mean laptop, laptop-pro or tablet?"}.
 * Not API: public only so that the library's modules share it.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * {@code "; did you mean a, b or c?"}: up to three known values within a small edit distance of {@code given}
     * (case-insensitive; at most max(1, a third of its length), or containing it when it has 3 letters or more),
     * closest first, ties in the order of {@code known}; an empty string when none is close.
     */
    public static String didYouMean(String given, Collection<String> known) {
        List<String> close = closest(given, known);
        if (close.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("; did you mean ");
        for (int i = 0; i < close.size(); i++) {
            sb.append(i == 0 ? "" : i == close.size() - 1 ? " or " : ", ").append(close.get(i));
        }
        return sb.append('?').toString();
    }

    /** The values {@link #didYouMean} would suggest, closest first (at most three). */
    public static List<String> closest(String given, Collection<String> known) {
        String g = given.trim().toLowerCase(Locale.ROOT);
        int limit = Math.max(1, g.length() / 3);
        List<String> close = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        for (String k : known) {
            String lk = k.toLowerCase(Locale.ROOT);
            int d = distance(g, lk);
            if (d <= limit || g.length() >= 3 && lk.contains(g)) {
                close.add(k);
                distances.add(d);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < close.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(distances::get)); // stable: ties keep the order of known
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(3, order.size()); i++) {
            out.add(close.get(order.get(i)));
        }
        return out;
    }

    /**
     * Edit distance between two strings (case-sensitive): insertions, deletions, substitutions and transpositions of
     * two adjacent letters count one each (optimal string alignment), so {@code laptpo} is 1 from {@code laptop}.
     */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
