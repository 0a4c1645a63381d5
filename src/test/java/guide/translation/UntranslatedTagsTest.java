package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which published translations the report names as still having their source's tags: those whose tag list is their source's,
 * for the tags that no other page of their language has by choice; not a translation whose tags were changed, a draft, a
 * source, or a tag that is a word of both languages.
 */
class UntranslatedTagsTest {
    private static final Function<String, String> NAMES = Map.of("pl", "Polish", "en", "English")::get;
    /** What the message says after the English pages' tags, "(English pages use: …)". */
    private static final String ADVICE = ": related articles are matched by tag among English pages, so give it English tags (";

    private static ContentDocument pl(String key, String... tags) {
        return TestDocument.article("pl", key).key(key).tags(tags).build();
    }

    /** An English translation of {@code source} stamped with it as it is (current), with {@code tags} on line 8. */
    private static TestDocument en(ContentDocument source, String... tags) {
        return TestDocument.article("en", source.slug()).key(source.translationKey()).tags(tags)
                .header(SourceRevision.KEY, SourceRevision.of("pl", source.title(), source.body()).toString());
    }

    private static TranslationReport report(List<ContentDocument> documents) {
        return TranslationReport.of(List.of("pl", "en"), "pl", documents, false);
    }

    private static TranslationState english(TranslationReport report, String key) {
        return report.byKey().get(key).get("en");
    }

    @Test
    void aPublishedCopyOfItsSourcesTagsIsNamedAtItsTagsLineWithTheLanguagesTags() {
        ContentDocument invoice = pl("invoice", "faktury", "pieniądze");
        ContentDocument pricing = pl("pricing", "wycena", "pieniądze");
        ContentDocument advance = pl("advance", "umowy");
        TranslationReport report = report(List.of(invoice, en(invoice, "invoices", "money").build(), pricing, en(pricing, "pricing", "money").build(),
                advance, en(advance, "umowy").build()));
        UntranslatedTags tags = UntranslatedTags.of(report, NAMES);
        assertEquals(TranslationState.Status.CURRENT, english(report, "advance").status());
        assertEquals(Optional.of(new UntranslatedTags.Finding(8, List.of("umowy"), "the tag umowy is still its Polish source's"
                + " (content/pl/advance.md), and no other English page has it" + ADVICE + "English pages use: money, invoices, pricing)")),
                tags.of(english(report, "advance")));
        assertEquals(List.of("content/en/advance.md"), tags.files(report));
        assertEquals(Optional.empty(), tags.of(english(report, "invoice")), "its tags were translated");
        assertEquals(Optional.empty(), tags.of(report.byKey().get("advance").get("pl")), "a source is no translation");
    }

    @Test
    void aTagAnotherPageOfTheLanguageHasByChoiceIsAWordOfTheLanguage() {
        ContentDocument clients = pl("clients", "klienci", "freelancing");
        ContentDocument contract = pl("contract", "freelancing", "umowy");
        ContentDocument pricing = pl("pricing", "wycena", "klienci");
        ContentDocument shared = pl("shared", "freelancing");
        TranslationReport report = report(List.of(clients, en(clients, "clients", "freelancing").build(),
                contract, TestDocument.article("en", "contract").tags("umowy", "freelancing").build(), // in another order, and never stamped
                pricing, en(pricing, "wycena", "klienci").build(), shared, en(shared, "freelancing").build()));
        UntranslatedTags tags = UntranslatedTags.of(report, NAMES);
        assertEquals(TranslationState.Status.OUTDATED, english(report, "contract").status());
        assertEquals(List.of("umowy"), tags.of(english(report, "contract")).orElseThrow().tags(), "freelancing is an English page's tag too");
        assertEquals(Optional.of(new UntranslatedTags.Finding(8, List.of("wycena", "klienci"), "the tags wycena, klienci are still its Polish"
                + " source's (content/pl/pricing.md), and no other English page has them" + ADVICE + "English pages use: clients, freelancing)")),
                tags.of(english(report, "pricing")));
        assertEquals(Optional.empty(), tags.of(english(report, "shared")), "every tag of its copied list is an English page's");
        assertEquals(List.of("content/en/contract.md", "content/en/pricing.md"), tags.files(report));
    }

    @Test
    void twoCopiesVouchForNothingNorDoesADraft() {
        ContentDocument one = pl("one", "umowy");
        ContentDocument two = pl("two", "umowy");
        ContentDocument draft = pl("draft", "umowa");
        TranslationReport report = report(List.of(one, en(one, "umowy").build(), two, en(two, "umowy").build(),
                draft, en(draft, "umowy").draft().build()));
        UntranslatedTags tags = UntranslatedTags.of(report, NAMES);
        assertEquals(List.of("content/en/one.md", "content/en/two.md"), tags.files(report));
        assertEquals("the tag umowy is still its Polish source's (content/pl/two.md), and no other English page has it" + ADVICE
                + "no English page has tags of its own yet)", tags.of(english(report, "two")).orElseThrow().text());
    }

    @Test
    void aChangedListAndADraftAreNotNamed() {
        ContentDocument clients = pl("clients", "klienci", "freelancing");
        ContentDocument draft = pl("draft", "umowy");
        TranslationReport report = report(List.of(clients, en(clients, "clients", "klienci").build(), draft, en(draft, "umowy").draft().build()));
        UntranslatedTags tags = UntranslatedTags.of(report, NAMES);
        // A translator who changed a tag has looked at them: klienci was kept on purpose, or is an English page's word.
        assertEquals(List.of(), tags.files(report));
        report.all().forEach(state -> assertEquals(Optional.empty(), tags.of(state), state.toString()));
    }

    @Test
    void aPageWrittenInTheLanguageAndOneWhoseSourceIsGoneHaveItsWords() {
        ContentDocument saas = pl("saas", "SaaS");
        ContentDocument b2b = pl("b2b", "B2B");
        List<ContentDocument> translations = List.of(saas, en(saas, "SaaS").build(), b2b, en(b2b, "B2B").build());
        TranslationReport copies = report(translations);
        assertEquals(List.of("content/en/b2b.md", "content/en/saas.md"), UntranslatedTags.of(copies, NAMES).files(copies),
                "no English page has these tags but the copies");
        List<ContentDocument> documents = new ArrayList<>(translations);
        documents.add(TestDocument.article("en", "tools").tags("SaaS").build()); // written in English: no Polish version
        documents.add(en(pl("gone", "x"), "B2B").build()); // its Polish source was deleted
        TranslationReport report = report(documents);
        assertEquals(TranslationState.Status.SOURCE, english(report, "tools").status());
        assertEquals(TranslationState.Status.ORPHANED, english(report, "gone").status());
        assertEquals(List.of(), UntranslatedTags.of(report, NAMES).files(report));
    }

    @Test
    void theAdviceListsTwelveTagsMostUsedFirstThenByName() {
        assertEquals("the tag test is still its Polish source's (content/pl/quiz.md), and no other English page has it" + ADVICE
                + "English pages use: odd, even, t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, …)", adviceWithTranslated(11));
        assertEquals("the tag test is still its Polish source's (content/pl/quiz.md), and no other English page has it" + ADVICE
                + "English pages use: even, odd, t01, t02, t03, t04, t05, t06, t07, t08, t09, t10)", adviceWithTranslated(10),
                "twelve tags, all shown; as many pages have odd as even");
    }

    /**
     * What a copied quiz's tag is told, beside {@code n} English articles whose translated tags are their own ("t01"…) and
     * "odd" or "even": {@code n} + 2 tags of the language, "odd" on one more page than "even" when {@code n} is odd.
     */
    private static String adviceWithTranslated(int n) {
        List<ContentDocument> documents = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ContentDocument source = pl("p" + i, "pl" + i);
            documents.add(source);
            documents.add(en(source, String.format("t%02d", i), i % 2 == 0 ? "even" : "odd").build());
        }
        ContentDocument quiz = TestDocument.article("pl", "quiz").type(DocumentType.QUIZ).tags("test").build();
        documents.add(quiz);
        documents.add(en(quiz, "test").build());
        TranslationReport report = report(documents);
        return UntranslatedTags.of(report, NAMES).of(english(report, "quiz")).orElseThrow().text();
    }

    @Test
    void noneNamesNothing() {
        ContentDocument advance = pl("advance", "umowy");
        TranslationReport report = report(List.of(advance, en(advance, "umowy").build()));
        assertEquals(List.of(), UntranslatedTags.NONE.files(report));
        assertEquals(Optional.empty(), UntranslatedTags.NONE.of(english(report, "advance")));
    }

    @Test
    void aRegionalVariantKeepsItsSourcesTagsByRight() {
        // An American page made from the British one keeps its English tags: they are words of its own language.
        ContentDocument british = TestDocument.article("en-GB", "late-fees").key("late-fees").tags("late-payment", "invoices").build();
        ContentDocument american = TestDocument.article("en-US", "late-fees").key("late-fees").tags("invoices", "late-payment")
                .header(SourceRevision.KEY, SourceRevision.of("en-GB", british.title(), british.body()).toString()).build();
        TranslationReport report = TranslationReport.of(List.of("en-GB", "en-US"), "en-GB", List.of(british, american), false);
        TranslationState state = report.byKey().get("late-fees").get("en-US");
        assertEquals(TranslationState.Status.CURRENT, state.status());
        UntranslatedTags tags = UntranslatedTags.of(report, Map.of("en-GB", "English (United Kingdom)", "en-US", "English (United States)")::get);
        assertEquals(Optional.empty(), tags.of(state));
        assertEquals(List.of(), tags.files(report));
        assertEquals(true, TagVocabulary.of(report).has("en-US", "late-payment"), "the American page's tags are American English words");
    }

    @Test
    void aPageCopiedFromAnotherLanguagesTranslationVouchesForNoTag() {
        // A German page copied from the English translation brings its stamp (to=en) and its English tags along.
        ContentDocument invoice = pl("invoice", "faktury");
        ContentDocument english = en(invoice, "invoices").build();
        ContentDocument german = TestDocument.article("de", invoice.slug()).key(invoice.translationKey()).tags("invoices")
                .header(SourceRevision.KEY, SourceRevision.of("pl", invoice.title(), invoice.body()).to("en").toString()).build();
        TranslationReport report = TranslationReport.of(List.of("pl", "en", "de"), "pl", List.of(invoice, english, german), false);
        assertEquals(true, report.byKey().get("invoice").get("de").copied(), "the set-up: a copy of the English page");
        assertEquals(false, TagVocabulary.of(report).has("de", "invoices"), "an English word is no German page's tag by choice");
        assertEquals(true, TagVocabulary.of(report).has("en", "invoices"));
    }
}
