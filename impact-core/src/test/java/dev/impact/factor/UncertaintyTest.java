package dev.impact.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UncertaintyTest {
    @Test
    void parse_roundTrips() {
        for (String s : new String[] {"lognormal(gsd=1.5)", "triangular(low=0.7,high=1.4)",
            "uniform(low=0.8,high=1.2)", "normal(cv=0.1)", "exact"}) {
            assertThat(Uncertainty.parse(s).toString()).isEqualTo(s);
        }
    }

    @Test
    void lognormal_bounds() {
        // 95 % interval of a lognormal multiplier: gsd^±1.96; 1.5^1.96 = e^(1.96 × 0.405465) = 2.2143
        Uncertainty u = Uncertainty.parse("lognormal(gsd=1.5)");
        assertThat(u.high95()).isCloseTo(2.2142, within(1e-3));
        assertThat(u.low95()).isCloseTo(1 / 2.2142, within(1e-3));
    }

    @Test
    void triangular_bounds() {
        // low + sqrt(0.025 × (high-low) × (mode-low)) = 0.5 + sqrt(0.025 × 1.5 × 0.5) = 0.5 + 0.13693
        Uncertainty u = Uncertainty.triangular(0.5, 2);
        assertThat(u.low95()).isCloseTo(0.63693, within(1e-5));
        // high - sqrt(0.025 × 1.5 × 1) = 2 - 0.19365
        assertThat(u.high95()).isCloseTo(1.80635, within(1e-5));
    }

    @Test
    void parse_lowAboveHigh() {
        assertThatThrownBy(() -> Uncertainty.parse("uniform(low=1.2,high=0.8)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uniform bounds must satisfy low <= 1 <= high (multipliers of the central value), were"
                        + " low=1.2, high=0.8");
    }

    @Test
    void parse_negativeSpread() {
        assertThatThrownBy(() -> Uncertainty.parse("normal(cv=-0.1)")).hasMessage(
                "normal cv must be a finite number > 0, was -0.1");
        assertThatThrownBy(() -> Uncertainty.parse("lognormal(gsd=0.9)")).hasMessage(
                "lognormal gsd must be a finite number > 1, was 0.9");
    }

    @Test
    void parse_garbage() {
        assertThatThrownBy(() -> Uncertainty.parse("wide")).hasMessageStartingWith(
                "uncertainty 'wide' is not of the form kind(name=value,...)");
        assertThatThrownBy(() -> Uncertainty.parse("lognormal(sd=2)")).hasMessage(
                "uncertainty 'lognormal(sd=2)' lacks argument 'gsd'");
        assertThatThrownBy(() -> Uncertainty.parse("beta(a=1)")).hasMessageContaining("unknown kind 'beta'");
    }
}
