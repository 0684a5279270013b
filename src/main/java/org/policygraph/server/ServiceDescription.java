package org.policygraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code GET /policy/sparql} without a query answers a SPARQL 1.1 Service Description (Turtle, JSON-LD, N-Triples,
 * RDF/XML or N3 by {@code Accept}): the endpoint, the query language (no update), the result formats, the union
 * default graph and the dataset's VoID description. Any request with a query goes on to the endpoint.
 */
final class ServiceDescription implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final Links links;

    ServiceDescription(Links links) { this.links = links; }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean bare = (req.getMethod().equals("GET") || req.getMethod().equals("HEAD")) && req.getQueryString() == null
                && req.getRequestURI().equals(PolicyServer.ENDPOINT);
        if (!bare) { chain.doFilter(request, response); return; }
        Formats f = Formats.byAccept(req.getHeader("Accept"));
        if (f == null || f == Formats.HTML) f = Formats.TURTLE;
        resp.setHeader("Vary", "Accept");
        f.write(resp, describe(req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort()));
    }

    Model describe(String origin) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", DatasetDescription.VOID);
        String endpoint = origin + PolicyServer.ENDPOINT;
        Resource graph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"));
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), graph)
                .addProperty(m.createProperty(DatasetDescription.VOID, "inDataset"), m.createResource(links.base() + "dataset"));
        Resource s = m.createResource(endpoint + "#service").addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        for (String fmt : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N3"})
            s.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + fmt));
        return m;
    }

    @Override public void init(jakarta.servlet.FilterConfig config) {}
    @Override public void destroy() {}
}
