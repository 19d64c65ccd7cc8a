/**
 * The impact command line (picocli)
 *
 * <pre>{@code
 *  assess, validate, factors, convert. Entry point Main; exit codes 0 success, 1 invalid input, 2 usage error.:int code = Main.commandLine().execute("validate", "fleet.csv");
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@code Optional} or empty strings/lists.
 */
package dev.impact.cli;
