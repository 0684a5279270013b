package org.policygraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.derive.UpstreamTrace;
import org.policygraph.rdf.IriScheme;
import org.policygraph.store.PolicyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trace}: the upstream tree of a document, task or target, level by level to the central decisions. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Prints the upstream tree of a document (by its symbol, e.g. 06-NQ/QU, or IRI), task or target (by IRI):",
                "what it implements, level by level up to the central decisions, each step with its kind, confidence and evidence.",
                "A symbol naming several documents traces each of them."})
final class TraceCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--depth", defaultValue = "8", description = "how many steps up at most (default: ${DEFAULT-VALUE})")
    int depth;

    @Parameters(index = "0", paramLabel = "SYMBOL|IRI")
    String start;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        IriScheme iris = IriScheme.standard();
        try (PolicyStore s = store.open()) {
            return s.read(ds -> {
                UpstreamTrace trace = new UpstreamTrace(ds.getUnionModel(), depth);
                List<String> roots = trace.resolve(start);
                if (roots.isEmpty()) throw new UserError("no document with the symbol " + start + " is in the store; give an IRI or load the document", null);
                ObjectMapper json = new ObjectMapper();
                var array = json.createArrayNode();
                for (String root : roots) {
                    UpstreamTrace.Node tree = trace.trace(root);
                    if (format == Format.json) array.add(UpstreamTrace.json(tree));
                    else out.println(UpstreamTrace.text(tree, iris.base()));
                }
                if (format == Format.json) {
                    try {
                        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(roots.size() == 1 ? array.get(0) : array));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return 0;
            });
        }
    }
}
