package org.policygraph.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.policygraph.resolve.ReferenceData;

/**
 * Maps the reference data into the reference graph: the concept schemes generated from the model's enums
 * ({@link ReferenceConcepts}), issuing bodies, terms and congresses ({@link BodyMapper}), administrative units,
 * their 2025 changes and the acts that decided them ({@link UnitMapper}).
 */
public final class ReferenceMapper {
    private final IriScheme iris;
    private List<String> unresolved = List.of();

    public ReferenceMapper(IriScheme iris) { this.iris = iris; }

    public Model map(ReferenceData reference) {
        Model model = ModelFactory.createDefaultModel();
        prefixes(model);
        ReferenceConcepts concepts = new ReferenceConcepts(model, iris);
        concepts.map();
        new BodyMapper(model, iris, concepts).map(reference);
        UnitMapper units = new UnitMapper(model, iris, concepts);
        units.map(reference);
        unresolved = units.unresolved();
        return model;
    }

    /** Successor entries of the last mapping that named no unit of the reference data. */
    public List<String> unresolvedSuccessors() { return unresolved; }

    private void prefixes(Model model) {
        model.setNsPrefix(PG.PREFIX, PG.NS);
        model.setNsPrefix("eli", ELI.NS);
        model.setNsPrefix("org", ORG.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("owl", OWL.NS);
        model.setNsPrefix("xsd", XSD.NS);
        model.setNsPrefix("wd", UnitMapper.WIKIDATA);
        model.setNsPrefix("unit", iris.base() + "unit/");
        model.setNsPrefix("body", iris.base() + "body/");
    }
}
