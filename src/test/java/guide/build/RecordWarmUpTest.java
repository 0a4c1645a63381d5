package guide.build;

import guide.check.PageFacts;
import guide.page.AuthorCard;
import guide.page.FeedView;
import guide.page.OutdatedNotice;
import guide.page.PageModel;
import guide.page.Pagination;
import guide.page.SectionMark;
import guide.page.SitemapEntry;
import guide.page.SwitchOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's warm-up links the equals of every record a save compares, however deep in the model. */
class RecordWarmUpTest {

    @Test
    void itFindsEveryRecordAPageModelIsMadeOfAtAnyDepth() {
        Set<Class<?>> records = RecordWarmUp.records(PageModel.class, PageFacts.class);
        // The ones a first save linked before (profiled), and the parts of the pages a title edit makes again.
        for (Class<?> part : List.of(PageModel.class, PageFacts.class, AuthorCard.class, OutdatedNotice.class, SectionMark.class,
                SwitchOption.class, Pagination.class, FeedView.class, SitemapEntry.class)) {
            assertTrue(records.contains(part), part.getSimpleName() + " among " + records);
        }
        assertTrue(records.stream().allMatch(Class::isRecord), records.toString());
    }

    @Test
    void itMakesAndComparesEachOfThemWithoutMissingOne() {
        assertEquals(List.of(), RecordWarmUp.linkPageRecords(), "records it could not make and compare");
    }

    /** A record whose constructor refuses plain values is reported, not thrown. */
    record Picky(int size) {
        Picky {
            if (size <= 0) {
                throw new IllegalArgumentException("a size above zero");
            }
        }
    }

    record Holder(List<Picky> pickies, int count) {
    }

    @Test
    void aRecordItCannotMakeIsReportedAndTheOthersAreStillLinked() {
        assertEquals(Set.of(Holder.class, Picky.class), RecordWarmUp.records(Holder.class));
        assertEquals(List.of(Picky.class), RecordWarmUp.link(Holder.class));
    }
}
