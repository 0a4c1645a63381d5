package guide.quiz;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;

/** The smallest whole quiz the quiz tests read (one statement, two bands), and quiz documents of any body. */
final class TestQuizzes {
    /** One section with one statement worth 3 points, then the results: "Keep" for 0-1 points, "Exit" for 2-3. */
    static final String CHECKLIST = """
            ## 1. Payments {#late-payments}

            - [ ] Two invoices late. {#invoices-late points=3}

            ## Results {#results}

            ### Keep {#keep points=0-1}

            Keep.

            ### Exit {#exit points=2-3}

            Go.
            """;

    private TestQuizzes() {
    }

    /** A quiz in {@code lang}, content/{@code lang}/{@code slug}.md, with translation key {@code key}. */
    static ContentDocument quiz(String lang, String slug, String key, String body) {
        return TestDocument.article(lang, slug).type(DocumentType.QUIZ).key(key).body(body).build();
    }
}
