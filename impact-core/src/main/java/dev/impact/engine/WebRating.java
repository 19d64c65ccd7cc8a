package dev.impact.engine;

import dev.impact.inventory.NetworkModel;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.measure.Indicator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Sustainable Web Design digital carbon rating: a letter for the grams of CO2e per page visit, from the model's
 * published thresholds (each an upper bound, inclusive). SWD v4 (sustainablewebdesign.org, "Digital Carbon
 * Ratings", 2024): A+ ≤ 0.040, A ≤ 0.079, B ≤ 0.145, C ≤ 0.209, D ≤ 0.278, E ≤ 0.359 g, else F. SWD v3 (as co2.js
 * rates it): 0.095, 0.186, 0.341, 0.493, 0.656, 0.846 g. The same numbers as co2.js 0.19.0
 * ({@code dist/esm/constants/index.js} SWDMV4_RATINGS, SWDMV3_RATINGS; {@code outputRating} in
 * {@code dist/esm/helpers/index.js}).
 */
public enum WebRating {
    A_PLUS("A+"), A("A"), B("B"), C("C"), D("D"), E("E"), F("F");

    private static final double[] V4 = {0.040, 0.079, 0.145, 0.209, 0.278, 0.359};
    private static final double[] V3 = {0.095, 0.186, 0.341, 0.493, 0.656, 0.846};

    private final String letter;

    WebRating(String letter) {
        this.letter = letter;
    }

    /** The letter as published ({@code A+}, {@code A}… {@code F}). */
    public String letter() {
        return letter;
    }

    /**
     * The rating of {@code gramsPerVisit} gCO2e per visit under {@code model}'s thresholds.
     *
     * @throws IllegalArgumentException if the model has no rating (only SWD_V3 and SWD_V4 have one) or the grams are
     *                                  not a finite number &gt;= 0
     */
    public static WebRating of(NetworkModel model, double gramsPerVisit) {
        Objects.requireNonNull(model, "model");
        if (!Double.isFinite(gramsPerVisit) || gramsPerVisit < 0) {
            throw new IllegalArgumentException("gramsPerVisit must be a finite number >= 0 (gCO2e), was "
                    + gramsPerVisit);
        }
        double[] t;
        if (model == NetworkModel.SWD_V4) {
            t = V4;
        } else if (model == NetworkModel.SWD_V3) {
            t = V3;
        } else {
            throw new IllegalArgumentException("model must be SWD_V3 or SWD_V4 for a rating, was " + model);
        }
        for (int i = 0; i < t.length; i++) {
            if (gramsPerVisit <= t[i]) {
                return values()[i];
            }
        }
        return F;
    }

    /**
     * The rating of an assessed line of visits ({@code NetworkTransfer.ofVisits}) with an SWD model: its climate
     * change in grams / its visits. Empty for any other line.
     */
    public static Optional<WebRating> of(LineResult result) {
        Objects.requireNonNull(result, "result");
        if (!(result.line() instanceof NetworkTransfer)) {
            return Optional.empty();
        }
        NetworkTransfer n = (NetworkTransfer) result.line();
        OptionalDouble visits = n.visits();
        if (visits.isEmpty() || (n.model() != NetworkModel.SWD_V3 && n.model() != NetworkModel.SWD_V4)) {
            return Optional.empty();
        }
        return Optional.of(of(n.model(), result.footprint().total(Indicator.CLIMATE_CHANGE) * 1000
                / visits.getAsDouble()));
    }
}
