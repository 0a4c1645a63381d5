package guide.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A quiz a browser test writes into the project it serves, in Polish and in English with the same statements, points,
 * {@code decides=} and result bands, so that the scores and results the test expects follow from what the test declared,
 * not from the real quiz an editor may reword or rescore. {@link #SAMPLE} is the one the quiz tests share.
 *
 * @param plName the Polish page's file name and address ({@code /pl/NAME/})
 * @param enName the English page's
 * @param signs  the signs, in order, each with its statements
 * @param bands  the results, in order of their ranges
 */
record WrittenQuiz(String plName, String enName, List<Sign> signs, List<Band> bands) {

    /**
     * The quiz the tests share, 17 points in all. A statement's points, and the band it decides if it does:
     * <pre>
     * 1. Płatności / Payments       invoices-late 3, reminders-needed 2, invoice-unpaid 4 (decides talk)
     * 2. Rozmowy / Conversations    free-extras 2, mockery 1 (decides talk), threats 5 (decides exit)
     * Results: calm 0-5 "Spokojnie" / "All calm", talk 6-10 "Porozmawiaj" / "Talk it over", exit 11-17 "Odejdź" / "Walk away"
     * </pre>
     */
    static final WrittenQuiz SAMPLE = new WrittenQuiz("test-probny", "sample-quiz", List.of(
            new Sign("payments", "Płatności", "Payments", List.of(
                    new Statement("invoices-late", 3, null, "Klient płaci po terminie.", "The client pays late."),
                    new Statement("reminders-needed", 2, null, "Klient płaci dopiero po przypomnieniu.", "The client pays only when reminded."),
                    new Statement("invoice-unpaid", 4, "talk", "Faktura czeka na zapłatę ponad dwa miesiące.",
                            "An invoice has been unpaid for over two months."))),
            new Sign("conversations", "Rozmowy", "Conversations", List.of(
                    new Statement("free-extras", 2, null, "Klient chce dodatków za darmo.", "The client wants extras for free."),
                    new Statement("mockery", 1, "talk", "Klient kpi z twojej pracy.", "The client mocks your work."),
                    new Statement("threats", 5, "exit", "Klient ci grozi.", "The client threatens you.")))),
            List.of(new Band("calm", 0, 5, "Spokojnie", "All calm"),
                    new Band("talk", 6, 10, "Porozmawiaj", "Talk it over"),
                    new Band("exit", 11, 17, "Odejdź", "Walk away")));

    WrittenQuiz {
        Objects.requireNonNull(plName);
        Objects.requireNonNull(enName);
        signs = List.copyOf(signs);
        bands = List.copyOf(bands);
    }

    /** A statement: its id, its points, the band it decides or null, its Polish and English text. */
    record Statement(String id, int points, String decides, String pl, String en) {
    }

    /** A sign: its id, its Polish and English title, its statements. */
    record Sign(String id, String pl, String en, List<Statement> statements) {
    }

    /** A result: its id, the scores it covers, its Polish and English title. */
    record Band(String id, int min, int max, String pl, String en) {
    }

    /** The Polish page's address, {@code /pl/NAME/}. */
    String plAddress() {
        return "/pl/" + plName + "/";
    }

    /** The English page's address, {@code /en/NAME/}. */
    String enAddress() {
        return "/en/" + enName + "/";
    }

    /**
     * Writes both pages into {@code project}'s {@code content/}; each one's intro links to the article at {@code plArticle}
     * or {@code enArticle}, which must be in the project, and writes the quiz's own instruction ({@code {#how-to}}), as a
     * second quiz must.
     */
    void writeInto(Path project, String plArticle, String enArticle) throws IOException {
        write(project.resolve("content/pl").resolve(plName + ".md"), true, plArticle);
        write(project.resolve("content/en").resolve(enName + ".md"), false, enArticle);
    }

    private void write(Path file, boolean polish, String article) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("title=").append(polish ? "Test próbny" : "A sample quiz").append("\ndate=2026-03-21\ntype=quiz\nstatus=published\n")
                .append("translationKey=sample-quiz\nauthor=redakcja\nsummary=")
                .append(polish ? "Zaznacz zdania, które pasują do klienta." : "Tick the statements that fit the client.").append("\n~~~~~~\n\n")
                .append(polish ? "Więcej w [artykule](" : "More in [the article](").append(article).append(").\n\n")
                .append(polish ? "Zaznacz zdania, które pasują do klienta." : "Tick the statements that fit the client.").append(" {#how-to}\n");
        int number = 0;
        for (Sign sign : signs) {
            text.append("\n## ").append(++number).append(". ").append(polish ? sign.pl() : sign.en()).append(" {#").append(sign.id()).append("}\n\n");
            for (Statement s : sign.statements()) {
                text.append("- [ ] ").append(polish ? s.pl() : s.en()).append(" {#").append(s.id()).append(" points=").append(s.points())
                        .append(s.decides() == null ? "" : " decides=" + s.decides()).append("}\n");
            }
        }
        text.append("\n## ").append(polish ? "Wynik" : "Your result").append(" {#results}\n");
        for (Band band : bands) {
            text.append("\n### ").append(polish ? band.pl() : band.en()).append(" {#").append(band.id()).append(" points=").append(band.min())
                    .append('-').append(band.max()).append("}\n\n").append(polish ? "Rada dla wyniku „" + band.pl() + "”."
                            : "Advice for “" + band.en() + "”.").append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
