package org.policygraph.derive;

/**
 * A derivation link: {@code to} derives from {@code from} (the lower level from the higher, the later year from
 * the earlier, a reported figure from the target it reports on).
 *
 * @param from          the upstream end
 * @param to            the derived end
 * @param kind          what the link says
 * @param confidence    high, medium or low
 * @param evidence      matched spans, similarity figures, numeric relation
 * @param methodVersion version of the linking method that made it
 */
public record Link(LinkEnd from, LinkEnd to, LinkKind kind, Confidence confidence, Evidence evidence, String methodVersion) {}
