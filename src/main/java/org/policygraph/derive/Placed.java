package org.policygraph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policygraph.model.DocType;
import org.policygraph.model.DocumentAnalysis;
import org.policygraph.model.DocumentHeader;
import org.policygraph.model.Level;
import org.policygraph.model.Target;
import org.policygraph.resolve.AdminUnit;
import org.policygraph.resolve.Body;
import org.policygraph.resolve.ReferenceData;

/**
 * A document placed in the hierarchy: its administrative unit (and the unit's ancestors), level, year and type,
 * from its header and the reference data. A document whose unit is unknown cannot be placed and is not linked.
 *
 * @param analysis  the document
 * @param unit      id of its administrative unit
 * @param ancestors ids of the units above it, nearest first
 * @param level     its level
 * @param year      the year it plans for (header), else the year of its targets, else its date's year
 * @param type      its document type, or null
 * @param body      its issuing body, or null
 */
record Placed(DocumentAnalysis analysis, String unit, List<String> ancestors, Level level, Integer year, DocType type, Body body) {

    static Optional<Placed> of(DocumentAnalysis a, ReferenceData ref) {
        DocumentHeader h = a.header();
        Body body = h == null ? null : ref.body(DocumentHeader.valueOf(h.issuer())).orElse(null);
        String unit = h != null && h.unit() != null ? h.unit() : body == null ? null : body.unit();
        if (unit == null) return Optional.empty();
        Level level = h.level() != null ? h.level() : body != null ? body.level() : null;
        List<String> ancestors = new ArrayList<>();
        for (String u = ref.unit(unit).map(AdminUnit::parent).orElse(null); u != null; u = ref.unit(u).map(AdminUnit::parent).orElse(null)) {
            if (ancestors.contains(u)) break;
            ancestors.add(u);
        }
        Integer year = DocumentHeader.valueOf(h.planYear());
        // the year of a resolution's numbered list; a plan's listed targets may be for a horizon ("đến năm 2030"), not its year
        if (year == null) year = a.targets().stream().filter(t -> t.label() == null).map(Target::year).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (year == null && h.date() != null && h.date().value() != null) year = h.date().value().year();
        return Optional.of(new Placed(a, unit, List.copyOf(ancestors), level, year, DocumentHeader.valueOf(h.type()), body));
    }

    String seed() { return analysis.source().name(); }

    boolean sameUnit(Placed other) { return unit.equals(other.unit); }

    boolean isParty() { return body != null ? body.isParty() : analysis.header() != null && analysis.header().system() == org.policygraph.model.DocSystem.PARTY; }
}
