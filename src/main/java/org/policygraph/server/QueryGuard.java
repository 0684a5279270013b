package org.policygraph.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Keeps queries off the network. A {@code SERVICE} clause is refused unless federation is switched on
 * ({@code serve --federate HOST,...}) and its IRI is a constant {@code http(s)} IRI of one of the named hosts;
 * {@code FROM} and {@code FROM NAMED} (and the protocol's {@code default-graph-uri}/{@code named-graph-uri}) may only
 * name graphs of this dataset (IRIs of its base), since anything else would mean fetching a remote document.
 */
final class QueryGuard {
    private final String base;
    private final Set<String> hosts;

    /** @param hosts hosts a {@code SERVICE} may call (lower case), empty for none */
    QueryGuard(String base, Set<String> hosts) {
        this.base = base;
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Why the query is refused, or null when it may run. */
    String refusal(Query query, List<String> protocolGraphs) {
        List<String> graphs = new ArrayList<>(query.getGraphURIs());
        graphs.addAll(query.getNamedGraphURIs());
        graphs.addAll(protocolGraphs);
        for (String g : graphs)
            if (!g.startsWith(base))
                return "FROM/FROM NAMED <" + g + "> names no graph of this dataset: the endpoint does not fetch remote data "
                        + "(the graphs are under <" + base + "graph/>)";
        if (query.getQueryPattern() == null) return null;
        String[] why = {null};
        // the algebra has sub-queries inlined; the walker goes into EXISTS and NOT EXISTS too
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) { if (why[0] == null) why[0] = serviceRefusal(op.getService()); }
        }, new ExprVisitorBase());
        return why[0];
    }

    private String serviceRefusal(Node service) {
        if (hosts.isEmpty())
            return "SERVICE is refused: this endpoint makes no outbound requests (federation is off; see serve --federate)";
        if (!service.isURI()) return "SERVICE with a variable is refused: only the hosts named by --federate may be called";
        String host = hostOf(service.getURI());
        if (host == null || !hosts.contains(host))
            return "SERVICE <" + service.getURI() + "> is refused: only " + String.join(", ", new java.util.TreeSet<>(hosts))
                    + " may be called (serve --federate)";
        return null;
    }

    private static String hostOf(String iri) {
        try {
            URI u = new URI(iri);
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            return u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
