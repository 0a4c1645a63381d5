package guide.i18n;

import org.junit.jupiter.api.Test;

import static guide.i18n.PluralCategory.FEW;
import static guide.i18n.PluralCategory.MANY;
import static guide.i18n.PluralCategory.ONE;
import static guide.i18n.PluralCategory.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PluralCategoryTest {

    @Test
    void polishFollowsOneFewMany() {
        assertEquals(ONE, PluralCategory.of("pl", 1));
        assertEquals(FEW, PluralCategory.of("pl", 2));
        assertEquals(FEW, PluralCategory.of("pl", 4));
        assertEquals(MANY, PluralCategory.of("pl", 5));
        assertEquals(MANY, PluralCategory.of("pl", 12));
        assertEquals(MANY, PluralCategory.of("pl", 14));
        assertEquals(FEW, PluralCategory.of("pl", 22));
        assertEquals(MANY, PluralCategory.of("pl", 25));
        assertEquals(MANY, PluralCategory.of("pl", 0));
        assertEquals(MANY, PluralCategory.of("pl", 112));
    }

    @Test
    void englishHasOneAndOther() {
        assertEquals(ONE, PluralCategory.of("en", 1));
        assertEquals(OTHER, PluralCategory.of("en", 2));
        assertEquals(OTHER, PluralCategory.of("en", 0));
    }
}
