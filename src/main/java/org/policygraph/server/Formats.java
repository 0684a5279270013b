package org.policygraph.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Content negotiation for the linked-data views: HTML, Turtle, JSON-LD, N-Triples, RDF/XML and N3 (written as
 * Turtle, which is N3), chosen by a file suffix ({@code .html}, {@code .ttl}, {@code .jsonld}, {@code .nt},
 * {@code .rdf}, {@code .n3}) or else by the {@code Accept} header.
 */
enum Formats {
    HTML("text/html", ".html", null), TURTLE("text/turtle", ".ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", ".jsonld", RDFFormat.JSONLD11), NTRIPLES("application/n-triples", ".nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", ".rdf", RDFFormat.RDFXML_PLAIN), N3("text/n3", ".n3", RDFFormat.TURTLE_PRETTY);

    final String mediaType;
    final String suffix;
    final RDFFormat rdf;

    Formats(String mediaType, String suffix, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdf = rdf;
    }

    private static final Formats NONE = null;
    /** Other media types clients send for the same formats (rdflib and SPARQLWrapper use some of them). */
    private static final java.util.Map<String, Formats> ALIASES = java.util.Map.of("application/x-turtle", TURTLE,
            "application/json", JSONLD, "text/plain", NTRIPLES, "application/xml", RDFXML, "text/rdf+n3", N3,
            "application/turtle", TURTLE);

    /** The media types offered, for a 406 answer. */
    static String offered() {
        return "none of the offered types is acceptable: " + java.util.Arrays.stream(values()).map(f -> f.mediaType)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The format a path's suffix asks for, or null. */
    static Formats bySuffix(String path) {
        for (Formats f : values()) if (path.endsWith(f.suffix)) return f;
        return null;
    }

    /**
     * The best format for an Accept header: highest q wins, ties by specificity of the matching range and then
     * by the order Turtle, HTML, JSON-LD, N-Triples; no header or only wildcards gives Turtle. Null when
     * nothing acceptable is offered.
     */
    static Formats byAccept(String accept) {
        if (accept == null || accept.isBlank()) return TURTLE;
        Formats best = null;
        double bestQ = 0;
        int bestSpec = -1;
        for (Formats f : List.of(TURTLE, HTML, JSONLD, NTRIPLES, RDFXML, N3)) {
            double q = -1;
            int spec = -1;
            for (String range : accept.split(",")) {
                String[] parts = range.strip().split(";");
                if (parts.length == 0) continue;
                String mt = parts[0].strip().toLowerCase(Locale.ROOT);
                double rq = 1;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].strip();
                    if (p.startsWith("q=")) try { rq = Double.parseDouble(p.substring(2)); } catch (NumberFormatException e) { rq = 0; }
                }
                int s = mt.equals(f.mediaType) || ALIASES.getOrDefault(mt, NONE) == f ? 2
                        : mt.equals(f.mediaType.substring(0, f.mediaType.indexOf('/')) + "/*") ? 1 : mt.equals("*/*") ? 0 : -1;
                if (s > spec || (s == spec && rq > q)) { spec = s; q = rq; }
            }
            if (spec < 0 || q <= 0) continue;
            if (q > bestQ || (q == bestQ && spec > bestSpec)) { best = f; bestQ = q; bestSpec = spec; }
        }
        return best;
    }

    void write(HttpServletResponse resp, Model m) throws IOException {
        resp.setContentType(mediaType);
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream os = resp.getOutputStream()) { RDFDataMgr.write(os, m, rdf); }
    }

    Lang lang() { return rdf.getLang(); }
}
