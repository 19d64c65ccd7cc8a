/**
 * The impact command line (picocli): {@code assess} (with {@code --uncertainty N}), {@code validate},
 * {@code compare} (offers per functional unit), {@code scenario} (levers against a baseline), {@code factors},
 * {@code convert}. Entry point {@link dev.impact.cli.Main}; exit codes 0 success, 1 invalid input, 2 usage error.
 *
 * <pre>{@code
 * int code = Main.commandLine().execute("validate", "fleet.csv");
 * int cmp = Main.commandLine().execute("compare", "a.csv", "b.json", "--per", "device-year", "--year", "2025");
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@code Optional} or empty strings/lists.
 */
package dev.impact.cli;
