package org.policygraph.pipeline;

/** Versions recorded in provenance. Bump EXTRACTOR when any extraction rule changes its output. */
public final class Version {
    public static final String EXTRACTOR = "policy-graph-extract/0.1.0";

    private Version() {}
}
