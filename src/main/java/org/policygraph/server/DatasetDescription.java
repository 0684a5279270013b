package org.policygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The dataset description at {@code /.well-known/void} and {@code /void}: VoID and DCAT in one graph, with the
 * licence, counts computed from the store (triples, documents, entities, links to Wikidata and GeoNames),
 * example resources, the SPARQL endpoint and the dump downloads. Turtle, JSON-LD, N-Triples or HTML by Accept
 * (or suffix {@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .html}).
 */
final class DatasetDescription extends HttpServlet {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    /** The licence stated for the dataset (the documents are public official texts; the graph is offered under CC BY 4.0). */
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private final DatasetGraph dsg;
    private final Links links;

    DatasetDescription(DatasetGraph dsg, Links links) {
        this.dsg = dsg;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        Formats f = Formats.bySuffix(path);
        if (f == null) f = Formats.byAccept(req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        if (f == null) { resp.sendError(406); return; }
        String origin = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        Model m = describe(origin);
        if (f == Formats.HTML) {
            m.setNsPrefixes(Prefixes.MAP);
            String html = new ResourcePage(dsg, links).render(datasetIri(), m);
            StringBuilder turtle = new StringBuilder();
            java.io.StringWriter w = new java.io.StringWriter();
            org.apache.jena.riot.RDFDataMgr.write(w, m, org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
            turtle.append("<section><h2>Turtle</h2><pre class=\"turtle\">").append(Html.esc(w.toString())).append("</pre></section>");
            LinkedDataServlet.send(resp, html.replace("\n</main>", turtle + "\n</main>"));
        } else f.write(resp, m);
    }

    String datasetIri() { return links.base() + "dataset"; }

    /** The description, with addresses of the endpoint and dumps on {@code origin} (scheme, host, port). */
    Model describe(String origin) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAP);
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcat", DCAT);
        Resource ds = m.createResource(datasetIri())
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral("policy-graph: Vietnamese policy documents", "en"))
                .addProperty(DCTerms.title, m.createLiteral("policy-graph: văn bản chính sách Việt Nam", "vi"))
                .addProperty(DCTerms.description, m.createLiteral("A knowledge graph of Vietnamese policy documents (Party resolutions, People's Committee reports): "
                        + "headers, issuing bodies, administrative units, citations, indicators and tasks, each fact with its evidence in the text.", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Đồ thị tri thức về văn bản chính sách Việt Nam (nghị quyết của Đảng, báo cáo của UBND): "
                        + "thông tin văn bản, cơ quan ban hành, đơn vị hành chính, trích dẫn, chỉ tiêu và nhiệm vụ, mỗi dữ kiện kèm chứng cứ trong văn bản.", "vi"))
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCTerms.language, m.createResource("http://id.loc.gov/vocabulary/iso639-1/vi"))
                .addProperty(p(m, VOID, "uriSpace"), links.base())
                .addProperty(p(m, VOID, "sparqlEndpoint"), m.createResource(origin + PolicyServer.ENDPOINT));
        for (String v : new String[] {"http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#",
                "http://purl.org/linked-data/cube#", "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/oa#", org.policygraph.rdf.PG.NS})
            ds.addProperty(p(m, VOID, "vocabulary"), m.createResource(v));
        Resource service = m.createResource(origin + PolicyServer.ENDPOINT)
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint (read-only)", "en"))
                .addProperty(p(m, DCAT, "endpointURL"), m.createResource(origin + PolicyServer.ENDPOINT))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(p(m, DCAT, "servesDataset"), ds);
        ds.addProperty(p(m, DCAT, "distribution"), m.createResource(origin + PolicyServer.ENDPOINT + "#distribution")
                .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .addProperty(p(m, DCAT, "accessService"), service)
                .addProperty(p(m, DCAT, "accessURL"), m.createResource(origin + PolicyServer.ENDPOINT)));
        for (DumpServlet.Dump d : DumpServlet.Dump.values()) {
            Resource dump = m.createResource(origin + d.path);
            ds.addProperty(p(m, VOID, "dataDump"), dump);
            ds.addProperty(p(m, DCAT, "distribution"), m.createResource(origin + d.path + "#distribution")
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(p(m, DCAT, "downloadURL"), dump)
                    .addProperty(p(m, DCAT, "mediaType"), m.createResource("https://www.iana.org/assignments/media-types/" + d.lang.getHeaderString()))
                    .addProperty(p(m, DCAT, "compressFormat"), m.createResource("https://www.iana.org/assignments/media-types/application/gzip"))
                    .addProperty(DCTerms.license, m.createResource(LICENSE)));
        }
        Txn.executeRead(dsg, () -> counts(m, ds));
        return m;
    }

    private void counts(Model m, Resource ds) {
        QuerySolution c = Sparql.select(dsg, "SELECT (COUNT(*) AS ?t) WHERE { ?s ?p ?o }").get(0);
        ds.addLiteral(p(m, VOID, "triples"), m.createTypedLiteral(c.getLiteral("t").getLong(), XSDDatatype.XSDinteger));
        QuerySolution d = Sparql.select(dsg, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a eli:LegalResource ; prov:wasDerivedFrom/a pg:SourceFile }").get(0);
        ds.addLiteral(p(m, VOID, "documents"), m.createTypedLiteral(d.getLiteral("n").getLong(), XSDDatatype.XSDinteger));
        QuerySolution e = Sparql.select(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + links.base() + "\")) }").get(0);
        ds.addLiteral(p(m, VOID, "entities"), m.createTypedLiteral(e.getLiteral("n").getLong(), XSDDatatype.XSDinteger));
        QuerySolution cites = Sparql.select(dsg, "SELECT (COUNT(*) AS ?n) WHERE { ?a eli:cites ?b }").get(0);
        Resource citeSet = m.createResource(datasetIri() + "/links/cites").addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                .addProperty(p(m, VOID, "linkPredicate"), m.createResource("http://data.europa.eu/eli/ontology#cites"))
                .addProperty(p(m, VOID, "subjectsTarget"), ds).addProperty(p(m, VOID, "objectsTarget"), ds)
                .addLiteral(p(m, VOID, "triples"), m.createTypedLiteral(cites.getLiteral("n").getLong(), XSDDatatype.XSDinteger));
        ds.addProperty(p(m, VOID, "subset"), citeSet);
        for (String[] target : new String[][] {{"wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/"},
                {"geonames", "https://sws.geonames.org/", "https://www.geonames.org/"}}) {
            QuerySolution n = Sparql.select(dsg, "SELECT (COUNT(*) AS ?n) WHERE { ?a skos:exactMatch ?b FILTER(STRSTARTS(STR(?b), \"" + target[1] + "\")) }").get(0);
            Resource ls = m.createResource(datasetIri() + "/links/" + target[0]).addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                    .addProperty(p(m, VOID, "linkPredicate"), m.createResource("http://www.w3.org/2004/02/skos/core#exactMatch"))
                    .addProperty(p(m, VOID, "subjectsTarget"), ds)
                    .addProperty(p(m, VOID, "objectsTarget"), m.createResource(target[2]))
                    .addLiteral(p(m, VOID, "triples"), m.createTypedLiteral(n.getLiteral("n").getLong(), XSDDatatype.XSDinteger));
            ds.addProperty(p(m, VOID, "subset"), ls);
        }
        for (QuerySolution r : Sparql.select(dsg, "SELECT DISTINCT ?d WHERE { ?d a eli:LegalResource ; prov:wasDerivedFrom/a pg:SourceFile } ORDER BY ?d LIMIT 3"))
            ds.addProperty(p(m, VOID, "exampleResource"), r.getResource("d"));
        // the root: the units at the top of the hierarchy the documents belong to (those with no unit above them)
        for (QuerySolution r : Sparql.select(dsg, "SELECT DISTINCT ?u WHERE { ?d (eli:jurisdiction|pg:jurisdiction) ?u0 . ?u0 pg:parentUnit* ?u . "
                + "FILTER NOT EXISTS { ?u pg:parentUnit ?up } FILTER(STRSTARTS(STR(?u), \"" + links.base() + "unit/\")) } ORDER BY ?u LIMIT 3"))
            ds.addProperty(p(m, VOID, "rootResource"), r.getResource("u"));
        for (QuerySolution r : Sparql.select(dsg, "SELECT DISTINCT ?u WHERE { ?u a pg:AdministrativeUnit ; skos:exactMatch ?x } ORDER BY ?u LIMIT 2"))
            ds.addProperty(p(m, VOID, "exampleResource"), r.getResource("u"));
    }

    private static Property p(Model m, String ns, String local) { return m.createProperty(ns + local); }
}
