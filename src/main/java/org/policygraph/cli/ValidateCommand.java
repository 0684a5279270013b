package org.policygraph.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policygraph.store.PolicyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: the SHACL report of the store against the bundled shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the union of the store's graphs against ontology/shapes.ttl; exit status 1 when it does not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Override
    public Integer call() throws Exception {
        Graph shapes = GraphFactory.createDefaultGraph();
        try (InputStream in = ValidateCommand.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                System.err.println("policy-graph: no shapes bundled (/ontology/shapes.ttl is not on the class path)");
                return 2;
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        }
        try (PolicyStore s = store.open()) {
            ValidationReport report = s.read(ds -> ShaclValidator.get().validate(shapes, unionCopy(ds)));
            ShLib.printReport(System.out, report);
            System.out.flush();
            System.err.println("policy-graph: " + (report.conforms() ? "the store conforms to the shapes"
                    : report.getEntries().size() + " violation(s)"));
            return report.conforms() ? 0 : 1;
        }
    }

    private static Graph unionCopy(org.apache.jena.query.Dataset ds) {
        Graph g = GraphFactory.createDefaultGraph();
        ds.listModelNames().forEachRemaining(n -> ds.getNamedModel(n).getGraph().find().forEachRemaining(g::add));
        return g;
    }
}
