package org.policygraph.model;

/** The two systems of documents: Party ("06-NQ/QU") and State ("32/2018/NQ-HĐND"). */
public enum DocSystem {
    PARTY("party"), STATE("state");

    private final String slug;

    DocSystem(String slug) { this.slug = slug; }

    public String slug() { return slug; }
}
