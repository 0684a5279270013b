package org.policygraph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/** SELECT queries for the pages (run inside the caller's read transaction). */
final class Sparql {
    private Sparql() {}

    /** A query over the union graph as a plain graph (general engine: the pages' queries are small). */
    static List<QuerySolution> select(DatasetGraph dsg, String query) {
        return run(QueryExecution.dataset(DatasetFactory.wrap(ModelFactory.createModelForGraph(dsg.getUnionGraph()))).query(Prefixes.sparql() + query).build());
    }

    /** A query over the dataset itself with the union default graph, for {@code text:query}. */
    static List<QuerySolution> selectText(DatasetGraph dsg, String query, long timeoutMillis) {
        return run(QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(Prefixes.sparql() + query).set(TDB2.symUnionDefaultGraph, true)
                .timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS).build());
    }

    private static List<QuerySolution> run(QueryExecution qe) {
        List<QuerySolution> rows = new ArrayList<>();
        try (qe) { qe.execSelect().forEachRemaining(rows::add); }
        return rows;
    }
}
