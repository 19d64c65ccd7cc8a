package dev.impact.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impact.inventory.DeviceFleet;
import dev.impact.inventory.NetworkKind;
import dev.impact.inventory.NetworkTransfer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryRowsTest {
    private static final List<String> COLUMNS = List.of("kind", "category", "quantity", "lifetime_years",
            "purchase_year", "network_kind");

    @Test
    void typedAndTextValuesGiveTheSameLines() {
        InventoryRows rows = InventoryRows.of("lake", COLUMNS);
        DeviceFleet laptops = DeviceFleet.of("laptop", 120).lifetimeYears(4.5).purchaseYear(2021);
        assertThat(rows.decode(2, "device", "laptop", 120L, 4.5, 2021, null).line()).contains(laptops);
        assertThat(rows.decode(3, "device", "laptop", "120", "4,5", " 2021 ", "").line()).contains(laptops);
        assertThat(rows.decode(4, "device", "laptop", new BigDecimal("120.0"), 4.5f, (short) 2021, null).line())
                .contains(laptops);
        assertThat(rows.decode(5, "network", null, 1800.25, null, null, "fixed").line())
                .contains(NetworkTransfer.ofGb(1800.25).kind(NetworkKind.FIXED));
    }

    @Test
    void everyProblemOfARowIsReportedWithItsColumnAndValue() {
        InventoryRows rows = InventoryRows.of("lake", COLUMNS);
        InventoryEntry e = rows.decode(7, "device", "laptop", "douze", 0.0, 2021.5, "fixed");
        assertThat(e.isValid()).isFalse();
        assertThat(e.problems()).extracting(Problem::column).containsExactlyInAnyOrder("quantity", "lifetime_years",
                "purchase_year", "network_kind");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("lake");
            assertThat(p.line()).isEqualTo(7);
        });
        assertThat(e.problems()).filteredOn(p -> p.column().equals("quantity")).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo("douze"));
        assertThat(rows.decode(8, "device", "laptop", Double.NaN, null, null, null).problems())
                .extracting(Problem::column).containsExactly("quantity");
    }

    @Test
    void unknownRepeatedOrMissingColumnsAreRefusedAtOnce() {
        assertThatThrownBy(() -> InventoryRows.of("lake", List.of("kind", "quantity", "categroy")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'categroy'")
                .hasMessageContaining("category");
        assertThatThrownBy(() -> InventoryRows.of("lake", List.of("kind", "quantity", "kind")))
                .hasMessageContaining("'kind' given twice");
        assertThatThrownBy(() -> InventoryRows.of("lake", List.of("kind", "category")))
                .hasMessageContaining("'quantity' is missing");
        assertThatThrownBy(() -> InventoryRows.of("lake", COLUMNS).decode(1, "device"))
                .hasMessageContaining("expected 6 values, was 1");
    }
}
