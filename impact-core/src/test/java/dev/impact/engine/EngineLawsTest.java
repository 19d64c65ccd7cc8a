package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.InventoryLine;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Availability;
import dev.impact.measure.Indicator;
import dev.impact.measure.Phase;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Laws every assessment obeys, whatever the inputs. */
class EngineLawsTest {
    private static final Engine ENGINE = Engine.of(TestCatalogs.ademeLike());
    private static final AssessmentOptions OPTIONS = AssessmentOptions.defaults().reportingYear(2024);

    @Provide
    Arbitrary<InventoryLine> lines() {
        Arbitrary<InventoryLine> devices = Combinators.combine(Arbitraries.of("laptop", "monitor"),
                Arbitraries.doubles().between(1, 5000), Arbitraries.doubles().between(0.5, 12),
                Arbitraries.of("FR", "DE")).as((c, n, life, zone) -> DeviceFleet.of(c, n).lifetimeYears(life)
                .zone(zone));
        Arbitrary<InventoryLine> servers = Combinators.combine(Arbitraries.integers().between(1, 200),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 64),
                Arbitraries.doubles().between(0, 1)).as((n, cpus, cores, load) -> ServerFleet.of(n).cpu(cpus, cores)
                .load(load));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, devices), net.jqwik.api.Tuple.of(1, servers));
    }

    @Property(tries = 200, seed = "14")
    void moreUnits_neverLowerAnyIndicator(@ForAll("lines") InventoryLine line,
                                          @ForAll @DoubleRange(min = 1, max = 10) double factor) {
        InventoryLine more = line instanceof DeviceFleet ? ((DeviceFleet) line).count(line.quantity() * factor)
                : ((ServerFleet) line).count(line.quantity() * factor);
        for (Accounting acc : new Accounting[] {Accounting.YEARLY, Accounting.LIFECYCLE}) {
            AssessmentOptions o = OPTIONS.accounting(acc);
            var a = ENGINE.assess(Inventory.of("a", line), o).total();
            var b = ENGINE.assess(Inventory.of("b", more), o).total();
            for (Indicator i : Indicator.values()) {
                for (Phase p : Phase.values()) {
                    if (a.availability(p, i) != Availability.NOT_AVAILABLE) {
                        assertThat(b.value(p, i)).as("%s %s", p, i).isGreaterThanOrEqualTo(a.value(p, i));
                    }
                }
            }
        }
    }

    @Property(tries = 200, seed = "14")
    void longerLifetime_neverRaisesYearlyEmbodied(@ForAll("lines") InventoryLine line,
                                                  @ForAll @DoubleRange(min = 0.1, max = 8) double extraYears) {
        double life = ((dev.impact.inventory.Equipment) line).lifetimeYears().orElse(4);
        InventoryLine shorter = withLifetime(line, life);
        InventoryLine longer = withLifetime(line, life + extraYears);
        var a = ENGINE.assess(Inventory.of("a", shorter), OPTIONS).total();
        var b = ENGINE.assess(Inventory.of("b", longer), OPTIONS).total();
        for (Indicator i : Indicator.values()) {
            if (a.availability(i) == Availability.NOT_AVAILABLE) {
                continue;
            }
            for (Phase p : new Phase[] {Phase.MANUFACTURE, Phase.DISTRIBUTION, Phase.END_OF_LIFE}) {
                if (a.availability(p, i) != Availability.NOT_AVAILABLE) {
                    assertThat(Math.abs(b.value(p, i))).as("%s %s", p, i).isLessThanOrEqualTo(Math.abs(a.value(p, i)));
                }
            }
            // use per year does not depend on the lifetime
            if (a.availability(Phase.USE, i) != Availability.NOT_AVAILABLE) {
                assertThat(b.value(Phase.USE, i)).isEqualTo(a.value(Phase.USE, i));
            }
        }
    }

    private static InventoryLine withLifetime(InventoryLine l, double years) {
        return l instanceof DeviceFleet ? ((DeviceFleet) l).lifetimeYears(years)
                : ((ServerFleet) l).lifetimeYears(years);
    }

    @Property(tries = 100, seed = "14")
    void total_isSumOfLines(@ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("lines") InventoryLine> ls) {
        Assessment a = ENGINE.assess(Inventory.of("mixed", ls), OPTIONS);
        for (Indicator i : Indicator.values()) {
            for (Phase p : Phase.values()) {
                double sum = 0;
                boolean any = false;
                for (LineResult r : a.lines()) {
                    if (r.footprint().availability(p, i) != Availability.NOT_AVAILABLE) {
                        sum += r.footprint().value(p, i);
                        any = true;
                    }
                }
                if (any) {
                    assertThat(a.total().value(p, i)).isCloseTo(sum, org.assertj.core.api.Assertions.within(
                            1e-9 * Math.max(1, Math.abs(sum))));
                } else {
                    assertThat(a.total().availability(p, i)).isEqualTo(Availability.NOT_AVAILABLE);
                }
            }
        }
        List<Double> byCategory = new ArrayList<>();
        a.byCategory().values().forEach(f -> byCategory.add(f.total(Indicator.CLIMATE_CHANGE)));
        assertThat(byCategory.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(
                a.total(Indicator.CLIMATE_CHANGE), org.assertj.core.api.Assertions.within(1e-6 * Math.max(1,
                        a.total(Indicator.CLIMATE_CHANGE))));
    }
}
