package org.policygraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a document cites, following real patterns: a lower resolution cites its parent's resolution of
 * the same year and its own of the year before; central resolutions and conclusions (some nesting a directive);
 * its own earlier thematic documents (numbers restart per term, so symbols repeat); national State documents,
 * sometimes by bare number; congress and plenum resolutions and statutes by name. Only documents dated before
 * the citing one are cited.
 */
final class CitationPlanner {
    static final int FIRST_YEAR = 2016;
    private static final String[] STATUTES = {"Luật Tổ chức chính quyền địa phương năm 2015", "Luật Đất đai năm 2013",
            "Luật Đất đai năm 2024", "Luật Ngân sách nhà nước năm 2015", "Luật Đầu tư công năm 2019"};

    private final Identities ids;
    private final Unit centre;

    CitationPlanner(Identities ids, Unit centre) {
        this.ids = ids;
        this.centre = centre;
    }

    /** Central documents dated before {@code before}, {@code count} of them at most. */
    List<Cite> central(Rng r, LocalDate before, int count) {
        List<Cite> out = new ArrayList<>();
        for (int i = 0; i < count * 3 && out.size() < count; i++) {
            int y = r.between(Math.max(FIRST_YEAR, before.getYear() - 6), before.getYear());
            DocId d = ids.central(centre, y, r.nextInt(2));
            if (!d.date().isBefore(before) || contains(out, d)) continue;
            if (d.type() == DocType.KL && r.chance(0.4)) {
                DocId inner = ids.central(centre, Math.max(FIRST_YEAR, y - r.between(1, 4)), r.nextInt(2));
                if (inner.date().isBefore(d.date()) && inner.type() == DocType.CT) { out.add(new Cite.Nested(d, inner)); continue; }
            }
            out.add(new Cite.Single(d));
        }
        return out;
    }

    /** The unit's own earlier thematic documents. */
    List<Cite> ownThematic(Rng r, Unit u, LocalDate before, int count) {
        List<Cite> out = new ArrayList<>();
        if (u.afterReform()) return out; // a unit of the 2025 map has no earlier term of its own
        for (int i = 0; i < count; i++) {
            DocId d = ids.thematic(u, r.between(Math.max(FIRST_YEAR, before.getYear() - 7), before.getYear() - 1), r.nextInt(3));
            if (!contains(out, d)) out.add(new Cite.Single(d));
        }
        return out;
    }

    /** National State documents: one of them, now and then, by bare number. */
    List<Cite> national(Rng r, LocalDate before, int count) {
        List<Cite> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DocId d = ids.national(centre, r.between(FIRST_YEAR, before.getYear() - 1), r.nextInt(4));
            if (contains(out, d)) continue;
            out.add(d.type() == DocType.NĐ && r.chance(0.5) ? new Cite.Bare(d) : new Cite.Single(d));
        }
        return out;
    }

    /** Documents cited by name: the national congress resolution, the unit's or its parent's, a plenum, a statute. */
    List<Cite> named(Rng r, Unit u, LocalDate at) {
        List<Cite> out = new ArrayList<>();
        if (r.chance(0.7)) out.add(new Cite.Named(Identities.congress(centre, at)));
        if (u.parent() != null && u.parent().kind() != UnitKind.CENTRE && r.chance(0.6)) out.add(new Cite.Named(Identities.congress(u.parent(), at)));
        if (r.chance(0.6)) out.add(new Cite.Named(Identities.congress(u, at)));
        if (r.chance(0.4)) out.add(new Cite.Named(ids.plenum(centre, at)));
        if (r.chance(0.3)) out.add(new Cite.Named(Identities.statute(centre, r.of(STATUTES))));
        return out;
    }

    private static boolean contains(List<Cite> list, DocId d) {
        for (Cite c : list) {
            DocId x = c instanceof Cite.Single s ? s.doc() : c instanceof Cite.Nested n ? n.outer() : c instanceof Cite.Bare b ? b.doc() : null;
            if (d.equals(x)) return true;
        }
        return false;
    }
}
