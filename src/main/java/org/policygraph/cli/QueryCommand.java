package org.policygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policygraph.store.PolicyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: runs a SPARQL query over the store's union graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (a string or a .rq file) over the store; the default graph is the union of all graphs.")
final class QueryCommand implements Callable<Integer> {
    enum Format { json, csv, tsv, text }

    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "text", description = "json, csv, tsv or text (default: ${DEFAULT-VALUE}); "
            + "CONSTRUCT/DESCRIBE give JSON-LD for json, N-Triples for csv/tsv, Turtle for text")
    Format format;

    @Parameters(index = "0", paramLabel = "QUERY|FILE", description = "SPARQL query text, or a file holding one")
    String query;

    @Override
    public Integer call() throws IOException {
        String text = Files.isRegularFile(Path.of(query)) ? Files.readString(Path.of(query), StandardCharsets.UTF_8) : query;
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            System.err.println("policy-graph: the query does not parse: " + e.getMessage());
            return 2;
        }
        try (PolicyStore s = store.open()) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            s.read(ds -> {
                try (QueryExecution qe = QueryExecution.create(q, ds)) {
                    write(q, qe, out);
                }
                return null;
            });
            out.flush();
        }
        return 0;
    }

    private void write(Query q, QueryExecution qe, OutputStream out) {
        if (q.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                case text -> ResultSetFormatter.out(out, rs, q);
            }
        } else if (q.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, b);
                case csv -> ResultSetFormatter.outputAsCSV(out, b);
                case tsv -> ResultSetFormatter.outputAsTSV(out, b);
                case text -> ResultSetFormatter.out(out, b);
            }
        } else {
            Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Lang lang = switch (format) {
                case json -> Lang.JSONLD;
                case csv, tsv -> Lang.NTRIPLES;
                case text -> Lang.TURTLE;
            };
            RDFDataMgr.write(out, m, lang);
        }
    }
}
