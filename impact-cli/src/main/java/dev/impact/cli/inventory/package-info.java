/**
 * Inventory file layouts
 *
 * <pre>{@code
 *  the impact CSV and JSON layouts (Column, inventory.schema.json), the GLPI export importer, streaming readers that report every problem with file, line and column.:Inventory inv = InventoryFiles.read(Path.of("fleet.csv"));
 * }</pre>
 *
 * <p>Null policy: no method accepts null; {@code InventoryReader.next()} returns null at the end of the file (an
 * iterator-style pull), nothing else returns null: absent values are {@code Optional} or empty strings and lists.
 */
package dev.impact.cli.inventory;
