package org.policygraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.policygraph.resolve.ReferenceData;

/** Maps the reference data (bodies, units, terms, concept schemes) into the reference graph. */
public final class ReferenceMapper {
    private final IriScheme iris;

    public ReferenceMapper(IriScheme iris) { this.iris = iris; }

    public Model map(ReferenceData reference) { return ModelFactory.createDefaultModel(); }
}
