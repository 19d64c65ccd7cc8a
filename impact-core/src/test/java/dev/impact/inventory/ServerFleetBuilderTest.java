package dev.impact.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link ServerFleet.Builder} makes the lines the copy methods make, and refuses what they refuse, alike. */
class ServerFleetBuilderTest {
    @Test
    void sameLineAsChainedCopies() {
        ServerFleet chained = ServerFleet.of(4).label("web").cpu(2, 12).cpuDieAreaPerCoreMm2(24.5).cpuDieAreaMm2(400)
                .cpuTdpWatts(150).load(0.3).ram(12, 32).ramDensity(1.1).ssd(0, 960).ssdDensity(50).hdd(0)
                .powerSupplies(2, 2.99).caseType(CaseType.BLADE).averagePowerWatts(310).pue(1.4).lifetimeYears(6)
                .purchaseYear(2021).zone(" fr ").count(5);
        ServerFleet built = ServerFleet.builder(4).label("web").cpu(2, 12).cpuDieAreaPerCoreMm2(24.5)
                .cpuDieAreaMm2(400).cpuTdpWatts(150).load(0.3).ram(12, 32).ramDensity(1.1).ssd(0, 960).ssdDensity(50)
                .hdd(0).powerSupplies(2, 2.99).caseType(CaseType.BLADE).averagePowerWatts(310).pue(1.4)
                .lifetimeYears(6).purchaseYear(2021).zone(" fr ").count(5).build();
        assertThat(built).isEqualTo(chained).hasSameHashCodeAs(chained);
        assertThat(built.toString()).isEqualTo(chained.toString());
        assertThat(built.configuration()).isEqualTo(chained.configuration());
        assertThat(ServerFleet.builder(1).build()).isEqualTo(ServerFleet.of(1));
        assertThat(ServerFleet.builder(2).ram(4, 16).build()).isEqualTo(ServerFleet.of(2).ram(4, 16));
    }

    @Test
    void valuesAsGiven() {
        ServerFleet s = ServerFleet.builder(3).cpu(2, 16).ram(8, 64).ssd(300, 1920).hdd(4).pue(1.25).zone("de")
                .build();
        ServerFleet.Configuration c = s.configuration();
        assertThat(s.count()).isEqualTo(3.0);
        assertThat(s.label()).isEqualTo("server");
        assertThat(s.zone()).contains("DE");
        assertThat(s.lifetimeYears()).isEmpty();
        assertThat(s.purchaseYear()).isEmpty();
        assertThat(c.cpuUnits()).isEqualTo(OptionalInt.of(2));
        assertThat(c.cpuCores()).isEqualTo(OptionalInt.of(16));
        assertThat(c.ramUnits()).isEqualTo(OptionalInt.of(8));
        assertThat(c.ramGb()).isEqualTo(OptionalDouble.of(64));
        assertThat(c.ssdUnits()).isEqualTo(OptionalInt.of(300)); // beyond the shared small values
        assertThat(c.ssdGb()).isEqualTo(OptionalDouble.of(1920));
        assertThat(c.hddUnits()).isEqualTo(OptionalInt.of(4));
        assertThat(c.pue()).isEqualTo(OptionalDouble.of(1.25));
        assertThat(c.load()).isEmpty();
        assertThat(c.cpuDiePerCoreMm2()).isEmpty();
        assertThat(c.cpuDieAreaMm2()).isEmpty();
        assertThat(c.cpuTdpWatts()).isEmpty();
        assertThat(c.ramDensity()).isEmpty();
        assertThat(c.ssdDensity()).isEmpty();
        assertThat(c.psuUnits()).isEmpty();
        assertThat(c.psuMassKg()).isEmpty();
        assertThat(c.caseType()).isEqualTo(Optional.empty());
        assertThat(c.averagePowerWatts()).isEmpty();
        assertThat(ServerFleet.builder(1).build().configuration().cpuUnits()).isEmpty();
    }

    @Test
    void sameMessagesAndUnchangedAfterARefusal() {
        assertThatThrownBy(() -> ServerFleet.builder(0)).hasMessage(messageOf(() -> ServerFleet.of(0)))
                .hasMessage("count must be a finite number > 0 (servers), was 0.0");
        assertThatThrownBy(() -> ServerFleet.builder(Double.NaN)).hasMessage(
                messageOf(() -> ServerFleet.of(Double.NaN)));
        ServerFleet.Builder b = ServerFleet.builder(2).cpu(1, 8).ram(2, 16).ssd(1, 480).powerSupplies(1, 2).load(0.5);
        ServerFleet s = ServerFleet.of(2).cpu(1, 8).ram(2, 16).ssd(1, 480).powerSupplies(1, 2).load(0.5);
        check(() -> b.label(" "), () -> s.label(" "));
        check(() -> b.count(-1), () -> s.count(-1));
        check(() -> b.lifetimeYears(0), () -> s.lifetimeYears(0));
        check(() -> b.zone(""), () -> s.zone(""));
        check(() -> b.purchaseYear(1900), () -> s.purchaseYear(1900));
        check(() -> b.cpu(0, 8), () -> s.cpu(0, 8));
        check(() -> b.cpu(0, 0), () -> s.cpu(0, 0)); // units are checked first
        check(() -> b.cpu(4, -1), () -> s.cpu(4, -1)); // units valid, cores not: neither is kept
        check(() -> b.cpuDieAreaPerCoreMm2(-3), () -> s.cpuDieAreaPerCoreMm2(-3));
        check(() -> b.cpuDieAreaMm2(Double.POSITIVE_INFINITY), () -> s.cpuDieAreaMm2(Double.POSITIVE_INFINITY));
        check(() -> b.cpuTdpWatts(0), () -> s.cpuTdpWatts(0));
        check(() -> b.load(1.5), () -> s.load(1.5));
        check(() -> b.ram(0, 16), () -> s.ram(0, 16));
        check(() -> b.ram(8, 0), () -> s.ram(8, 0));
        check(() -> b.ramDensity(0), () -> s.ramDensity(0));
        check(() -> b.ssd(-1, 480), () -> s.ssd(-1, 480));
        check(() -> b.ssd(3, -480), () -> s.ssd(3, -480));
        check(() -> b.ssdDensity(Double.NaN), () -> s.ssdDensity(Double.NaN));
        check(() -> b.hdd(-2), () -> s.hdd(-2));
        check(() -> b.powerSupplies(0, 2), () -> s.powerSupplies(0, 2));
        check(() -> b.powerSupplies(3, 0), () -> s.powerSupplies(3, 0));
        check(() -> b.pue(0.9), () -> s.pue(0.9));
        check(() -> b.averagePowerWatts(-5), () -> s.averagePowerWatts(-5));
        assertThatThrownBy(() -> b.caseType(null)).isInstanceOf(NullPointerException.class).hasMessage("caseType");
        assertThat(b.build()).isEqualTo(s);
        assertThat(b.build().configuration().cpuUnits()).isEqualTo(OptionalInt.of(1));
        assertThat(b.build().configuration().ssdUnits()).isEqualTo(OptionalInt.of(1));
        // the messages themselves, written out
        assertThatThrownBy(() -> b.cpu(4, -1)).hasMessage("cpu.cores must be > 0, was -1");
        assertThatThrownBy(() -> b.ssd(3, -480))
                .hasMessage("ssd.capacity must be a finite number > 0 (GB), was -480.0");
    }

    static void check(Runnable builder, Runnable copy) {
        String expected = messageOf(copy);
        assertThat(expected).isNotNull();
        assertThatThrownBy(builder::run).isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
    }

    static String messageOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
