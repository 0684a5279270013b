package org.policygraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.policygraph.store.CorpusStoreTest;

/** The citation queries of queries/ against the five bundled documents. */
class CitationQueriesTest extends CorpusStoreTest {
    private static final String BASE = "https://w3id.org/policy-graph/";

    static List<QuerySolution> run(String file) throws Exception {
        List<QuerySolution> rows = new ArrayList<>();
        store.select(Files.readString(Path.of("queries", file)), rows::add);
        return rows;
    }

    static String str(QuerySolution r, String var) {
        if (!r.contains(var)) return null;
        var n = r.get(var).asNode();
        return n.isURI() ? n.getURI().replace(BASE, "") : n.getLiteralLexicalForm();
    }

    @Test
    void documentsCitingTheCityResolutionDirectlyAndThroughOthers() throws Exception {
        Map<String, String> direct = new TreeMap<>();
        for (QuerySolution r : run("citations-citing-document.rq")) direct.put(str(r, "document"), str(r, "direct"));
        assertEquals(Map.of(
                "doc/party/kien-an-qu/nq/khoa-vi/06", "true",                      // Kiến An resolution 2024
                "doc/party/hong-bang-qu/nq/khoa-xxiii/hoi-nghi-21", "true",        // Hồng Bàng resolution 2024
                "doc/state/kien-an-ubnd/bc/2024/2024-03", "false"), direct);       // Kiến An report, through 06-NQ/QU
    }

    @Test
    void chainFromTheKienAnResolutionUpToCentralDocuments() throws Exception {
        Set<String> to = new TreeSet<>();
        for (QuerySolution r : run("citations-chain-to-central.rq")) {
            assertEquals("doc/party/kien-an-qu/nq/khoa-vi/06", str(r, "from"));
            assertEquals("concept/level/central", str(r, "toLevel"));
            to.add(str(r, "toSymbol") != null ? str(r, "toSymbol") : str(r, "to"));
        }
        assertEquals(new TreeSet<>(List.of("35-NQ/TW", "01-KL/TW", "05-CT/TW", "21-KL/TW", "21-NQ/TW", "06/CP", "01/CT-TTg",
                "doc/party/tw/nq/khoa-xiii/dai-hoi-xiii", "doc/party/tw/nq/khoa-xiii/hoi-nghi-8")), to);
    }

    @Test
    void documentsCitedByBothDistricts() throws Exception {
        Set<String> symbols = new TreeSet<>();
        for (QuerySolution r : run("citations-cited-by-both-districts.rq")) symbols.add(str(r, "symbol"));
        assertEquals(Set.of("07-NQ/TU", "01-KL/TW"), symbols);
    }

    @Test
    void mostCitedDocumentPerLevel() throws Exception {
        Map<String, List<String>> top = new TreeMap<>();
        Map<String, Integer> best = new TreeMap<>();
        for (QuerySolution r : run("citations-most-cited-per-level.rq")) {
            int n = Integer.parseInt(str(r, "citedBy"));
            String level = str(r, "level");
            best.putIfAbsent(level, n);
            if (n == best.get(level)) top.computeIfAbsent(level, k -> new ArrayList<>()).add(str(r, "symbol") != null ? str(r, "symbol") : str(r, "cited"));
        }
        assertEquals(Map.of("Central", 2, "District", 3, "Province or city", 3), best);
        assertEquals(new TreeSet<>(List.of("03-NQ/TU", "doc/party/hai-phong-tu/nq/khoa-xvi/dai-hoi-xvi")), new TreeSet<>(top.get("Province or city")));
        assertEquals(List.of("doc/party/kien-an-qu/nq/khoa-vi/dai-hoi-vi"), top.get("District"));
        // undated symbols (35-NQ/TW, 01/CT-TTg, Đề án 06/CP) are one node each, shared by the documents that cite them
        assertEquals(new TreeSet<>(List.of("01-KL/TW", "01/CT-TTg", "06/CP", "35-NQ/TW", "doc/party/tw/nq/khoa-xiii/dai-hoi-xiii")),
                new TreeSet<>(top.get("Central")));
    }
}
