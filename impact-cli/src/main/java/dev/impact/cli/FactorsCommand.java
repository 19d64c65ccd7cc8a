package dev.impact.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code impact factors list|show|search}: discovers the factor catalog. */
@Command(name = "factors", mixinStandardHelpOptions = true,
        description = "Lists, shows and searches the emission factors and parameters (bundled, plus --factors).",
        subcommands = {FactorsCommand.ListCommand.class, FactorsCommand.ShowCommand.class,
                FactorsCommand.SearchCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  impact factors list device.", "  impact factors search electricity FR",
                "  impact factors show device.laptop.lifetime"})
final class FactorsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Factors whose key, and parameters whose id, start with PREFIX (all without one).",
            footerHeading = "%nExamples:%n", footer = {"  impact factors list device.laptop",
                    "  impact factors list electricity. --factors my-contract.csv"})
    static final class ListCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PREFIX", defaultValue = "")
        String prefix;

        @CommandLine.Mixin
        CommonOptions.FactorsOption factors = new CommonOptions.FactorsOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(factors.catalog().list(prefix));
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One factor or parameter with its full provenance (source, year, zone, licence).",
            footerHeading = "%nExamples:%n", footer = {"  impact factors show device.laptop.lifetime"})
    static final class ShowCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @CommandLine.Mixin
        CommonOptions.FactorsOption factors = new CommonOptions.FactorsOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(factors.catalog().show(id));
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Factors and parameters whose id, key, name, zone, source or note contain every WORD.",
            footerHeading = "%nExamples:%n", footer = {"  impact factors search laptop",
                    "  impact factors search electricity FR"})
    static final class SearchCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "WORD")
        List<String> words;

        @CommandLine.Mixin
        CommonOptions.FactorsOption factors = new CommonOptions.FactorsOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(factors.catalog().search(String.join(" ", words)));
            out.flush();
            return Main.OK;
        }
    }
}
