package dev.impact.cli;

import dev.impact.io.InvalidFileException;
import dev.impact.factors.DataFileException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code impact} command: assess, validate, compare, scenario, factors, convert. Exit codes: 0 success, 1 invalid
 * input (bad inventory, scenario file, factor overlay, unknown id), 2 usage error (unknown option, bad option value).
 *
 * <pre>{@code
 * int code = Main.commandLine().execute("assess", "examples/local-authority.csv", "--year", "2024");
 * }</pre>
 */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "The environmental footprint of IT fleets, networks, storage, cloud and AI, from public"
                + " emission factors.",
        subcommands = {AssessCommand.class, ValidateCommand.class, CompareCommand.class, ScenarioCommand.class, TrajectoryCommand.class,
                FactorsCommand.class, ConvertCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  impact assess examples/local-authority.csv --year 2024",
                "  impact assess fleet.csv --format html --lang fr -o rapport.html",
                "  impact validate glpi-export.csv --mapping my-mapping.csv",
                "  impact factors search laptop",
                "  impact assess fleet.csv --uncertainty 10000",
                "  impact compare examples/offers/offer-a-new.csv examples/offers/offer-b-refurbished.json"
                        + " --per device-year --year 2025",
                "  impact scenario examples/local-authority.csv examples/scenario-sobriety.json --year 2024",
                "%nExit codes: 0 success, 1 invalid input, 2 usage error."})
public final class Main implements Callable<Integer> {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: invalid input (inventory, overlay, id). */
    public static final int INVALID_INPUT = 1;
    /** Exit code: usage error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(new java.io.OutputStreamWriter(System.out, java.nio.charset.Charset.defaultCharset()),
                new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.defaultCharset())).execute(args));
    }

    /**
     * The command line writing to {@code out} and {@code err} as a terminal should receive them: control characters
     * from labels, file values or names are shown escaped, never sent ({@link TerminalSafeWriter}).
     */
    public static CommandLine commandLine(java.io.Writer out, java.io.Writer err) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new dev.impact.cli.internal.TerminalSafeWriter(out), true));
        cl.setErr(new PrintWriter(new dev.impact.cli.internal.TerminalSafeWriter(err), true));
        return cl;
    }

    /** A configured command line (tests set its out and err writers). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println("impact: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
            err.flush();
            return USAGE;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof InvalidFileException) {
            ((InvalidFileException) ex).problems().forEach(p -> err.println(p));
        } else if (ex instanceof DataFileException || ex instanceof IllegalArgumentException
                || ex instanceof UncheckedIOException) {
            err.println("impact: " + ex.getMessage());
        } else if (ex instanceof UsageException) {
            err.println("impact: " + ex.getMessage());
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
            err.flush();
            return USAGE;
        } else {
            err.println("impact: internal error, please report it: " + ex);
            ex.printStackTrace(err);
        }
        err.flush();
        return INVALID_INPUT;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** A usage error found after parsing (conflicting options, output equal to input…): exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The version, from the jar's manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"impact " + (v == null ? "0.1.0-SNAPSHOT" : v)
                    + " (factors " + dev.impact.factors.Factors.versions() + ")"};
        }
    }
}
