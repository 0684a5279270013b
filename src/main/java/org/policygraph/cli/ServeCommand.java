package org.policygraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.policygraph.rdf.IriScheme;
import org.policygraph.server.PolicyServer;
import org.policygraph.store.DataDirSync;
import org.policygraph.store.PolicyStore;
import org.policygraph.text.SourceDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: brings the store up to date with the data directory, then serves it read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store as a read-only SPARQL endpoint at /policy/sparql.",
                "First loads the data directory when the store is empty or stale (files or extractor version changed)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin ReferenceOption reference;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/documents",
            description = "documents to load when the store is empty or stale (default: ${DEFAULT-VALUE}); --data '' skips this")
    String data;

    @Option(names = "--follow-links", description = {"follow symbolic links in the data directory, also into linked directories and out of it",
            "(default: only links to files inside the directory are read)"})
    boolean followLinks;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "interface to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "query time-out (default: ${DEFAULT-VALUE} s)")
    int timeout;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "base of the dataset's IRIs (default: ${DEFAULT-VALUE}); e.g. http://127.0.0.1:3030/ makes every IRI resolve on this server")
    String base;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000", description = "cap on SELECT result rows (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Option(names = "--federate", paramLabel = "HOST,...", split = ",",
            description = "hosts a query's SERVICE clause may call, e.g. query.wikidata.org (default: none; queries make no outbound request)")
    java.util.List<String> federate = java.util.List.of();

    @Option(names = "--federate-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time-out of one SERVICE call to a federated host (default: ${DEFAULT-VALUE} s)")
    int federateTimeout;

    @Override
    public Integer call() {
        org.policygraph.resolve.ReferenceData ref = reference.data();
        PolicyStore s = store.open();
        if (s.isStale()) {
            System.err.println("policy-graph: a load into " + store.store + " did not finish; analysing its documents again");
            LoadCommand.loader(s, SourceDecoder.DEFAULT_MAX_BYTES, new IriScheme(base), ref).repair(new ConsoleLoadListener(System.err, false));
        }
        if (!data.isEmpty()) {
            Path dir = Path.of(data);
            if (Files.isDirectory(dir)) {
                IriScheme iris = new IriScheme(base);
                DataDirSync sync = new DataDirSync(s, LoadCommand.loader(s, SourceDecoder.DEFAULT_MAX_BYTES, iris, ref).withFollowLinks(followLinks), iris);
                String why = sync.staleness(dir);
                if (why != null) {
                    java.util.List<String> foreign = s.graphNames().stream().filter(g -> !iris.isOwn(g)).toList();
                    if (!foreign.isEmpty()) s.remove(foreign); // graphs of another base would duplicate every resource
                    System.err.println("policy-graph: loading " + dir + " into " + store.store + " (" + why + ")");
                    sync.sync(dir, new ConsoleLoadListener(System.err, System.console() != null));
                }
            } else if (s.isEmpty()) {
                System.err.println("policy-graph: no data directory " + dir + "; serving an empty store");
            }
        }
        FusekiServer server = PolicyServer.build(s.dataset(),
                new PolicyServer.Options(host, port, Duration.ofSeconds(timeout), maxRows,
                        new PolicyServer.Federation(java.util.Set.copyOf(federate), Duration.ofSeconds(federateTimeout))), base).start();
        System.err.println("policy-graph: SPARQL endpoint at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + server.getHttpPort() + PolicyServer.ENDPOINT + " (read-only; Ctrl-C stops)");
        server.join();
        return 0;
    }
}
