package org.policygraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** European Legislation Identifier ontology terms. */
public final class ELI {
    public static final String NS = "http://data.europa.eu/eli/ontology#";
    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");
    public static final Resource LegalResourceSubdivision = ResourceFactory.createResource(NS + "LegalResourceSubdivision");
    public static final Property id_local = ResourceFactory.createProperty(NS + "id_local");
    public static final Property number = ResourceFactory.createProperty(NS + "number");
    public static final Property type_document = ResourceFactory.createProperty(NS + "type_document");
    public static final Property date_document = ResourceFactory.createProperty(NS + "date_document");
    public static final Property passed_by = ResourceFactory.createProperty(NS + "passed_by");
    public static final Property title = ResourceFactory.createProperty(NS + "title");
    public static final Property cites = ResourceFactory.createProperty(NS + "cites");
    public static final Property cited_by = ResourceFactory.createProperty(NS + "cited_by");
    public static final Property based_on = ResourceFactory.createProperty(NS + "based_on");
    public static final Property basis_for = ResourceFactory.createProperty(NS + "basis_for");
    public static final Property is_about = ResourceFactory.createProperty(NS + "is_about");
    public static final Property has_part = ResourceFactory.createProperty(NS + "has_part");
    public static final Property is_part_of = ResourceFactory.createProperty(NS + "is_part_of");
    public static final Property ensures_implementation_of = ResourceFactory.createProperty(NS + "ensures_implementation_of");
    public static final Property jurisdiction = ResourceFactory.createProperty(NS + "jurisdiction");
    public static final Property language = ResourceFactory.createProperty(NS + "language");

    private ELI() {}
}
