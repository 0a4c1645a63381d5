package guide.site;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import guide.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an editor does on an ordinary day, on a copy of the real project: a new Polish article and
 * its English translation, and a new quiz statement in both languages. The site builds, the new
 * pages are linked both ways, and nothing else needs changing: no test counts today's pages. Its
 * names are its own, not the README's examples, so an editor who has followed the README still passes.
 */
class EditorsChangeTest {
    @TempDir
    Path project;

    @Test
    void aNewArticleItsTranslationAndAQuizStatementBuild() throws Exception {
        ProjectFixture.copyRealProject(project);
        Files.writeString(project.resolve("content/pl/ile-kosztuje-strona-firmowa.md"), """
                title=Ile kosztuje strona firmowa
                date=2026-12-01
                type=post
                status=published
                translationKey=company-website-cost
                author=redakcja
                summary=Jak policzyć cenę projektu i jak ją przedstawić klientowi.
                tags=klienci,wycena
                ~~~~~~

                Dobra wycena zaczyna się od zakresu.

                ## Zacznij od zakresu {#scope}

                Spisz, co obejmuje projekt, a czego nie.
                """, StandardCharsets.UTF_8);
        assertEquals(0, guide("translate", "content/pl/ile-kosztuje-strona-firmowa.md", "--to", "en", "--name", "what-a-company-website-costs"));
        ProjectFiles.save(project, "content/en/what-a-company-website-costs.md", s -> s
                .replace("title=Ile kosztuje strona firmowa", "title=What a company website costs")
                .replace("status=draft", "status=published")
                .replace("summary=Jak policzyć cenę projektu i jak ją przedstawić klientowi.", "summary=How to work out a project's price and present it.")
                .replace("Dobra wycena zaczyna się od zakresu.", "A good quote starts with the scope.")
                .replace("## Zacznij od zakresu {#scope}", "## Start with the scope {#scope}")
                .replace("Spisz, co obejmuje projekt, a czego nie.", "Write down what the project covers and what it does not."));
        addQuizStatement("content/pl/test-czy-rozstac-sie-z-klientem.md", "Klient odmówił podpisania umowy na piśmie.");
        addQuizStatement("content/en/is-it-time-to-fire-this-client.md", "The client refused to sign a written contract.");

        BuildReport report = new SiteBuilder(project).build(project.resolve("target/site"));
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        Document pl = Jsoup.parse(project.resolve("target/site/pl/ile-kosztuje-strona-firmowa/index.html").toFile(), "UTF-8");
        assertEquals("/en/what-a-company-website-costs/", pl.selectFirst("a[data-lang-switch]").attr("href"));
        Document home = Jsoup.parse(project.resolve("target/site/en/index.html").toFile(), "UTF-8");
        assertTrue(home.select("#articles-title + ul .card a").eachAttr("href").contains("/en/what-a-company-website-costs/"), "the newest article is on the home page");
        Document quiz = Jsoup.parse(project.resolve("target/site/en/is-it-time-to-fire-this-client/index.html").toFile(), "UTF-8");
        assertEquals("The client refused to sign a written contract.", quiz.selectFirst("label[for=q-refused-signed-contract] .quiz-text").text());
    }

    /** A one-point statement at the end of the first sign, and the last band one point longer, as the README says. */
    private void addQuizStatement(String file, String text) throws IOException {
        ProjectFiles.save(project, file, s -> {
            int firstSign = s.indexOf("\n## ");
            int nextSign = s.indexOf("\n## ", firstSign + 1);
            String withStatement = s.substring(0, nextSign).stripTrailing() + "\n- [ ] " + text + " {#refused-signed-contract points=1}\n"
                    + s.substring(nextSign);
            Matcher last = Pattern.compile("\\{#([a-z0-9-]+) points=(\\d+)-(\\d+)}").matcher(withStatement);
            int start = -1;
            int end = -1;
            String replacement = null;
            while (last.find()) {
                start = last.start();
                end = last.end();
                replacement = "{#" + last.group(1) + " points=" + last.group(2) + "-" + (Integer.parseInt(last.group(3)) + 1) + "}";
            }
            return withStatement.substring(0, start) + replacement + withStatement.substring(end);
        });
    }

    private int guide(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = project.toString();
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Main.commandLine(Path.of("").toAbsolutePath(), all).execute(all);
        } finally {
            System.setOut(out);
        }
    }
}
