package dev.impact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impact.engine.AssessmentOptions;
import dev.impact.engine.Engine;
import dev.impact.factor.FactorCatalog;
import dev.impact.factor.TestCatalogs;
import dev.impact.inventory.AiInference;
import dev.impact.inventory.AiModelSize;
import dev.impact.inventory.CloudCompute;
import dev.impact.inventory.DataStorage;
import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.Inventory;
import dev.impact.inventory.NetworkTransfer;
import dev.impact.inventory.ServerFleet;
import dev.impact.measure.Footprint;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the core's API, called with one null argument at a time, fails with a
 * message naming that argument ({@code Objects.requireNonNull(x, "x")}) or with a sentence, never with the JVM's
 * helpful-NPE text ({@code Cannot invoke "String.length()" because "<local1>" is null}) nor without a message.
 */
class NullArgumentsTest {
    /** Instances that stand for a parameter or a receiver of their type. */
    private static final List<Object> SAMPLES = samples();
    /** What a message naming the null argument looks like: a name, a path of names, or a sentence. */
    private static final Pattern NAMED = Pattern.compile("[a-zA-Z][\\w.\\[\\]]*|.* (must not be|is) null.*|.*\\s.*");
    private static final Pattern JVM_TEXT = Pattern.compile("Cannot (invoke|read|load|store|assign|enter|throw)"
            + ".*|.*because .* is null.*");

    private static List<Object> samples() {
        FactorCatalog catalog = TestCatalogs.ademeLike();
        List<Object> s = new ArrayList<>();
        s.add(catalog);
        s.add(Engine.of(catalog));
        s.add(Impact.using(catalog));
        s.add(AssessmentOptions.defaults().reportingYear(2024));
        s.add(DeviceFleet.of("laptop", 3));
        s.add(ServerFleet.of(1));
        s.add(NetworkTransfer.ofGb(10));
        s.add(DataStorage.ofTbYears(1));
        s.add(CloudCompute.of("aws", 10));
        s.add(AiInference.of(10, AiModelSize.values()[0]));
        s.add(Inventory.of("t", DeviceFleet.of("laptop", 3)));
        s.add(Footprint.zero());
        s.add(new Engine.Sum());
        return s;
    }

    private static Object valueOf(Class<?> t) {
        if (t == String.class || t == CharSequence.class) {
            return "laptop";
        } else if (t == double.class || t == Double.class) {
            return 1.0;
        } else if (t == int.class || t == Integer.class) {
            return 1;
        } else if (t == long.class || t == Long.class) {
            return 1L;
        } else if (t == boolean.class || t == Boolean.class) {
            return false;
        } else if (t.isEnum()) {
            return t.getEnumConstants()[0];
        } else if (t.isArray()) {
            return Array.newInstance(t.getComponentType(), 0);
        } else if (t == List.class || t == Collection.class || t == Iterable.class) {
            return List.of();
        } else if (t == Set.class) {
            return Set.of();
        } else if (t == Map.class) {
            return Map.of();
        } else if (t == Optional.class) {
            return Optional.empty();
        } else if (t == Locale.class) {
            return Locale.ROOT;
        }
        for (Object o : SAMPLES) {
            if (t.isInstance(o)) {
                return o;
            }
        }
        return null; // no sample: the executable is not called
    }

    private static List<Class<?>> apiClasses() throws IOException {
        Path root = Path.of("src/main/java");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = root.relativize(f).toString();
                if (!rel.endsWith(".java") || rel.endsWith("package-info.java") || rel.contains("/internal/")) {
                    continue;
                }
                String name = rel.substring(0, rel.length() - 5).replace('/', '.');
                try {
                    Class<?> c = Class.forName(name);
                    collect(c, out);
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(name, e);
                }
            }
        }
        return out;
    }

    private static void collect(Class<?> c, List<Class<?>> out) {
        if (Modifier.isPublic(c.getModifiers())) {
            out.add(c);
            for (Class<?> inner : c.getDeclaredClasses()) {
                collect(inner, out);
            }
        }
    }

    @Test
    void everyNullArgument_isNamed() throws IOException {
        List<String> unnamed = new ArrayList<>();
        int tried = 0;
        for (Class<?> c : apiClasses()) {
            List<Executable> executables = new ArrayList<>();
            for (Constructor<?> k : c.getConstructors()) {
                executables.add(k);
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()
                        && !(m.getName().equals("equals") && m.getParameterCount() == 1)) {
                    executables.add(m);
                }
            }
            for (Executable e : executables) {
                Class<?>[] types = e.getParameterTypes();
                Object[] args = new Object[types.length];
                boolean callable = true;
                for (int i = 0; i < types.length; i++) {
                    args[i] = valueOf(types[i]);
                    callable &= args[i] != null;
                }
                boolean isStatic = e instanceof Constructor || Modifier.isStatic(e.getModifiers());
                Object receiver = isStatic ? null : valueOf(c);
                if (!callable || !isStatic && receiver == null) {
                    continue;
                }
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isPrimitive()) {
                        continue;
                    }
                    Object[] withNull = args.clone();
                    withNull[i] = null;
                    tried++;
                    Throwable thrown = call(e, receiver, withNull);
                    if (thrown instanceof NullPointerException) {
                        String m = thrown.getMessage();
                        if (m == null || JVM_TEXT.matcher(m).matches() || !NAMED.matcher(m).matches()) {
                            unnamed.add(c.getSimpleName() + "." + e.getName() + " argument " + (i + 1) + ": " + m);
                        }
                    }
                }
            }
        }
        assertThat(tried).as("null arguments tried").isGreaterThan(100);
        assertThat(unnamed).as("null arguments without a name, of %d tried", tried).isEmpty();
    }

    private static Throwable call(Executable e, Object receiver, Object[] args) {
        try {
            if (e instanceof Constructor) {
                ((Constructor<?>) e).newInstance(args);
            } else {
                ((Method) e).invoke(receiver, args);
            }
            return null;
        } catch (InvocationTargetException x) {
            return x.getCause();
        } catch (ReflectiveOperationException | IllegalArgumentException x) {
            return null; // not callable this way (an abstract class, a record's varargs…)
        }
    }
}
