package dev.impact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link AppliedDefault}'s written-out {@code equals}/{@code hashCode} behave as a record's: every component counts
 * (one added later and forgotten there fails this test), doubles compare as {@link Double#compare} does, equal
 * values hash alike.
 */
class AppliedDefaultTest {

    static Object value(Class<?> type, int v) {
        if (type == String.class) {
            return "v" + v;
        } else if (type == double.class) {
            return (double) v;
        }
        assertThat(type).isEqualTo(InputStatus.class);
        return InputStatus.values()[v % InputStatus.values().length];
    }

    static AppliedDefault make(Object[] args) throws ReflectiveOperationException {
        Constructor<AppliedDefault> c = AppliedDefault.class.getDeclaredConstructor(
                Arrays.stream(AppliedDefault.class.getRecordComponents()).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
        return c.newInstance(args);
    }

    @Test
    void everyComponentCounts_andEqualValuesHashAlike() throws ReflectiveOperationException {
        RecordComponent[] rc = AppliedDefault.class.getRecordComponents();
        assertThat(rc).hasSize(7);
        Object[] base = Arrays.stream(rc).map(r -> value(r.getType(), 0)).toArray();
        AppliedDefault a = make(base);
        assertThat(a).isEqualTo(make(base.clone())).hasSameHashCodeAs(make(base.clone()));
        for (int i = 0; i < rc.length; i++) {
            Object[] other = base.clone();
            other[i] = value(rc[i].getType(), 1);
            assertThat(make(other)).as(rc[i].getName()).isNotEqualTo(a);
            assertThat(a).as(rc[i].getName()).isNotEqualTo(make(other));
        }
        assertThat(a).isNotEqualTo(null).isNotEqualTo("v0");
    }

    @Test
    void doubles_compareAsARecordWould() {
        AppliedDefault nan = AppliedDefault.text("zone", "FR", InputStatus.DEFAULT, "assessment default zone");
        assertThat(nan).isEqualTo(AppliedDefault.text("zone", "FR", InputStatus.DEFAULT, "assessment default zone"))
                .hasSameHashCodeAs(AppliedDefault.text("zone", "FR", InputStatus.DEFAULT, "assessment default zone"));
        AppliedDefault zero = AppliedDefault.numeric("massKg", 0.0, "kg", InputStatus.DEFAULT, "p", "s");
        assertThat(zero).isNotEqualTo(AppliedDefault.numeric("massKg", -0.0, "kg", InputStatus.DEFAULT, "p", "s"));
    }
}
