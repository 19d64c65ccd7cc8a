/**
 * What an organisation owns and uses: the sealed family of inventory lines — {@link dev.impact.inventory.Equipment}
 * (device fleets, component-described servers) and {@link dev.impact.inventory.Activity} (network transfer, data
 * storage, cloud compute, AI inference) — and the {@link dev.impact.inventory.Inventory} that lists them.
 * <pre>{@code
 * Inventory inv = Inventory.of("town hall",
 *         DeviceFleet.of("laptop", 120).lifetimeYears(5),
 *         NetworkTransfer.ofGb(12_000).kind(NetworkKind.FIXED));
 * }</pre>
 * Lines are immutable; every argument is validated at once with a message naming the field and the value. No nulls
 * in or out: optional inputs read as {@link java.util.Optional} / {@link java.util.OptionalDouble}.
 */
package dev.impact.inventory;
