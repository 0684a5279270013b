package org.policygraph.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.policygraph.rdf.PG;

/** The prefixes the workbench presets and the pages use for compact names. */
final class Prefixes {
    private Prefixes() {}

    static final Map<String, String> NAMESPACES = new LinkedHashMap<>();
    static {
        NAMESPACES.put("pg", PG.NS);
        NAMESPACES.put("eli", "http://data.europa.eu/eli/ontology#");
        NAMESPACES.put("org", "http://www.w3.org/ns/org#");
        NAMESPACES.put("prov", "http://www.w3.org/ns/prov#");
        NAMESPACES.put("qb", "http://purl.org/linked-data/cube#");
        NAMESPACES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        NAMESPACES.put("dcterms", "http://purl.org/dc/terms/");
        NAMESPACES.put("oa", "http://www.w3.org/ns/oa#");
        NAMESPACES.put("owl", "http://www.w3.org/2002/07/owl#");
        NAMESPACES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        NAMESPACES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        NAMESPACES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        NAMESPACES.put("text", "http://jena.apache.org/text#");
        NAMESPACES.put("void", "http://rdfs.org/ns/void#");
        NAMESPACES.put("dcat", "http://www.w3.org/ns/dcat#");
        NAMESPACES.put("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#");
        NAMESPACES.put("wd", "http://www.wikidata.org/entity/");
    }

    static final PrefixMapping MAP = PrefixMapping.Factory.create().setNsPrefixes(NAMESPACES).lock();

    /** The PREFIX lines of a query. */
    static String sparql() {
        StringBuilder b = new StringBuilder();
        NAMESPACES.forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }
}
