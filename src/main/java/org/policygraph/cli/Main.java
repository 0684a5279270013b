package org.policygraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the policy-graph command line: the pipeline's front page.
 * {@code load} (files to the store), {@code serve} (the read-only SPARQL endpoint), {@code query},
 * {@code extract} (JSON lines), {@code export} (dumps), {@code validate} (SHACL), {@code indicators} (target against
 * actual), {@code trace} (upstream derivation tree) and {@code bench} (synthetic corpus, speed ratios).
 */
@Command(name = "policy-graph", mixinStandardHelpOptions = true, version = "policy-graph 0.1.0",
        description = "A knowledge graph of Vietnamese policy documents: extraction, TDB2 store and a read-only SPARQL endpoint.",
        subcommands = {LoadCommand.class, ServeCommand.class, QueryCommand.class, ExtractCommand.class,
                ExportCommand.class, ValidateCommand.class, IndicatorsCommand.class, TraceCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.err); }

    public static void main(String[] args) {
        quietLogging();
        System.exit(commandLine().execute(args));
    }

    /** The command line, for {@code execute} (tests call this too). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (!(e instanceof UserError)) throw e;
                    cmd.getErr().println("policy-graph: " + e.getMessage());
                    return 3;
                });
    }

    /** Lucene's notice that the incubating vector module is not used (it is not needed), kept quiet; held so it stays. */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    /** Library logging at warn, the server's request log at info (slf4j-simple reads these once, at first use). */
    static void quietLogging() {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "info");
        // font fallbacks and damaged-but-readable structures of real PDFs and Word files are not the user's concern
        for (String lib : new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.tika"})
            System.setProperty("org.slf4j.simpleLogger.log." + lib, "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Server", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss");
    }
}
