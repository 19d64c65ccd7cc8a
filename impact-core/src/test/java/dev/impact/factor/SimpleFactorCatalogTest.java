package dev.impact.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.measure.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleFactorCatalogTest extends FactorCatalogContract {
    private static final SimpleFactorCatalog CATALOG = TestCatalogs.ademeLike();

    @Override
    protected FactorCatalog catalog() {
        return CATALOG;
    }

    @Test
    void resolve_prefersSourceThenNewestYear() {
        // ADEME is preferred over Ember: France 2024 resolves to ADEME's 0.0519, not Ember's 0.04418
        assertThat(CATALOG.resolve("electricity.FR", 2024).orElseThrow().id()).isEqualTo("electricity.fr.ademe.2024");
        // in 2023 neither ADEME nor Ember (both 2024) is valid: only the 2011 BoaviztAPI row is
        assertThat(CATALOG.resolve("electricity.FR", 2023).orElseThrow().id()).isEqualTo(
                "electricity.fr.boavizta.2011");
        // Germany, one source, two years
        assertThat(CATALOG.resolve("electricity.DE", 2023).orElseThrow().id()).isEqualTo("electricity.de.ember.2023");
        assertThat(CATALOG.resolve("electricity.DE", 2026).orElseThrow().id()).isEqualTo("electricity.de.ember.2024");
        assertThat(CATALOG.resolve("electricity.DE", 2022)).isEmpty();
    }

    @Test
    void builder_duplicateId() {
        Factor f = CATALOG.factor("device.laptop.ademe").orElseThrow();
        assertThatThrownBy(() -> FactorCatalog.builder().add(f).add(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate factor id 'device.laptop.ademe'");
    }

    @Test
    void overlay_replacesOnlyNamedRowsAndPrefersItsSource() {
        Source mine = new Source("contract", "Green electricity contract", "Town hall", 2024, "contract 2024-17",
                "user data");
        Factor contract = TestCatalogs.factor("electricity.fr.contract", "electricity.FR", ReferenceUnit.KWH, mine,
                "FR", 2024, TestCatalogs.gwp(Phase.USE, 0.012));
        SimpleFactorCatalog o = FactorCatalog.builder().from(CATALOG).replace(contract)
                .preferSourcesFirst(List.of("contract")).build();
        assertThat(o.resolve("electricity.FR", 2024).orElseThrow()).isEqualTo(contract);
        assertThat(o.factors()).hasSize(CATALOG.factors().size() + 1);
        assertThat(CATALOG.resolve("electricity.FR", 2024).orElseThrow().id()).isEqualTo("electricity.fr.ademe.2024");
    }
}
