// JShell startup for impact: one file, every import an analyst needs.
//   jshell --class-path "$(bin/classpath)" --startup DEFAULT --startup impact.jsh
// The door: using(Factors.builtIn()).reportingYear(2024).assess(inventory(...)); its other verbs are
// assessWithUncertainty, compare, scenario and session.
import dev.impact.*;
import dev.impact.engine.*;
import dev.impact.factor.*;
import dev.impact.factors.*;
import dev.impact.inventory.*;
import dev.impact.measure.*;
import static dev.impact.Impact.*;
import dev.impact.report.*;
import dev.impact.uncertainty.*;
import dev.impact.compare.*;
import dev.impact.io.Bid;
import dev.impact.io.BidFiles;
import dev.impact.io.ccf.OnPremiseCsv;
import java.nio.file.Path;
import java.util.Locale;
