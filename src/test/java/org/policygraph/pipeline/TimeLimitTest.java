package org.policygraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limit of a text's analysis grows with the text, between a floor and the per-file limit. */
class TimeLimitTest {
    @Test
    void theTextLimitGrowsWithTheTextUpToTheFileLimit() {
        Duration file = Duration.ofSeconds(60);
        assertEquals(Duration.ofSeconds(10), TimeLimit.forText(20_000, file), "an ordinary document: the floor");
        assertEquals(Duration.ofSeconds(10), TimeLimit.forText(5_000_000, file));
        assertEquals(Duration.ofSeconds(16), TimeLimit.forText(8_000_000, file), "2 s per million characters");
        assertEquals(file, TimeLimit.forText(40_000_000, file), "never more than the file's");
        assertEquals(Duration.ofSeconds(2), TimeLimit.forText(8_000_000, Duration.ofSeconds(2)), "a lower file limit wins");
        assertEquals(Duration.ZERO, TimeLimit.forText(8_000_000, Duration.ZERO), "no limit stays none");
    }
}
