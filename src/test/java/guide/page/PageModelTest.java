package guide.page;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import guide.i18n.Digits;
import guide.image.SocialImage;
import guide.quiz.QuizView;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates read the model as content.&lt;name&gt;: every value that applies, as an object; nothing for what does not. */
class PageModelTest {
    private static final Digits LATIN = new Digits("latn", "0123456789");
    private static final ObjectWrapper WRAPPER = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    private static final LanguageView POLISH = new LanguageView("pl", "Polski", "pl-PL", "pl_PL", "ltr", "/pl/feed.xml", "/pl/search/", LATIN);

    /** The preview remakes a page when a card it shows changes: every list of cards counts, and a page with none shows none. */
    @Test
    void cardsAreEveryCardOfAnotherPageThePageShows() {
        DateText date = new DateText("2026-11-20", "20 listopada 2026");
        Card related = new Card("Related", "/pl/r/", "S", date, "1 minuta czytania");
        Card latest = new Card("Latest", "/pl/l/", "S", date, "1 minuta czytania");
        Card english = new Card("English only", "/en/e/", "S", date, "1 minute");
        Card quiz = new Card("Quiz", "/pl/q/", "S", date, "1 minuta czytania");
        Card archived = new Card("Archived", "/pl/o/", "S", date, "1 minuta czytania");
        PageModel.Builder page = PageModel.builder("pl", POLISH, "post", "Tytuł", "/pl/a/", "https://example.org/pl/a/", "https://example.org");
        assertEquals(List.of(), page.build().cards());
        PageModel model = page.related(List.of(related))
                .home(new HomeView(List.of(latest), new ArchiveLink("/pl/artykuly/", 1, "1", false),
                        List.of(new OtherLanguageCard("en", english, "only in English")), quiz))
                .archive(new ArchiveView(List.of(archived), "", new Pagination(1, 1, null, null, List.of())))
                .build();
        assertEquals(List.of(related, latest, english, quiz, archived), model.cards());
        PageModel noQuiz = page.home(new HomeView(List.of(latest), new ArchiveLink("/pl/artykuly/", 1, "1", false), List.of(), null)).archive(null).build();
        assertEquals(List.of(related, latest), noQuiz.cards());
    }

    @Test
    void everyValueThatIsSetReachesTheTemplateAndTheTypeStaysJBakes() throws Exception {
        DateText date = new DateText("2026-11-20", "20 listopada 2026");
        Card card = new Card("T", "/pl/t/", "S", date, "1 minuta czytania");
        PageModel model = PageModel.builder("pl", POLISH, "post", "Tytuł", "/pl/a/", "https://example.org/pl/a/", "https://example.org")
                .summary("Streszczenie")
                .alternates(List.of(new Alternate("pl", "https://example.org/pl/a/")))
                .switcher(List.of(new SwitchOption("en", "English", "/en/", false, "brak", "home")))
                .date(date)
                .updated(new DateText("2026-11-25", "25 listopada 2026"))
                .readingTime("1 minuta czytania")
                .wordCount("120 słów")
                .tags(List.of("a"))
                .author(new AuthorCard("r", "Person", "id", "R", "R", "role", "bio", null, List.of()))
                .basedOn(new AuthorCard("b", "Person", "id", "B", "B", "role", "bio", null, List.of()))
                .legalNotice(new LegalNotice("Stan prawny na 1 stycznia 2026 r."))
                .outdatedNotice(new OutdatedNotice("behind", "/en/a/", "en", "Read", "", List.of()))
                .draft()
                .related(List.of(card))
                .home(new HomeView(List.of(card), new ArchiveLink("/pl/artykuly/", 1, "1", false), List.of(), null))
                .quiz(new QuizView(1, "1 punkt", "1", List.of(), List.of(), Map.of(), false, ""))
                .archive(new ArchiveView(List.of(card), "", new Pagination(1, 1, null, null, List.of())))
                .languages(List.of(new LanguageChoice("pl", "/pl/", "Polski", "P", "t", "Czytaj", "/pl/feed.xml", "P", "pl_PL")))
                .feed(new FeedView("2026-11-20", "f", "h", List.of()))
                .sitemap(List.of(new SitemapEntry("https://example.org/", null, List.of())))
                .sitemapUrl("https://example.org/sitemap.xml")
                .socialImage(new SocialImage("https://example.org/pl/a/card.png", 1200, 630, "Tytuł", null))
                .build();
        Map<String, Object> content = new HashMap<>();
        content.put("type", "post");
        model.into(content, WRAPPER);
        assertEquals(Set.of("type", "lang", "language", "title", "summary", "url", "canonical", "siteUrl", "alternates", "switcher", "date",
                "updated", "readingTime", "wordCount", "tags", "author", "basedOn", "legalNotice", "outdatedNotice", "draft", "related", "home", "quiz", "archive", "languages", "feed",
                "sitemap", "sitemapUrl", "socialImage"), content.keySet());
        for (RecordComponent component : PageModel.class.getRecordComponents()) {
            assertTrue(content.containsKey(component.getName()), "PageModel's component '" + component.getName()
                    + "' is not set in this test: set it with the builder above and add its name to the list, so the test shows it reaches the templates");
        }
        assertEquals("post", content.get("type"), "JBake's own field is left as it is");
        assertEquals("Tytuł", ((TemplateScalarModel) content.get("title")).getAsString());
        TemplateModel dateText = ((TemplateHashModel) content.get("date")).get("text");
        assertEquals("20 listopada 2026", ((TemplateScalarModel) dateText).getAsString(), "records reach the template as objects with properties");
        TemplateModel updatedText = ((TemplateHashModel) content.get("updated")).get("text");
        assertEquals("25 listopada 2026", ((TemplateScalarModel) updatedText).getAsString(), "the date the page shows it was updated");
        assertInstanceOf(TemplateModel.class, content.get("quiz"));
    }

    @Test
    void whatDoesNotApplyIsLeftOutAndListsAreEmpty() throws Exception {
        PageModel model = PageModel.builder("pl", POLISH, "page", "O nas", "/pl/o-nas/", "https://example.org/pl/o-nas/", "https://example.org").build();
        assertEquals(List.of(), model.alternates());
        assertEquals(List.of(), model.tags());
        assertEquals(List.of(), model.related());
        Map<String, Object> content = new HashMap<>();
        model.into(content, WRAPPER);
        assertEquals(Set.of("lang", "language", "title", "url", "canonical", "siteUrl", "alternates", "tags", "related"), content.keySet());
    }

    /**
     * A value Freemarker's object wrapper cannot take stopped the build with the wrapper's words alone, naming neither the
     * model's part nor the page: a developer had to guess which of the page's 28 parts, on which of thousands of pages.
     */
    @Test
    void aPartTheTemplatesCannotBeHandedNamesItselfAndThePage() {
        PageModel model = PageModel.builder("pl", POLISH, "page", "Test", "/pl/test-klienta/", "https://example.org/pl/test-klienta/", "https://example.org")
                .quiz(new QuizView(1, "1 punkt", "1", List.of(), List.of(), Map.of(), false, "")).build();
        ObjectWrapper refusing = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
        ObjectWrapper failing = value -> {
            if (value instanceof QuizView) {
                throw new TemplateModelException("no wrapper for this object");
            }
            return refusing.wrap(value);
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.into(new HashMap<>(), failing));
        assertEquals("cannot hand the page model's quiz (QuizView) of the page /pl/test-klienta/ to the templates as content.quiz:"
                + " freemarker.template.TemplateModelException: no wrapper for this object (reading it, or Freemarker's object wrapper"
                + " wrapping it, failed: look at that type and the types inside it, which templates read as public records)", e.getMessage());
    }
}
