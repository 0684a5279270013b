package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End to end: the five documents loaded, and the header facts of the foundation issue asked of the union graph. */
class CorpusContractTest extends CorpusStoreTest {
    static final String PREFIXES = """
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX pg: <https://w3id.org/policy-graph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        000 06-NQ/QU of 15/12/2023, Kiến An committee, conference 15 of term VI | ?d a eli:LegalResource ; eli:id_local "06-NQ/QU" ; eli:date_document "2023-12-15"^^xsd:date ; eli:passed_by ?b ; pg:conference [ pg:ordinal 15 ; pg:term [ pg:romanNumeral "VI" ] ] . ?b skos:prefLabel "Ban Chấp hành Đảng bộ quận Kiến An"@vi , ?en FILTER(lang(?en) = "en")
        003 02-NQ/QU of 20/12/2021 | ?d a eli:LegalResource ; eli:id_local "02-NQ/QU" ; eli:date_document "2021-12-20"^^xsd:date
        004 city committee, conference 14 of term XVI, 01/12/2023, no number | ?d a eli:LegalResource ; eli:date_document "2023-12-01"^^xsd:date ; eli:passed_by <https://w3id.org/policy-graph/body/hai-phong-tu-bch> ; pg:conference [ pg:ordinal 14 ; pg:term [ pg:romanNumeral "XVI" ] ] FILTER NOT EXISTS { ?d eli:id_local ?s } FILTER NOT EXISTS { ?d eli:number ?n }
        001 Hồng Bàng, conference 21 of term XXIII, 13/12/2023 | ?d a eli:LegalResource ; eli:date_document "2023-12-13"^^xsd:date ; eli:passed_by/skos:prefLabel ?l ; pg:conference [ pg:ordinal 21 ; pg:term [ pg:romanNumeral "XXIII" ] ] FILTER(CONTAINS(STR(?l), "Hồng Bàng"))
        002 Kiến An People's Committee, March 2024, number blank | ?d a eli:LegalResource ; eli:passed_by <https://w3id.org/policy-graph/body/kien-an-ubnd> ; pg:monthIssued "2024-03"^^xsd:gYearMonth ; pg:numberBlank true FILTER NOT EXISTS { ?d eli:date_document ?x } FILTER NOT EXISTS { ?d eli:id_local ?s }
        every document has provenance | ?d a eli:LegalResource ; prov:wasDerivedFrom ?src . ?g prov:wasDerivedFrom ?src ; pg:extractorVersion ?v ; prov:generatedAtTime ?t . ?src pg:sha256 ?sha
        """)
    void holds(String what, String pattern) {
        boolean ok = store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + "ASK { " + pattern + " }", ds)) {
                return qe.execAsk();
            }
        });
        assertTrue(ok, what);
    }
}
