package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The ontology defines every term of {@link PG}; ontology and shapes parse. */
class OntologyTest {
    static Model ontology() { return RDFDataMgr.loadModel("ontology/policy.ttl"); }

    static List<Resource> pgTerms() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : PG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                terms.add((Resource) f.get(null));
        }
        return terms;
    }

    @Test
    void everyTermOfPgIsDefinedWithLabelsAndDefinitions() throws Exception {
        Model m = ontology();
        List<Resource> terms = pgTerms();
        assertTrue(terms.size() > 100, "reflection found the PG constants");
        List<String> missing = new ArrayList<>();
        for (Resource t : terms) {
            Resource r = m.getResource(t.getURI());
            if (!r.hasProperty(RDF.type)) missing.add(t.getLocalName() + ": no rdf:type");
            if (!hasLang(r, RDFS.label, "vi")) missing.add(t.getLocalName() + ": no rdfs:label@vi");
            if (!hasLang(r, RDFS.label, "en")) missing.add(t.getLocalName() + ": no rdfs:label@en");
            if (!hasLang(r, SKOS.definition, "en")) missing.add(t.getLocalName() + ": no skos:definition@en");
            if (!hasLang(r, SKOS.definition, "vi")) missing.add(t.getLocalName() + ": no skos:definition@vi");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void ontologyDefinesNoTermThatCodeLacks() throws Exception {
        Model m = ontology();
        List<String> code = pgTerms().stream().map(Resource::getURI).toList();
        List<String> extra = m.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(u -> u.startsWith(PG.NS) && !code.contains(u))
                .toList();
        assertEquals(List.of(), extra);
    }

    @Test
    void alignmentsAsDesigned() {
        Model m = ontology();
        assertTrue(m.contains(PG.Document, RDFS.subClassOf, ELI.LegalResource));
        assertTrue(m.contains(PG.Section, RDFS.subClassOf, ELI.LegalResourceSubdivision));
        assertTrue(m.contains(PG.Indicator, RDFS.subClassOf, m.createResource("http://purl.org/linked-data/cube#Observation")));
        assertTrue(m.contains(PG.Derivation, RDFS.subClassOf, m.createResource(PROV.NS + "Derivation")));
        assertTrue(m.contains(PG.Measure, RDFS.subClassOf, SKOS.Concept));
        assertTrue(m.contains(PG.Congress, RDFS.subClassOf, PROV.Activity));
        assertTrue(m.contains(PG.evidence, RDFS.range, OA.SpecificResource));
    }

    @Test
    void ontologyHeader() {
        Model m = ontology();
        Resource o = m.listSubjectsWithProperty(RDF.type, OWL.Ontology).next();
        assertTrue(o.hasProperty(OWL.versionInfo));
        assertTrue(o.hasProperty(m.createProperty("http://purl.org/dc/terms/license"),
                m.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(hasLang(o, m.createProperty("http://purl.org/dc/terms/description"), "vi"));
        assertTrue(hasLang(o, m.createProperty("http://purl.org/dc/terms/description"), "en"));
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        assertFalse(shapes.getTargetShapes().isEmpty());
        assertTrue(shapes.numShapes() >= 15, "shapes: " + shapes.numShapes());
    }

    private static boolean hasLang(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        for (RDFNode n : r.listProperties(p).mapWith(s -> s.getObject()).toList())
            if (n.isLiteral() && lang.equals(n.asLiteral().getLanguage()) && !n.asLiteral().getString().isBlank()) return true;
        return false;
    }
}
