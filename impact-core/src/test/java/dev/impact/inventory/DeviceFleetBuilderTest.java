package dev.impact.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link DeviceFleet.Builder} makes the lines the copy methods make, and refuses what they refuse, alike. */
class DeviceFleetBuilderTest {
    @Test
    void sameLineAsChainedCopies() {
        DeviceFleet chained = DeviceFleet.of(" Laptop ", 120).label("agents").zone("FR").lifetimeYears(5)
                .purchaseYear(2021).massKg(2.1).power(30, 8).refurbished().count(100);
        DeviceFleet built = DeviceFleet.builder(" Laptop ", 120).label("agents").zone("FR").lifetimeYears(5)
                .purchaseYear(2021).massKg(2.1).power(30, 8).refurbished().count(100).build();
        assertThat(built).isEqualTo(chained).hasSameHashCodeAs(chained);
        assertThat(built.toString()).isEqualTo(chained.toString());
        assertThat(DeviceFleet.builder("monitor", 3).build()).isEqualTo(DeviceFleet.of("monitor", 3));
        assertThat(DeviceFleet.builder("monitor", 3).energyKWhPerYear(40).condition(Condition.NEW).build())
                .isEqualTo(DeviceFleet.of("monitor", 3).energyKWhPerYear(40));
    }

    @Test
    void sameMessagesAndUnchangedAfterARefusal() {
        assertThatThrownBy(() -> DeviceFleet.builder("laptop", 0)).hasMessage(
                messageOf(() -> DeviceFleet.of("laptop", 0)));
        assertThatThrownBy(() -> DeviceFleet.builder(" ", 1)).hasMessage(
                messageOf(() -> DeviceFleet.of(" ", 1)));
        DeviceFleet.Builder b = DeviceFleet.builder("laptop", 2).lifetimeYears(4);
        DeviceFleet d = DeviceFleet.of("laptop", 2).lifetimeYears(4);
        check(() -> b.lifetimeYears(-2), () -> d.lifetimeYears(-2));
        check(() -> b.count(Double.NaN), () -> d.count(Double.NaN));
        check(() -> b.massKg(0), () -> d.massKg(0));
        check(() -> b.power(20, 25), () -> d.power(20, 25));
        check(() -> b.energyKWhPerYear(-1), () -> d.energyKWhPerYear(-1));
        check(() -> b.label(""), () -> d.label(""));
        check(() -> b.zone(" "), () -> d.zone(" "));
        check(() -> b.purchaseYear(20_000), () -> d.purchaseYear(20_000));
        assertThatThrownBy(() -> b.use(null)).isInstanceOf(NullPointerException.class).hasMessage("use");
        assertThatThrownBy(() -> b.condition(null)).isInstanceOf(NullPointerException.class).hasMessage("condition");
        assertThat(b.build()).isEqualTo(d);
    }

    private static void check(Runnable builder, Runnable copy) {
        String expected = messageOf(copy);
        assertThat(expected).isNotNull();
        assertThatThrownBy(builder::run).isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
