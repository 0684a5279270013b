package org.policygraph.server;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The embedded, read-only Fuseki server: one dataset {@code /policy} with one endpoint, the SPARQL query
 * endpoint {@code /policy/sparql}. No update, upload or graph-store operations exist, so an update sent
 * anywhere is refused. Queries see the union default graph, run under a time-out and have their rows capped.
 */
public final class PolicyServer {
    public static final String DATASET = "/policy";
    public static final String ENDPOINT = DATASET + "/sparql";

    /**
     * @param host     interface to bind ("127.0.0.1" unless told otherwise)
     * @param port     port, 0 for any free one
     * @param timeout  query time-out
     * @param maxRows  cap on SELECT rows
     */
    public record Options(String host, int port, Duration timeout, long maxRows, Federation federation) {
        public Options(String host, int port, Duration timeout, long maxRows) { this(host, port, timeout, maxRows, Federation.OFF); }

        public static Options defaults() { return new Options("127.0.0.1", 3030, Duration.ofSeconds(30), 10_000); }
    }

    /**
     * Which hosts a query's {@code SERVICE} may call ({@code serve --federate}), and how long one call may take.
     * Off (no host) by default: then no query reaches the network.
     */
    public record Federation(java.util.Set<String> hosts, Duration timeout) {
        public static final Federation OFF = new Federation(java.util.Set.of(), Duration.ZERO);

        public boolean on() { return !hosts.isEmpty(); }
    }

    private PolicyServer() {}

    /** Builds (without starting) the server over a dataset whose IRIs use the default base. */
    public static FusekiServer build(Dataset dataset, Options o) { return build(dataset, o, org.policygraph.rdf.IriScheme.DEFAULT_BASE); }

    /**
     * Builds (without starting) the server over a dataset whose IRIs use {@code base}: the SPARQL endpoint (with
     * a full-text index built from the store), the workbench, the linked-data pages of the base's paths, the
     * dataset description and the dumps ({@link Web}).
     */
    public static FusekiServer build(Dataset dataset, Options o, String base) {
        TextSearch.Indexed text = TextSearch.indexed(dataset.asDatasetGraph());
        DatasetGraph dsg = text.dataset();
        long ms = o.timeout().toMillis();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, ms + "," + ms);
        Federation fed = o.federation();
        dsg.getContext().set(Service.httpServiceAllowed, fed.on());
        if (fed.on()) dsg.getContext().set(Service.httpQueryTimeout, fed.timeout().toMillis());
        DataService service = DataService.newBuilder(dsg).addEndpoint(Operation.Query, "sparql").build();
        HomePage home = new HomePage(ENDPOINT);
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .registerOperation(Operation.Query, new CappedQuery(o.maxRows(), ms, new QueryGuard(base, fed.hosts())))
                .port(o.port())
                .enablePing(false).enableStats(false).enableMetrics(false).enableCompact(false).enableTasks(false)
                .add(DATASET, service)
                .addServlet("/queries/*", home);
        FusekiServer server = Web.register(builder, dsg, base, ENDPOINT, Bounds.of(o)).build();
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc) sc.setHost(o.host());
        server.getJettyServer().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) { text.close(); }
        });
        return server;
    }
}
