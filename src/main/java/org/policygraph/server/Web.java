package org.policygraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/** Registers the browser-facing parts of the server: workbench, search, linked-data pages, dataset description, dumps, static files. */
final class Web {
    private Web() {}

    static FusekiServer.Builder register(FusekiServer.Builder b, DatasetGraph dsg, String base, String endpoint) {
        Links links = new Links(base);
        Workbench workbench = new Workbench(endpoint, links);
        LinkedDataServlet ld = new LinkedDataServlet(new Describer(dsg), links);
        DatasetDescription description = new DatasetDescription(dsg, links);
        StaticFiles files = new StaticFiles();
        b.addServlet("", workbench).addServlet("/index.html", workbench)
         .addServlet("/search", new SearchServlet(dsg, links))
         .addServlet("/describe", ld).addServlet("/describe.ttl", ld).addServlet("/describe.jsonld", ld)
         .addServlet("/describe.nt", ld).addServlet("/describe.html", ld)
         .addServlet("/.well-known/void", description).addServlet("/void", description).addServlet("/void.ttl", description)
         .addServlet("/void.jsonld", description).addServlet("/void.nt", description).addServlet("/void.html", description)
         .addServlet("/dumps/*", new DumpServlet(dsg))
         .addServlet("/web/*", files).addServlet("/webjars/*", files);
        for (String p : LinkedDataServlet.PATHS) b.addServlet("/" + p + "/*", ld);
        return b;
    }
}
