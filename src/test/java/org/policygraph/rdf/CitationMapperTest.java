package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.citation.CitationExtractor;
import org.policygraph.model.Citation;
import org.policygraph.model.DocSystem;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.DocumentKey;
import org.policygraph.model.Level;
import org.policygraph.model.SourceDocument;
import org.policygraph.resolve.ReferenceData;
import org.policygraph.text.SourceText;

/** The citation graph of the Kiến An and Hồng Bàng resolutions, mapped into one model. */
class CitationMapperTest {
    private static final ReferenceData REF = ReferenceData.bundled();
    private static final IriScheme IRIS = IriScheme.standard();

    private static void map(Model model, String seed, String unit, DocumentKey fallback) throws IOException {
        Path file;
        try (var s = Files.list(Path.of("data", "documents", "hai-phong"))) {
            file = s.filter(p -> p.getFileName().toString().startsWith(seed)).findFirst().orElseThrow();
        }
        SourceText text = SourceText.of(Files.readString(file));
        DocumentHeader header = new DocumentHeader(null, null, null, null, Level.DISTRICT, unit, null, null, false, null, null, null,
                null, null, null, null, null);
        List<Citation> cs = new CitationExtractor(REF).extract(text, header);
        DocumentKey key = cs.stream().filter(Citation::self).map(Citation::key).findFirst().orElse(fallback);
        DocumentAnalysis a = new DocumentAnalysis(new SourceDocument(file, file.getFileName().toString(), "a".repeat(64), 1), text,
                header, key, List.of(), cs, List.of(), List.of(), List.of(), List.of());
        Resource doc = model.createResource(IRIS.document(key));
        Resource source = model.createResource(IRIS.source("a".repeat(64)));
        Resource extraction = model.createResource();
        new CitationMapper().map(a, new MappingContext(model, IRIS, REF, a, doc, source, extraction));
    }

    private static Model corpus() throws IOException {
        Model m = ModelFactory.createDefaultModel();
        map(m, "000", "quan-kien-an", null);
        map(m, "001", "quan-hong-bang", new DocumentKey(DocSystem.PARTY, "hong-bang-qu", DocType.NGHI_QUYET, "khoa-xxiii", null, "hoi-nghi-21"));
        return m;
    }

    private static long count(Model m, String select) {
        String q = "PREFIX eli: <" + ELI.NS + "> PREFIX pg: <" + PG.NS + "> SELECT (COUNT(*) AS ?count_) WHERE { " + select + " }";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            return qe.execSelect().next().getLiteral("count_").getLong();
        }
    }

    @Test
    void sameDocumentCitedFromTwoDistrictsIsOneNode() throws IOException {
        Model m = corpus();
        assertEquals(1, count(m, "SELECT DISTINCT ?d WHERE { ?d eli:id_local \"07-NQ/TU\" }"));
        assertEquals(2, count(m, "?citing eli:cites ?d . ?d eli:id_local \"07-NQ/TU\""));
    }

    @Test
    void oneSymbolThreeDocumentsThreeNodes() throws IOException {
        assertEquals(3, count(corpus(), "SELECT DISTINCT ?d WHERE { ?d eli:id_local \"04-NQ/QU\" }"));
    }

    @Test
    void qualifiedCitationNodesCarryKindMentionsAndEvidence() throws IOException {
        Model m = corpus();
        long citations = count(m, "?c a pg:Citation");
        assertEquals(citations, count(m, "?c a pg:Citation ; pg:citing ?a ; pg:cited ?b ; pg:citationKind ?k ; pg:mentionCount ?n"));
        assertEquals(count(m, "?a eli:cites ?b"), citations, "one citation node per cited document");
        assertTrue(count(m, "?c a pg:Citation ; pg:evidence ?e") >= citations);
        assertEquals(0, count(m, "?a eli:based_on ?b"), "no 'căn cứ' in these resolutions");
        assertEquals(0, count(m, "?c pg:cited ?d . ?d eli:id_local \"06-NQ/QU\""), "the appendix symbol is the document itself, not a citation");
        assertEquals(0, count(m, "?d eli:cites ?d"));
    }

    @Test
    void incompleteKeysAreAmbiguousWithCandidates() throws IOException {
        Model m = corpus();
        assertTrue(count(m, "?d eli:id_local \"28-NQ/TU\" ; pg:ambiguous true ; pg:candidate ?k") == 2);
        assertEquals(0, count(m, "?d eli:id_local \"07-NQ/TU\" ; pg:ambiguous ?x"));
        assertEquals(1, count(m, "SELECT DISTINCT ?d WHERE { ?d eli:id_local \"01-KL/TW\" }"),
                "cited by both districts with the same day, after the XIII Congress: one node of term XIII");
        assertEquals(0, count(m, "?d eli:id_local \"01-KL/TW\" ; pg:ambiguous ?x"));
        assertEquals(1, count(m, "SELECT DISTINCT ?d WHERE { ?d eli:id_local \"28-NQ/TU\" FILTER(STR(?d) = \"" + IRIS.base()
                + "doc/party/hai-phong-tu/nq/unknown-period/28\") }"), "undated and term unknown: one node as printed, shared by its citations");
        assertEquals(1, count(m, "SELECT DISTINCT ?d WHERE { ?d eli:id_local \"35-NQ/TW\" }"),
                "35-NQ/TW, cited without date by several documents: one node, not one per citing document");
    }

    @Test
    void citedDocumentFacts() throws IOException {
        Model m = corpus();
        String d = "?d eli:id_local \"09-KL/TU\" ";
        assertEquals(1, count(m, d + "; a eli:LegalResource, pg:PartyDocument ; eli:date_document ?x ; eli:type_document <"
                + IRIS.concept("doc-type", "kl") + "> ; eli:passed_by <" + IRIS.body("hai-phong-tu-btv") + "> ; pg:level <"
                + IRIS.concept("level", "city") + ">"));
    }

    @Test
    void aDocumentCitedWithoutSymbolIsNamedAsPrinted() throws IOException {
        Model m = corpus();
        assertEquals(1, count(m, "<" + IRIS.base() + "doc/party/tw/nq/khoa-xiii/dai-hoi-xiii> "
                + "<http://www.w3.org/2000/01/rdf-schema#label> \"Nghị quyết Đại hội XIII của Đảng\"@vi"));
        assertEquals(0, count(m, "?d eli:id_local ?s ; <http://www.w3.org/2000/01/rdf-schema#label> ?l"));
    }
}
