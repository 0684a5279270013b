package org.policygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;

/**
 * {@code /ontology}: the ontology document, where the terms of {@code https://w3id.org/policy-graph/ontology#}
 * resolve (a term's IRI without its fragment). Turtle, JSON-LD, N-Triples, RDF/XML, N3 or HTML (the Turtle on a
 * page, each term also described at {@code /describe?iri=...}) by {@code Accept} or suffix.
 */
final class OntologyServlet extends HttpServlet {
    private static final Model ONTOLOGY = load();

    private static Model load() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyServlet.class.getResourceAsStream("/ontology/policy.ttl")) {
            if (in != null) RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Formats f = Formats.bySuffix(req.getRequestURI());
        if (f == null) f = Formats.byAccept(req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        if (f == null) { HttpGuard.refuse(resp, 406, Formats.offered()); return; }
        if (ONTOLOGY.isEmpty()) { HttpGuard.refuse(resp, 404, "no ontology is bundled"); return; }
        if (f != Formats.HTML) { f.write(resp, ONTOLOGY); return; }
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, ONTOLOGY, RDFFormat.TURTLE_PRETTY);
        LinkedDataServlet.send(resp, Html.page("Ontology", "<h1>policy-graph ontology</h1><p><code>"
                + Html.esc(org.policygraph.rdf.PG.NS) + "</code></p><pre class=\"turtle\">" + Html.esc(w.toString()) + "</pre>", null));
    }
}
