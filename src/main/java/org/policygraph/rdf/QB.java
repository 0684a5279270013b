package org.policygraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the RDF Data Cube vocabulary, the SDMX content-oriented guidelines and QUDT units used for indicators. */
public final class QB {
    public static final String NS = "http://purl.org/linked-data/cube#";
    public static final String SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";
    public static final String SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";
    public static final String SDMX_MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#";
    public static final String QUDT_UNIT = "http://qudt.org/vocab/unit/";

    private QB() {}

    public static final Resource DataSet = ResourceFactory.createResource(NS + "DataSet");
    public static final Resource Observation = ResourceFactory.createResource(NS + "Observation");
    public static final Resource DataStructureDefinition = ResourceFactory.createResource(NS + "DataStructureDefinition");
    public static final Resource ComponentSpecification = ResourceFactory.createResource(NS + "ComponentSpecification");
    public static final Resource DimensionProperty = ResourceFactory.createResource(NS + "DimensionProperty");
    public static final Resource AttributeProperty = ResourceFactory.createResource(NS + "AttributeProperty");
    public static final Resource MeasureProperty = ResourceFactory.createResource(NS + "MeasureProperty");
    public static final Property dataSet = ResourceFactory.createProperty(NS + "dataSet");
    public static final Property structure = ResourceFactory.createProperty(NS + "structure");
    public static final Property component = ResourceFactory.createProperty(NS + "component");
    public static final Property dimension = ResourceFactory.createProperty(NS + "dimension");
    public static final Property attribute = ResourceFactory.createProperty(NS + "attribute");
    public static final Property measure = ResourceFactory.createProperty(NS + "measure");
    public static final Property order = ResourceFactory.createProperty(NS + "order");
    public static final Property componentRequired = ResourceFactory.createProperty(NS + "componentRequired");

    public static final Property refArea = ResourceFactory.createProperty(SDMX_DIMENSION + "refArea");
    public static final Property refPeriod = ResourceFactory.createProperty(SDMX_DIMENSION + "refPeriod");
    public static final Property unitMeasure = ResourceFactory.createProperty(SDMX_ATTRIBUTE + "unitMeasure");
    public static final Property obsStatus = ResourceFactory.createProperty(SDMX_ATTRIBUTE + "obsStatus");

    public static Resource qudt(String local) { return ResourceFactory.createResource(QUDT_UNIT + local); }
}
