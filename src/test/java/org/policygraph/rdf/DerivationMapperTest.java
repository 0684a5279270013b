package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.derive.Corpus;
import org.policygraph.derive.Linker;

class DerivationMapperTest {
    static Model model;
    static final IriScheme IRIS = IriScheme.standard();
    static final String PREFIXES = "PREFIX pg: <" + PG.NS + "> PREFIX prov: <" + PROV.NS + "> PREFIX eli: <" + ELI.NS + "> PREFIX oa: <" + OA.NS + "> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";

    @BeforeAll
    static void map() throws Exception {
        model = new DerivationMapper().map(Linker.standard().derive(Corpus.analyses()), IRIS);
    }

    static List<QuerySolution> select(String q) {
        try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + q).build()) {
            List<QuerySolution> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void indicatorLinkIsAQualifiedDerivationWithEvidenceOnBothSides() {
        String city = IRIS.base() + "doc/party/hai-phong-tu/nq/khoa-xvi/hoi-nghi-14/target/15";
        String district = IRIS.base() + "doc/party/kien-an-qu/nq/khoa-vi/06/target/18";
        List<QuerySolution> rows = select("SELECT ?d ?kind ?level ?c ?num (COUNT(DISTINCT ?ev) AS ?evidence) WHERE { <" + district + "> pg:derivesFrom <" + city + "> ; "
                + "prov:qualifiedDerivation ?d . ?d a pg:Derivation, prov:Derivation ; pg:derivesFrom <" + city + "> ; pg:derivationKind ?kind ; "
                + "pg:confidenceLevel ?level ; pg:confidence ?c ; pg:numericRelation ?num ; pg:methodVersion ?v ; pg:evidence ?ev . "
                + "?ev oa:hasSource ?src ; oa:hasSelector [ oa:exact ?quote ] } GROUP BY ?d ?kind ?level ?c ?num");
        assertEquals(1, rows.size());
        QuerySolution r = rows.get(0);
        assertEquals("implements", r.getLiteral("kind").getString());
        assertEquals("high", r.getLiteral("level").getString());
        assertEquals("lower_bar", r.getLiteral("num").getString());
        assertEquals(2, r.getLiteral("evidence").getInt());
        double c = r.getLiteral("c").getDouble();
        assertTrue(c > 0 && c <= 1);
    }

    @Test
    void similarityFiguresAreLiterals() {
        List<QuerySolution> rows = select("SELECT ?name ?value WHERE { ?d pg:derivationMethod \"indicator-similarity\" ; pg:similarity [ rdfs:label ?name ; rdf:value ?value ] } LIMIT 50");
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("name").getString().equals("clause_similarity")));
    }

    @Test
    void documentLevelImplementationAlsoAsEli() {
        String city = IRIS.base() + "doc/party/hai-phong-tu/nq/khoa-xvi/hoi-nghi-14";
        String district = IRIS.base() + "doc/party/kien-an-qu/nq/khoa-vi/06";
        assertTrue(model.contains(model.createResource(district), ELI.ensures_implementation_of, model.createResource(city)));
        String central = IRIS.base() + "doc/party/tw/nq/khoa-xiii/dai-hoi-xiii";
        assertTrue(model.contains(model.createResource(city), ELI.ensures_implementation_of, model.createResource(central)));
    }

    @Test
    void taskCitingACentralResolutionDerivesFromIt() {
        List<QuerySolution> rows = select("SELECT ?from WHERE { <" + IRIS.base() + "doc/party/kien-an-qu/nq/khoa-vi/06/task/3.1> prov:qualifiedDerivation ?d . "
                + "?d pg:derivesFrom ?from ; pg:derivationMethod \"explicit-citation\" ; pg:confidenceLevel \"high\" }");
        assertTrue(rows.stream().anyMatch(r -> r.getResource("from").getURI().endsWith("doc/party/tw/nq/khoa-xiii/hoi-nghi-8")), rows::toString);
    }

    @Test
    void graphIri() {
        assertEquals(IRIS.base() + "graph/derivation", DerivationMapper.graphIri(IRIS));
    }
}
