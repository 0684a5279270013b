package org.policygraph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL query operation, kept off the network and bounded. A query that would make an outbound request
 * ({@code SERVICE} unless federated, {@code FROM} of a graph outside the dataset) is refused with 400 and the reason
 * ({@link QueryGuard}). A SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a larger one, is run with
 * {@code LIMIT maxRows} (for CONSTRUCT and DESCRIBE the cap is on the solutions the template or description is built
 * from), and the response then carries {@value #ROW_CAP_HEADER}: a result of that many rows is truncated. REGEX and
 * REPLACE stop at the time-out ({@link BoundedRegex}). Everything else is Fuseki's standard query handling (read
 * transaction, content negotiation, time-out from the dataset context).
 */
final class CappedQuery extends SPARQL_QueryDataset {
    /** Response header naming the row cap when it lowered the query's LIMIT. */
    static final String ROW_CAP_HEADER = "X-Row-Cap";

    private final long maxRows;
    private final long timeoutMillis;
    private final QueryGuard guard;

    CappedQuery(long maxRows, long timeoutMillis, QueryGuard guard) {
        this.maxRows = maxRows;
        this.timeoutMillis = timeoutMillis;
        this.guard = guard;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        List<String> graphs = new ArrayList<>();
        for (String p : List.of("default-graph-uri", "named-graph-uri")) {
            String[] values = action.getRequest().getParameterValues(p);
            if (values != null) graphs.addAll(List.of(values));
        }
        String why = guard.refusal(query, graphs);
        if (why != null) ServletOps.errorBadRequest(why);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() != null ? chosen.getRight() : query;
        Query capped = cap(q, maxRows);
        if (capped != q)
            action.setResponseHeader(ROW_CAP_HEADER, maxRows + "; the query's LIMIT was lowered, a result of " + maxRows + " rows is truncated");
        return Pair.create(chosen.getLeft(), BoundedRegex.bound(capped, timeoutMillis));
    }

    /** The query with its LIMIT lowered to {@code maxRows} when it asks for more rows (or for all); ASK is left alone. */
    static Query cap(Query q, long maxRows) {
        if (maxRows <= 0 || q.isAskType()) return q;
        if (q.hasLimit() && q.getLimit() <= maxRows) return q;
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }
}
