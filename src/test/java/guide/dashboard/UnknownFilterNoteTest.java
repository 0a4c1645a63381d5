package guide.dashboard;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's note for a lang= filter no page answers, also before any page is translated. */
class UnknownFilterNoteTest {

    @Test
    void aSiteWithoutTranslationsSaysSoInOneClause() {
        assertEquals(List.of("The address asks for lang=xx, but no page is translated yet. The list below shows every language."),
                UnknownFilterNote.of(new DashboardFilter(null, null, false, "xx", null, null), Map.of()));
    }
}
