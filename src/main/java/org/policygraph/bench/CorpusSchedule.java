package org.policygraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which documents make up a corpus of N: spread evenly over the years {@link #FIRST_YEAR}..{@link #LAST_YEAR}
 * (the last on the post-2025 map), and within a year: the centre, then province by province its own documents
 * and its districts' (then wards', when the year's share allows them, spread evenly over the country).
 * A small corpus is therefore one or a few whole provinces with their districts, so every district resolution
 * has its city's resolution beside it; a large one covers the country down to wards. Streams slots; holds none.
 */
final class CorpusSchedule {
    static final int FIRST_YEAR = 2019, LAST_YEAR = 2026;
    /** The first year whose resolutions (adopted December of the year before) follow the 2025 reform. */
    static final int REFORM_YEAR = 2026;

    private final Geography geo;
    private final int documents;

    CorpusSchedule(Geography geo, int documents) {
        this.geo = geo;
        this.documents = documents;
    }

    void forEach(Consumer<Slot> sink) {
        int years = LAST_YEAR - FIRST_YEAR + 1;
        int[] budget = new int[years];
        int[] capacity = new int[years];
        for (int i = 0; i < years; i++) capacity[i] = capacity(FIRST_YEAR + i);
        int left = documents;
        // fill years evenly, capped by what a year can hold; the remainder moves to years with room
        while (left > 0) {
            int open = 0;
            for (int i = 0; i < years; i++) if (budget[i] < capacity[i]) open++;
            if (open == 0) throw new IllegalArgumentException("more documents than the synthetic country can issue: " + documents);
            int share = Math.max(1, left / open);
            for (int i = 0; i < years && left > 0; i++) {
                int add = Math.min(Math.min(share, left), capacity[i] - budget[i]);
                budget[i] += add;
                left -= add;
            }
        }
        int[] index = {0};
        for (int i = 0; i < years; i++) year(FIRST_YEAR + i, budget[i], index, sink);
    }

    private void year(int year, int budget, int[] index, Consumer<Slot> sink) {
        boolean after = year >= REFORM_YEAR;
        Emitter out = new Emitter(budget, index, sink);
        out.emit(geo.centre(), Slot.Kind.CENTRAL, year, 0);
        out.emit(geo.centre(), Slot.Kind.CENTRAL, year, 1);
        int upper = 0, lowerDocs = 0;
        for (Unit p : geo.provinces(after)) {
            upper += docs(p, year).size();
            for (Unit d : geo.children(p)) {
                if (after) lowerDocs += docs(d, year).size();
                else {
                    upper += docs(d, year).size();
                    for (Unit w : geo.children(d)) lowerDocs += docs(w, year).size();
                }
            }
        }
        long lowerBudget = Math.max(0, Math.min(lowerDocs, out.left() - upper));
        long[] lowerIndex = {0};
        for (Unit p : geo.provinces(after)) {
            out.emitAll(p, year);
            for (Unit d : geo.children(p)) {
                if (after) { lower(out, d, year, lowerBudget, lowerDocs, lowerIndex); continue; }
                out.emitAll(d, year);
                for (Unit w : geo.children(d)) lower(out, w, year, lowerBudget, lowerDocs, lowerIndex);
            }
        }
    }

    /** Spreads {@code budget} lower-level documents evenly over all {@code total}: document i is taken when floor((i+1)B/T) grows. */
    private void lower(Emitter out, Unit w, int year, long budget, long total, long[] i) {
        for (Planned k : docs(w, year)) {
            long n = i[0]++;
            if (total > 0 && (n + 1) * budget / total > n * budget / total) out.emit(w, k.kind(), year, k.quarter());
        }
    }

    private int capacity(int year) {
        boolean after = year >= REFORM_YEAR;
        int n = 2;
        for (Unit p : geo.provinces(after)) {
            n += docs(p, year).size();
            for (Unit d : geo.children(p)) {
                n += docs(d, year).size();
                for (Unit w : geo.children(d)) n += docs(w, year).size();
            }
        }
        return n;
    }

    /** A document a unit issues about a year; {@code quarter} is 0 except for reports. */
    record Planned(Slot.Kind kind, int quarter) {}

    /** The documents a unit issues about a year. Districts were abolished on 1 July 2025: no third-quarter report that year. */
    static List<Planned> docs(Unit u, int year) {
        List<Planned> out = new ArrayList<>();
        out.add(new Planned(Slot.Kind.PARTY_RESOLUTION, 0));
        out.add(new Planned(Slot.Kind.COUNCIL_RESOLUTION, 0));
        if (u.kind().isProvincial() || u.kind().isDistrict()) out.add(new Planned(Slot.Kind.DIRECTIVE, 0));
        if (!u.kind().isProvincial()) {
            int quarters = u.kind().isWard() ? 2 : year == 2025 ? 2 : 3;
            for (int q = 1; q <= quarters; q++) out.add(new Planned(Slot.Kind.REPORT, q));
        }
        return out;
    }

    /** Emits slots until the year's budget is spent. */
    private static final class Emitter {
        private int left;
        private final int[] index;
        private final Consumer<Slot> sink;

        Emitter(int budget, int[] index, Consumer<Slot> sink) {
            this.left = budget;
            this.index = index;
            this.sink = sink;
        }

        int left() { return left; }

        void emit(Unit u, Slot.Kind kind, int year, int quarter) {
            if (left <= 0) return;
            left--;
            sink.accept(new Slot(index[0]++, kind, u, year, quarter));
        }

        void emitAll(Unit u, int year) {
            for (Planned k : docs(u, year)) emit(u, k.kind(), year, k.quarter());
        }
    }
}
