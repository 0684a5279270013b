package org.policygraph.server;

/**
 * Where an IRI is shown on this server: an IRI of the configured base at its own path ({@code {base}doc/x}
 * at {@code /doc/x}), any other IRI of the dataset at {@code /describe?iri=...}.
 */
record Links(String base) {
    Links {
        if (!base.endsWith("/")) base = base + "/";
    }

    boolean own(String iri) {
        if (!iri.startsWith(base)) return false;
        String rest = iri.substring(base.length());
        int slash = rest.indexOf('/');
        return slash > 0 && LinkedDataServlet.PATHS.contains(rest.substring(0, slash)) && !rest.contains("#") && !rest.contains("?");
    }

    /** The local page of a dataset IRI. */
    String href(String iri) {
        return own(iri) ? "/" + iri.substring(base.length()) : "/describe?iri=" + Html.url(iri);
    }

    /** The local address of one format of an IRI's description. */
    String variant(String iri, Formats f) {
        return own(iri) ? "/" + iri.substring(base.length()) + f.suffix : "/describe" + f.suffix + "?iri=" + Html.url(iri);
    }

    /** The IRI a local path stands for. */
    String iriOfPath(String path) { return base + path.substring(1); }
}
