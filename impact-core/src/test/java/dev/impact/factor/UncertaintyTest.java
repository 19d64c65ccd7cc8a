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
                "normal cv must be a number > 0 and <= 1 (beyond, most draws would be cut at 0: use lognormal), was -0.1");
        assertThatThrownBy(() -> Uncertainty.parse("lognormal(gsd=0.9)")).hasMessage(
                "lognormal gsd must be a number > 1 and <= 10 (10 already spreads the 95 % interval over nearly four orders of magnitude), was 0.9");
    }

    @Test
    void parse_garbage() {
        assertThatThrownBy(() -> Uncertainty.parse("wide")).hasMessageStartingWith(
                "uncertainty 'wide' is not of the form kind(name=value,...)");
        assertThatThrownBy(() -> Uncertainty.parse("lognormal(sd=2)")).hasMessage(
                "uncertainty 'lognormal(sd=2)' lacks argument 'gsd'");
        assertThatThrownBy(() -> Uncertainty.parse("beta(a=1)")).hasMessageContaining("unknown kind 'beta'");
    }

    @Test
    void implausibleSpreads_areRefused() {
        // gsd = 1e308 would draw infinite multipliers; 10 is the documented ceiling
        assertThatThrownBy(() -> Uncertainty.parse("lognormal(gsd=1e308)")).hasMessageStartingWith(
                "lognormal gsd must be a number > 1 and <= 10").hasMessageEndingWith("was 1.0E308");
        assertThat(Uncertainty.parse("lognormal(gsd=10)").high95()).isCloseTo(Math.pow(10, 1.959963984540054),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> Uncertainty.parse("normal(cv=1.5)")).hasMessageStartingWith("normal cv must be");
        // uniform(0.96, 10): p5 = 0.96 + 0.05 × 9.04 = 1.412 > 1, so the given value is below 95 % of the draws
        assertThatThrownBy(() -> Uncertainty.parse("uniform(low=0.96,high=10)")).hasMessage(
                "uniform(low=0.96,high=10.0) puts the central value outside its own 5th-95th percentiles (1.41 to"
                        + " 9.55 times it): the value given is not a central estimate of that spread; centre the"
                        + " bounds on it");
        // triangular(0.99, 50), mode 1: p5 = 0.99 + sqrt(0.05 × 49.01 × 0.01) = 1.1465 > 1
        assertThatThrownBy(() -> Uncertainty.parse("triangular(low=0.99,high=50)")).hasMessageContaining(
                "(1.15 to ");
        // triangular(0.6, 1) (mode at its upper bound): p95 = 1 exactly, accepted
        assertThat(Uncertainty.parse("triangular(low=0.6,high=1)").high95()).isEqualTo(1.0);
        assertThatThrownBy(() -> Uncertainty.parse("uniform(low=0.5,high=1000)")).hasMessage(
                "uniform high must be <= 100 (a hundred times the central value), was 1000.0");
    }
}
