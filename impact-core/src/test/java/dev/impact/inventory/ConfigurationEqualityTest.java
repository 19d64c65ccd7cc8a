package dev.impact.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * {@link ServerFleet.Configuration}'s {@code equals}/{@code hashCode} (the record's): every component counts, and
 * equal values hash alike. (The engine's server-plan key compares the components itself: EngineSessionTest checks
 * that servers differing in one component get their own plan.)
 */
class ConfigurationEqualityTest {

    static Object empty(Class<?> type) {
        if (type == OptionalInt.class) {
            return OptionalInt.empty();
        } else if (type == OptionalDouble.class) {
            return OptionalDouble.empty();
        } else if (type == ServerFleet.Detail.class) {
            return ServerFleet.Detail.EMPTY;
        }
        assertThat(type).isEqualTo(Optional.class);
        return Optional.empty();
    }

    static Object present(Class<?> type, int v) {
        if (type == OptionalInt.class) {
            return OptionalInt.of(v);
        } else if (type == OptionalDouble.class) {
            return OptionalDouble.of(v + 0.5);
        } else if (type == ServerFleet.Detail.class) {
            return ServerFleet.Detail.EMPTY.withMoreHdd(v);
        }
        return Optional.of(CaseType.values()[v % CaseType.values().length]);
    }

    static ServerFleet.Configuration make(Object[] args) throws ReflectiveOperationException {
        RecordComponent[] rc = ServerFleet.Configuration.class.getRecordComponents();
        Constructor<ServerFleet.Configuration> c = ServerFleet.Configuration.class.getDeclaredConstructor(
                Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return c.newInstance(args);
    }

    @Test
    void everyComponentCounts_andEqualValuesHashAlike() throws ReflectiveOperationException {
        RecordComponent[] rc = ServerFleet.Configuration.class.getRecordComponents();
        assertThat(rc).hasSize(19);
        Object[] none = Arrays.stream(rc).map(r -> empty(r.getType())).toArray();
        ServerFleet.Configuration base = make(none);
        assertThat(base).isEqualTo(make(none.clone())).hasSameHashCodeAs(make(none.clone()));
        for (int i = 0; i < rc.length; i++) {
            Object[] one = none.clone();
            one[i] = present(rc[i].getType(), 1);
            Object[] other = none.clone();
            other[i] = present(rc[i].getType(), 2);
            ServerFleet.Configuration a = make(one);
            assertThat(a).as(rc[i].getName()).isNotEqualTo(base).isNotEqualTo(make(other))
                    .isEqualTo(make(one.clone())).hasSameHashCodeAs(make(one.clone()));
            assertThat(base).as(rc[i].getName()).isNotEqualTo(a);
        }
        assertThat(base).isNotEqualTo(null).isNotEqualTo("server");
    }
}
