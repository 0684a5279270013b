package org.policygraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL query operation with a cap on result rows: a SELECT without a LIMIT, or with a larger one, is run
 * with {@code LIMIT maxRows}. Everything else is Fuseki's standard query handling (read transaction, content
 * negotiation, time-out from the dataset context).
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQuery(long maxRows) { this.maxRows = maxRows; }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() != null ? chosen.getRight() : query;
        return Pair.create(chosen.getLeft(), cap(q, maxRows));
    }

    /** The query with its LIMIT lowered to {@code maxRows} when it is a SELECT asking for more (or for all). */
    static Query cap(Query q, long maxRows) {
        if (maxRows <= 0 || !q.isSelectType()) return q;
        if (q.hasLimit() && q.getLimit() <= maxRows) return q;
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }
}
