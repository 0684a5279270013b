package org.policygraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Registers the browser-facing parts of the server: the request guard and the service description (filters),
 * workbench, search, linked-data pages, ontology, dataset description, dumps, static files and the favicon.
 */
final class Web {
    private Web() {}

    static FusekiServer.Builder register(FusekiServer.Builder b, DatasetGraph dsg, String base, String endpoint, Bounds bounds) {
        Links links = new Links(base);
        Workbench workbench = new Workbench(endpoint, links, dsg);
        LinkedDataServlet ld = new LinkedDataServlet(new Describer(dsg, bounds), links);
        DatasetDescription description = new DatasetDescription(dsg, links);
        StaticFiles files = new StaticFiles();
        b.addFilter("/*", new HttpGuard()).addFilter(endpoint, new ServiceDescription(links));
        b.addServlet("", workbench).addServlet("/index.html", workbench)
         .addServlet("/search", new SearchServlet(dsg, links, bounds))
         .addServlet("/describe", ld).addServlet("/.well-known/void", description).addServlet("/void", description)
         .addServlet("/dataset", description).addServlet("/dataset/*", description).addServlet("/ontology", new OntologyServlet())
         .addServlet("/dumps/*", new DumpServlet(dsg, bounds))
         .addServlet("/web/*", files).addServlet("/webjars/*", files).addServlet("/favicon.ico", files);
        for (Formats f : Formats.values()) {
            b.addServlet("/describe" + f.suffix, ld).addServlet("/void" + f.suffix, description)
             .addServlet("/dataset" + f.suffix, description).addServlet("/ontology" + f.suffix, new OntologyServlet());
        }
        for (String p : LinkedDataServlet.PATHS) b.addServlet("/" + p + "/*", ld);
        warmUp(dsg, links);
        return b;
    }

    /**
     * Computes, behind the start, what the first visitor would otherwise wait for: the home page's summary of the store
     * and the store's document edges that every chain diagram reads (seconds on hundreds of documents). A failure here
     * only means the first request computes them.
     */
    private static void warmUp(DatasetGraph dsg, Links links) {
        Thread.ofVirtual().name("policy-graph-warm-up").start(() -> {
            try {
                new StoreSummary(dsg, links).html();
                org.apache.jena.system.Txn.executeRead(dsg, () -> new Chain(dsg, links, new Labels(dsg.getUnionGraph())).edges());
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Web.class).debug("warm-up failed; the first request computes it", e);
            }
        });
    }
}
