package org.policygraph.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.pipeline.Pipeline;
import org.policygraph.rdf.IriScheme;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.store.LoadReport;
import org.policygraph.store.Loader;
import org.policygraph.store.PolicyStore;
import org.policygraph.text.SourceDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load}: documents into the store, one named graph each. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads documents into the store. Each file becomes one named graph, replaced in one transaction;",
                "a file that cannot be read or has no recognisable header is reported and changes nothing.",
                "Exit status 1 only when nothing loaded and something failed."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin ReferenceOption reference;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SourceDecoder.DEFAULT_MAX_BYTES,
            description = "largest file accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "a file whose analysis takes longer is reported as not loaded and the others load (default: ${DEFAULT-VALUE} s; 0: no limit)")
    int fileTimeout;

    @Option(names = "--follow-links", description = {"follow symbolic links in the directories given, also into linked directories and out of them",
            "(default: only links to files inside the directory are read)"})
    boolean followLinks;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "document files (text, PDF, DOC, DOCX, RTF, ODT, HTML), or directories of them")
    List<Path> inputs;

    @Override
    public Integer call() {
        ReferenceData ref = reference.data(); // before the store: bad tables leave no store behind
        try (PolicyStore s = store.open()) {
            LoadReport r = loader(s, maxBytes, IriScheme.standard(), ref).withFileLimit(java.time.Duration.ofSeconds(fileTimeout)).withFollowLinks(followLinks).load(inputs, new ConsoleLoadListener(System.err, System.console() != null));
            return r.nothingLoaded() ? 1 : 0;
        }
    }

    static Loader loader(PolicyStore s, long maxBytes, IriScheme iris, ReferenceData ref) {
        return new Loader(s, new Pipeline(ref, new SourceDecoder(maxBytes)), iris, ref, Clock.systemUTC());
    }
}
