package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which unit of the translation as it is now stands for each unit of a file: by id with the same source, else by source text. */
class UnitCounterpartsTest {
    private static ReadUnit read(String id, String source) {
        return new ReadUnit(id, 1, "x-paragraph", "", TaggedText.of(source), TaggedText.of("t"), "translated");
    }

    private static ExportedUnit now(String id, String source) {
        return new ExportedUnit(new Unit(id, UnitKind.PARAGRAPH, "", 1, TaggedText.of(source)), TaggedText.of("t " + id), UnitState.TRANSLATED);
    }

    @Test
    void aUnitMovedByASectionAddedBeforeItIsFoundBySource() {
        UnitCounterparts pairs = UnitCounterparts.of(List.of(read("b1.1", "Akapit."), read("b3.1", "Druga.")),
                List.of(now("b1.1", "Akapit."), now("b3.1", "Nowy."), now("b5.1", "Druga.")));
        assertEquals(Optional.of("b1.1"), pairs.of(read("b1.1", "Akapit.")).map(u -> u.unit().id()));
        assertEquals(Optional.of("b5.1"), pairs.of(read("b3.1", "Druga.")).map(u -> u.unit().id()));
        assertEquals(List.of(), pairs.unmatched());
    }

    @Test
    void aUnitWhoseSourceIsNowhereIsUnmatched() {
        ReadUnit edited = read("b3.1", "Druga.");
        UnitCounterparts pairs = UnitCounterparts.of(List.of(read("b1.1", "Akapit."), edited), List.of(now("b1.1", "Akapit."), now("b3.1", "Druga, zmieniona.")));
        assertEquals(Optional.empty(), pairs.of(edited));
        assertEquals(List.of(edited), pairs.unmatched());
    }

    @Test
    void repeatedSourcesPairInOrderAndAnIdKeepsItsOwnFirst() {
        UnitCounterparts pairs = UnitCounterparts.of(List.of(read("b2.1", "Tak"), read("b2.2", "Tak"), read("b2.3", "Nie")),
                List.of(now("b4.1", "Tak"), now("b2.2", "Tak"), now("b4.3", "Tak"), now("b4.4", "Nie")));
        assertEquals(Optional.of("b4.1"), pairs.of(read("b2.1", "Tak")).map(u -> u.unit().id()));
        assertEquals(Optional.of("b2.2"), pairs.of(read("b2.2", "Tak")).map(u -> u.unit().id()), "its id, with the same source");
        assertEquals(Optional.of("b4.4"), pairs.of(read("b2.3", "Nie")).map(u -> u.unit().id()));
        UnitCounterparts sameIdOtherSource = UnitCounterparts.of(List.of(read("b1.1", "A")), List.of(now("b1.1", "B"), now("b1.1", "A")));
        assertEquals(Optional.of("b1.1"), sameIdOtherSource.of(read("b1.1", "A")).map(u -> u.unit().source().markdown()).map(s -> "b1.1"));
        assertEquals("A", sameIdOtherSource.of(read("b1.1", "A")).orElseThrow().unit().source().markdown());
    }

    @Test
    void aUnitMatchedByItsIdIsNotMatchedAgainBySource() {
        ReadUnit second = read("b2.1", "A");
        UnitCounterparts pairs = UnitCounterparts.of(List.of(read("b1.1", "A"), second), List.of(now("b1.1", "A")));
        assertEquals(List.of(second), pairs.unmatched(), "one unit now, for the first");
    }

    @Test
    void idsAreMatchedBeforeOrder() {
        UnitCounterparts pairs = UnitCounterparts.of(List.of(read("b1.1", "X"), read("b2.1", "X")), List.of(now("b2.1", "X"), now("b5.1", "X")));
        assertEquals(Optional.of("b5.1"), pairs.of(read("b1.1", "X")).map(u -> u.unit().id()));
        assertEquals(Optional.of("b2.1"), pairs.of(read("b2.1", "X")).map(u -> u.unit().id()));
    }
}
