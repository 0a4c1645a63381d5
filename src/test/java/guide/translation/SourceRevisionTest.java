package guide.translation;

import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code sourceRevision=} stamp: its form, and what changes it. */
class SourceRevisionTest {
    private static final String BODY = "Para one.\n\n## Head\n\nPara two.";

    @Test
    void theStampIsTheSha256OfTheWholeTextAndOfEachBlock() {
        // Worked out with sha256sum over "# Title\n\nPara one.\n\n## Head\n\nPara two." and over each block:
        // stamps in existing translations stay valid only while this form does not change.
        assertEquals("pl c3ab414b52f0 79aeaf d10672 b71e18 cb47ad", SourceRevision.of("pl", "Title", BODY).toString());
    }

    @Test
    void blocksAreTheTitleThenTheParagraphsWithWhitespaceCollapsed() {
        assertEquals(List.of("# My title", "Para one.", "## Head", "Para two, in two lines."),
                SourceRevision.blocks("  My \t title ", "\n\nPara one.\n  \n## Head\n\n\n\nPara two,\nin   two lines.\n\n"));
        assertEquals(List.of("# T"), SourceRevision.blocks("T", ""));
    }

    /** Blocks part at blank lines as the build cuts lines ({@code TextLines}): a Windows or an old Mac file's blocks are a Unix file's. */
    @Test
    void blocksPartAtBlankLinesWhateverTheLineEnds() {
        List<String> unix = SourceRevision.blocks("T", "\nPara one.\n \n## Head\n\nPara two,\nin two lines.\n");
        assertEquals(List.of("# T", "Para one.", "## Head", "Para two, in two lines."), unix);
        assertEquals(unix, SourceRevision.blocks("T", "\r\nPara one.\r\n \r\n## Head\r\n\r\nPara two,\r\nin two lines.\r\n"));
        assertEquals(unix, SourceRevision.blocks("T", "\rPara one.\r \r## Head\r\rPara two,\rin two lines.\r"));
        assertEquals(List.of("# T", "a", "b"), SourceRevision.blocks("T", "a\n\u000B\f\t\nb"), "a line of tabs, form feeds and vertical tabs is blank");
    }

    @Test
    void onlyAChangeOfWordsChangesTheStamp() {
        SourceRevision revision = SourceRevision.of("pl", "Title", BODY);
        assertEquals(revision, SourceRevision.of("pl", "Title ", "Para   one.\n\n\n## Head\n\nPara\ntwo.\n"));
        SourceRevision edited = SourceRevision.of("pl", "Title", BODY.replace("two", "three"));
        assertNotEquals(revision.hash(), edited.hash());
        assertEquals(revision.blocks().subList(0, 3), edited.blocks().subList(0, 3), "the unchanged blocks keep their hashes");
        assertNotEquals(revision.blocks().get(3), edited.blocks().get(3));
    }

    // The format rules are checked on read(), parse() without its memo: the memo keeps what earlier
    // calls in the same JVM read, which would hide a change to the rules from a test.

    @Test
    void readsTheHeaderValueItWrites() {
        assertEquals(Optional.of(new SourceRevision("pl", "0123456789ab", List.of("012345", "abcdef"))),
                SourceRevision.parse("  pl 0123456789ab   012345 abcdef "));
        assertEquals(SourceRevision.parse("pl 0123456789ab 012345"), SourceRevision.read("pl 0123456789ab 012345"));
        assertEquals(Optional.of(new SourceRevision("pl", "0123456789ab", List.of("012345"))), SourceRevision.read("pl 0123456789ab 012345"));
        assertEquals(Optional.of(new SourceRevision("pt-BR", "0123456789ab", List.of())), SourceRevision.read("pt-BR 0123456789ab"));
        assertEquals("pt-BR 0123456789ab", new SourceRevision("pt-BR", "0123456789ab", List.of()).toString());
        assertEquals(Optional.of(new SourceRevision("ukr", "0123456789ab", List.of())), SourceRevision.read("ukr 0123456789ab"));
    }

    /**
     * Latin American Spanish (es-419, its region a number) and Chinese in traditional characters for Taiwan (zh-Hant-TW, three
     * parts) are codes ./guide translate writes into stamps, as source and as target: each stamp it writes it reads back.
     */
    @Test
    void readsTheStampsOfRegionsWrittenAsNumbersAndOfCodesOfThreeParts() {
        SourceRevision latin = new SourceRevision("es-ES", "0123456789ab", List.of("012345"), SourceRevision.NO_SUMMARY, "es-419");
        assertEquals(Optional.of(latin), SourceRevision.read(latin.toString()), latin.toString());
        SourceRevision taiwan = new SourceRevision("es-419", "0123456789ab", List.of(), SourceRevision.NO_SUMMARY, "zh-Hant-TW");
        assertEquals(Optional.of(taiwan), SourceRevision.read(taiwan.toString()), taiwan.toString());
        // As an editor finds them in a header: a change in the written form fails here, not only in the round trip above.
        assertEquals(Optional.of(latin), SourceRevision.read("es-ES 0123456789ab 012345 summary=none to=es-419"));
        assertEquals(Optional.of(taiwan), SourceRevision.read("es-419 0123456789ab summary=none to=zh-Hant-TW"));
    }

    @Test
    void aValueInAnotherFormIsNoStamp() {
        for (String value : new String[]{"pl", "pl 0123456789AB", "pl 0123456789a", "pl 0123456789abc", "polish 0123456789ab", "p 0123456789ab",
                "PL 0123456789ab", "pl 0123456789ab 01234", "pl 0123456789ab 012345 0123456", "pl 0123456789ab 01234g", "0123456789ab pl"}) {
            assertEquals(Optional.empty(), SourceRevision.read(value), value);
        }
        assertEquals(Optional.empty(), SourceRevision.parse(null));
    }
    @Test
    void anUnreadableValueSaysWhichWordIsWrong() {
        assertEquals(Optional.of("it needs the source's language and a hash: 'pl'"), SourceRevision.unreadable(" pl "));
        assertEquals(Optional.of("its first word 'PL' is not a language code"), SourceRevision.unreadable("PL 0123456789ab"));
        assertEquals(Optional.of("its hash '0123456789zz' is not 12 hex digits"), SourceRevision.unreadable("pl 0123456789zz 012345"));
        assertEquals(Optional.of("its hash '0123456789a' is not 12 hex digits"), SourceRevision.unreadable("pl 0123456789a"));
        assertEquals(Optional.of("'01234' is not a block hash (6 hex digits)"), SourceRevision.unreadable("pl 0123456789ab 012345 01234"));
        assertEquals(Optional.of("'summary=abc' should be summary= followed by 6 hex digits or none"),
                SourceRevision.unreadable("pl 0123456789ab 012345 summary=abc"));
        assertEquals(Optional.empty(), SourceRevision.unreadable("pl 0123456789ab 012345 summary=none"));
        assertEquals(Optional.empty(), SourceRevision.unreadable(null), "no header is no stamp, not an unreadable one");
    }

    @Test
    void theSummaryTokenIsReadAndWrittenLastAndOnlyInItsForms() {
        SourceRevision tracked = new SourceRevision("pl", "0123456789ab", List.of("012345"), "abcdef");
        assertEquals("pl 0123456789ab 012345 summary=abcdef", tracked.toString());
        assertEquals(Optional.of(tracked), SourceRevision.read("pl 0123456789ab 012345 summary=abcdef"));
        assertEquals(Optional.of(new SourceRevision("pl", "0123456789ab", List.of(), SourceRevision.NO_SUMMARY)),
                SourceRevision.read("pl 0123456789ab summary=none"));
        for (String value : new String[]{"pl 0123456789ab summary=abcdef 012345", "pl 0123456789ab 012345 summary=abcde", "pl 0123456789ab summary=",
                "pl 0123456789ab summary=ABCDEF", "pl summary=abcdef", "pl 0123456789ab summary=abcdef summary=abcdef"}) {
            assertEquals(Optional.empty(), SourceRevision.read(value), value);
        }
    }

    @Test
    void theTargetTokenSaysWhichLanguagesTranslationTheStampWasWrittenFor() {
        SourceRevision stamp = new SourceRevision("pl", "0123456789ab", List.of("012345"), "abcdef").to("en");
        assertEquals("pl 0123456789ab 012345 summary=abcdef to=en", stamp.toString());
        assertEquals(Optional.of(stamp), SourceRevision.read("pl 0123456789ab 012345 summary=abcdef to=en"));
        assertEquals(Optional.of(stamp), SourceRevision.read("pl 0123456789ab 012345 to=en summary=abcdef"), "the two named tokens in either order");
        assertEquals(Optional.of(new SourceRevision("pl", "0123456789ab", List.of(), null, "pt-BR")), SourceRevision.read("pl 0123456789ab to=pt-BR"));
        assertTrue(stamp.writtenFor("en"));
        assertFalse(stamp.writtenFor("de"));
        assertTrue(new SourceRevision("pl", "0123456789ab", List.of("012345"), "abcdef").writtenFor("de"), "a stamp that does not say is not another's");
        assertFalse(stamp.behind(new SourceRevision("pl", "0123456789ab", List.of("012345"), "abcdef")), "the language it is for is no change of the source");
        assertEquals(Optional.of("'to=EN' should be to= followed by a language code"), SourceRevision.unreadable("pl 0123456789ab 012345 to=EN"));
        assertEquals(Optional.of("'to=' should be to= followed by a language code"), SourceRevision.unreadable("pl 0123456789ab to="));
        assertEquals(Optional.of("'to=en' repeats to="), SourceRevision.unreadable("pl 0123456789ab to=en to=en"));
        assertEquals(Optional.of("'to=en' is not a block hash (6 hex digits)"), SourceRevision.unreadable("pl 0123456789ab to=en 012345"));
    }

    /** An import that left unchanged units to review lists them: by their block hashes, and the summary by name. */
    @Test
    void theBlocksLeftToReviewAreReadAndWrittenBeforeTheTargetLanguage() {
        SourceRevision stamp = new SourceRevision("pl", "0123456789ab", List.of("012345", "abcdef"), "fedcba", "en", List.of("abcdef", "summary"));
        assertEquals("pl 0123456789ab 012345 abcdef summary=fedcba review=abcdef,summary to=en", stamp.toString());
        assertEquals(Optional.of(stamp), SourceRevision.read(stamp.toString()));
        assertEquals(Optional.of(stamp), SourceRevision.read("pl 0123456789ab 012345 abcdef review=abcdef,summary to=en summary=fedcba"), "in any order");
        assertTrue(stamp.toReview());
        assertEquals(List.of(), SourceRevision.read("pl 0123456789ab 012345 summary=fedcba to=en").orElseThrow().review(), "an older stamp lists none");
        assertFalse(SourceRevision.read("pl 0123456789ab 012345 summary=fedcba to=en").orElseThrow().toReview());
        assertEquals(stamp, new SourceRevision("pl", "0123456789ab", List.of("012345", "abcdef"), "fedcba").withReview(List.of("abcdef", "summary")).to("en"));
        assertEquals("pl 0123456789ab 012345 review=012345", new SourceRevision("pl", "0123456789ab", List.of("012345")).withReview(List.of("012345"))
                .toString());
    }

    @Test
    void aListToReviewNamingNoBlockOfTheStampIsNoStamp() {
        assertEquals(Optional.of("'review=abcdef' names abcdef, which is not the hash of any block in this stamp"),
                SourceRevision.unreadable("pl 0123456789ab 012345 review=abcdef to=en"));
        assertEquals(Optional.of("'review=01234' should be review= followed by block hashes (6 hex digits each) or summary, separated by commas"),
                SourceRevision.unreadable("pl 0123456789ab 012345 review=01234"));
        assertEquals(Optional.of("'review=012345,' should be review= followed by block hashes (6 hex digits each) or summary, separated by commas"),
                SourceRevision.unreadable("pl 0123456789ab 012345 review=012345,"));
        assertEquals(Optional.of("'review=' should be review= followed by block hashes (6 hex digits each) or summary, separated by commas"),
                SourceRevision.unreadable("pl 0123456789ab 012345 review="));
        assertEquals(Optional.of("'review=012345' repeats review="), SourceRevision.unreadable("pl 0123456789ab 012345 review=012345 review=012345"));
        assertEquals(Optional.empty(), SourceRevision.unreadable("pl 0123456789ab 012345 review=summary,012345"));
    }

    @Test
    void aTranslationsOwnStampIsOneWrittenForItsLanguageOrNotSaying() {
        String stamp = "pl 0123456789ab 012345 summary=abcdef";
        assertEquals(Optional.of(new SourceRevision("pl", "0123456789ab", List.of("012345"), "abcdef", "en")),
                SourceRevision.stampOf(TestDocument.article("en", "a").header(SourceRevision.KEY, stamp + " to=en").build()));
        assertEquals(Optional.empty(),
                SourceRevision.stampOf(TestDocument.article("de", "a").header(SourceRevision.KEY, stamp + " to=en").build()),
                "a copy of the English file in the German folder");
        assertEquals(Optional.of(new SourceRevision("pl", "0123456789ab", List.of("012345"), "abcdef")),
                SourceRevision.stampOf(TestDocument.article("de", "a").header(SourceRevision.KEY, stamp).build()));
        assertEquals(Optional.empty(), SourceRevision.stampOf(TestDocument.article("de", "a").build()));
    }

    @Test
    void theSummaryCountsApartFromTheTextAndOnlyWhereTheStampTracksIt() {
        SourceRevision text = SourceRevision.of("pl", "Title", BODY);
        SourceRevision now = text.withSummary("Krótko  o nas.\n");
        assertEquals(text.hash(), now.hash(), "the whole text's hash is as before");
        assertEquals(text.blocks(), now.blocks());
        assertEquals(now, text.withSummary("Krótko o nas."), "whitespace collapsed");
        assertEquals(SourceRevision.NO_SUMMARY, text.withSummary(" ").summary());
        assertFalse(text.behind(now), "a stamp without the token says nothing about the summary");
        assertFalse(now.behind(text.withSummary("Krótko o nas.")));
        assertTrue(now.behind(text.withSummary("Inaczej.")));
        assertTrue(now.behind(text.withSummary(null)));
        assertTrue(text.withSummary(null).behind(now));
    }
}
