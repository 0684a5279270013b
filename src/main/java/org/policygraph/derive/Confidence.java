package org.policygraph.derive;

import java.util.Locale;

/** How sure a derivation link is: explicit words are high; implicit links are graded by their evidence. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String slug() { return name().toLowerCase(Locale.ROOT); }
}
