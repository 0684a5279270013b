package org.policygraph.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Deterministic randomness: every value is a pure function of the corpus seed and a key, so documents can be made in any order. */
final class Rng {
    private final SplittableRandom random;

    Rng(long seed) { this.random = new SplittableRandom(seed); }

    /** A generator keyed by the seed and some integers (unit, year, kind...). */
    static Rng of(long seed, long... key) { return new Rng(hash(seed, key)); }

    static long hash(long seed, long... key) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long k : key) h = mix(h ^ mix(k + 0x632BE59BD9B4E019L));
        return h;
    }

    /** A non-negative value in [0, bound) from a key alone. */
    static int pick(long seed, int bound, long... key) { return (int) Long.remainderUnsigned(hash(seed, key), bound); }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int nextInt(int bound) { return random.nextInt(bound); }

    int between(int lo, int hiInclusive) { return lo + random.nextInt(hiInclusive - lo + 1); }

    double between(double lo, double hi) { return lo + random.nextDouble() * (hi - lo); }

    boolean chance(double p) { return random.nextDouble() < p; }

    <T> T of(List<T> items) { return items.get(random.nextInt(items.size())); }

    <T> T of(T[] items) { return items[random.nextInt(items.length)]; }
}
