package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An export's id: when it was made and random digits, read back from a skeleton, said as a time in messages. */
class ExportIdTest {
    private static final Clock EVENING = Clock.fixed(Instant.parse("2026-12-06T21:40:12.789Z"), ZoneOffset.ofHours(1));

    @Test
    void anIdIsTheUtcSecondAndSixHexDigits() {
        RandomGenerator bytes = new RandomGenerator() {
            private int next = 0x5f;

            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                int value = next;
                next = next == 0x5f ? 0x3a : 0x9c;
                return value;
            }
        };
        assertEquals("20261206T214012Z-5f3a9c", ExportId.next(EVENING, bytes).value());
    }

    @Test
    void twoExportsInOneSecondDiffer() {
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        assertNotEquals(ExportId.next(EVENING, random), ExportId.next(EVENING, random));
    }

    @Test
    void messagesSayTheMinuteInUtc() {
        assertEquals("2026-12-06 21:40 UTC", new ExportId("20261206T214012Z-5f3a9c").when());
        assertEquals("20261206T214012Z-5f3a9c", new ExportId("20261206T214012Z-5f3a9c").toString());
    }

    @Test
    void onlyAnIdIsReadAsOne() {
        assertEquals(Optional.of(new ExportId("20261206T214012Z-5f3a9c")), ExportId.parse("20261206T214012Z-5f3a9c"));
        assertEquals(Optional.empty(), ExportId.parse("20261206T214012Z-5f3a9"), "five digits");
        assertEquals(Optional.empty(), ExportId.parse("20261206T214012Z-5F3A9C"), "capitals: not as written");
        assertEquals(Optional.empty(), ExportId.parse("x20261206T214012Z-5f3a9c"));
        assertEquals(Optional.empty(), ExportId.parse("20261306T214012Z-5f3a9c"), "no thirteenth month");
        assertEquals(Optional.empty(), ExportId.parse(""));
        assertThrows(IllegalArgumentException.class, () -> new ExportId("none"));
        assertThrows(IllegalArgumentException.class, () -> new ExportId("20261399T999999Z-abcdef"), "an id has a time that is one");
        assertTrue(ExportId.parse("20261231T235959Z-000000").isPresent());
    }
}
