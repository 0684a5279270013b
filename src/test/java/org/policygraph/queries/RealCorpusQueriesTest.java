package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.derive.UpstreamTrace;
import org.policygraph.rdf.IriScheme;
import org.policygraph.store.BundledStore;
import org.policygraph.store.PolicyStore;

/**
 * The example queries for the real corpus (queries/real-*.rq) answer their counts on the bundled data (data/documents:
 * the five seeds and the 499 real documents), the trace of a provincial plan climbs to the Politburo's resolution, and a
 * cited document is one node however it is printed. The counts are those of this extractor on this data: a change that
 * moves them must say why.
 */
class RealCorpusQueriesTest {
    private static final String BASE = IriScheme.standard().base();
    static PolicyStore store;

    @BeforeAll
    static void load() {
        store = BundledStore.get();
        assertEquals(List.of(), BundledStore.report().failed(), "every bundled file loads");
        assertEquals(504, BundledStore.report().loaded().size());
    }

    static List<QuerySolution> run(String file) throws Exception {
        List<QuerySolution> rows = new ArrayList<>();
        store.select(Files.readString(Path.of("queries", file)), rows::add);
        return rows;
    }

    static String str(QuerySolution r, String var) {
        return !r.contains(var) ? null : r.get(var).isURIResource() ? r.getResource(var).getURI().replace(BASE, "")
                : r.get(var).asNode().getLiteralLexicalForm();
    }

    @Test
    void documentsImplementing57DirectlyAndThroughOthers() throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        for (QuerySolution r : run("real-implementing-57-nq-tw.rq"))
            rows.put(str(r, "symbol"), "direct=" + str(r, "direct") + " loaded=" + str(r, "loaded") + " through=" + java.util.Objects.toString(str(r, "through"), ""));
        assertEquals("direct=false loaded=true through=283/KH-UBND", rows.get("617/KH-UBND"), rows.toString());
        assertEquals("direct=false loaded=false through=10-CTr/TU", rows.get("283/KH-UBND"), "known from 617/KH-UBND's words only");
        assertEquals("direct=true loaded=false through=", rows.get("10-CTr/TU"));
        assertEquals("direct=true loaded=true through=", rows.get("2597/QĐ-TTg"));
        assertEquals(11, rows.size(), rows.toString());
    }

    @Test
    void theTraceOfAProvincialPlanClimbsToThePolitburosResolutionWithEvidenceAtEachStep() {
        UpstreamTrace.Node root = store.read(ds -> new UpstreamTrace(ds.getUnionModel())
                .trace(BASE + "doc/state/dong-thap-2025-ubnd/kh/2025/617"));
        List<String> path = new ArrayList<>();
        UpstreamTrace.Node n = root;
        for (String next : List.of("283", "/10", "khoa-xiii/57")) {
            UpstreamTrace.Edge e = n.upstream().stream().filter(x -> x.node().iri().endsWith(next)).findFirst()
                    .orElseThrow(() -> new AssertionError("no step to " + next + " from " + path + ":\n" + UpstreamTrace.text(root, BASE)));
            assertFalse(e.quotes().isEmpty(), "evidence for the step to " + next);
            path.add(e.node().iri().replace(BASE, ""));
            n = e.node();
        }
        assertEquals(List.of("doc/state/dong-thap-2025-ubnd/kh/2025/283", "doc/party/dong-thap-2025-tu/ctr/on-2025-08-13/10",
                "doc/party/tw/nq/khoa-xiii/57"), path);
    }

    @Test
    void mostCitedStatutesWithTheMinistriesAndProvincesCitingThem() throws Exception {
        List<QuerySolution> rows = run("real-most-cited-statutes.rq");
        assertEquals("72/2025/QH15", str(rows.get(0), "symbol"));
        assertEquals("Luật Tổ chức chính quyền địa phương", str(rows.get(0), "label"));
        assertEquals(144, Integer.parseInt(str(rows.get(0), "citedBy")));
        assertEquals(26, Integer.parseInt(str(rows.get(0), "provinces")));
        assertEquals(50, rows.size());
    }

    @Test
    void documentsOfAProvinceByTypeAndMonth() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (QuerySolution r : run("real-documents-of-province-by-type-and-month.rq"))
            counts.put(str(r, "month") + " " + str(r, "type"), Integer.parseInt(str(r, "documents")));
        assertEquals(Map.of("2025-11 Decision", 18, "2025-11 Plan", 1, "2025-12 Decision", 1), counts);
    }

    @Test
    void theLoadedCitationGraph() throws Exception {
        List<QuerySolution> rows = run("real-citations-among-loaded-documents.rq");
        assertEquals(22, rows.size());
        assertTrue(rows.stream().anyMatch(r -> "223/CĐ-TTg".equals(str(r, "citingSymbol")) && "217/CĐ-TTg".equals(str(r, "citedSymbol"))));
    }

    @Test
    void aProvincesDocumentsByIssuingBody() throws Exception {
        Map<String, Integer> byBody = new LinkedHashMap<>();
        for (QuerySolution r : run("real-province-documents-by-issuer.rq")) byBody.put(str(r, "body"), Integer.parseInt(str(r, "documents")));
        assertEquals(Map.of("body/ha-noi-hdnd", 15, "body/ha-noi-ubnd", 6, "body/ha-noi-ubnd/trung-tam-phuc-vu-hanh-chinh-cong", 4,
                "body/ha-noi-ubnd/so-giao-duc-va-dao-tao", 1), byBody);
    }

    /**
     * One node per cited document among the 30 most cited: no two nodes print the same symbol, and no node of a
     * statute named without its number stands beside the numbered node of that name and year.
     */
    @Test
    void theMostCitedDocumentsAreOneNodeEach() {
        List<String[]> top = new ArrayList<>();
        store.select("""
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?cited (SAMPLE(?s) AS ?symbol) (SAMPLE(?t) AS ?title) (COUNT(DISTINCT ?citing) AS ?n) WHERE {
                  ?citing a eli:LegalResource ; prov:wasDerivedFrom ?f ; eli:cites ?cited .
                  OPTIONAL { ?cited eli:id_local ?s } OPTIONAL { ?cited eli:title ?t } }
                GROUP BY ?cited ORDER BY DESC(?n) ?cited LIMIT 30""",
                r -> top.add(new String[] {str(r, "cited"), str(r, "symbol"), str(r, "title")}));
        Map<String, String> bySymbol = new HashMap<>();
        for (String[] t : top) {
            if (t[1] == null) continue;
            String other = bySymbol.put(t[1].replaceAll("\\s+", "").toUpperCase(), t[0]);
            assertEquals(null, other, "two nodes print " + t[1] + ": " + other + " and " + t[0]);
        }
        for (String[] t : top) {
            if (t[1] != null || !t[0].contains("/luat/")) continue;
            String year = t[0].split("/")[4], name = t[0].substring(t[0].lastIndexOf('/') + 1);
            for (String[] u : top) {
                if (u[1] != null && u[0].contains("/luat/" + year + "/") && u[2] != null
                        && org.policygraph.text.Slugs.slug(u[2].replaceFirst("^Luật ", "")).equals(name))
                    throw new AssertionError(t[0] + " is " + u[0]);
            }
        }
    }
}
