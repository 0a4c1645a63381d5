package guide.translation.xliff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Which export an XLIFF file comes from: the moment it was made (UTC, to the second) and six random hex digits, as
 * {@code 20261206T214012Z-5f3a9c}. Two exports of one revision hold the same units with the same targets, so nothing in
 * their text tells them apart; this does. An import records it beside the unit texts it writes ({@link ImportedUnits}),
 * so the next import of a file can tell its own earlier import (the same id) from another file's (another id) and from
 * a hand edit (none). The random digits tell apart two exports made in the same second, as a batch or a script makes them.
 *
 * @param value the id as the file's skeleton records it, of the form {@link ExportIdForm#WHOLE}
 */
record ExportId(String value) {
    private static final int RANDOM_BYTES = 3;

    ExportId {
        ExportIdForm.WHOLE.require(value, "an export id");
    }

    /** A new id: now, by {@code clock}, with random digits from {@code random}. */
    static ExportId next(Clock clock, RandomGenerator random) {
        byte[] digits = new byte[RANDOM_BYTES];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = (byte) random.nextInt(256);
        }
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        return new ExportId(ExportIdForm.written(now) + "-" + HexFormat.of().formatHex(digits));
    }

    /** The id {@code text} is, or empty when it is not one (a skeleton edited outside a CAT tool). */
    static Optional<ExportId> parse(String text) {
        return ExportIdForm.WHOLE.matches(text) ? Optional.of(new ExportId(text)) : Optional.empty();
    }

    /** When the export was made, as messages say it: {@code 2026-12-06 21:40 UTC}. */
    String when() {
        return ExportIdForm.when(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
