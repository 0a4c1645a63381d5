package guide.readme;

import guide.site.ProjectFiles;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The output the README quotes for {@code ./guide translate}, compared with a run of the same steps on a
 * copy of the real project: the example article of "Add an article" translated (the README's own file,
 * written as it shows it), and the real not-found page translated again, with the English article it
 * links to published and then a draft. The copy is built twice, for the two blocks that quote a build; the report of the
 * first is read before the example's files go.
 * Masked, as in {@link TranslatorsReadmeTest#contentBound}: the counts of keys, sources and current
 * pages, and the tags English pages use. Each case passes run alone: the translation case 2 publishes is made by the first
 * case that needs it ({@link SharedStep}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranslateReadmeTest {
    private static final ReadmeSection README = ReadmeSection.subsection("Keep translations up to date");
    private static final String SIGNS = "content/en/5-signs-its-time-to-fire-a-client.md";

    @RealProject
    static Path project;

    /**
     * A site built before, as an editor has one: a failed build then says "the previous site was left as it was", as the README
     * quotes. In the class's order case 2 built it; case 4 run alone builds the unchanged copy first.
     */
    private static final SharedStep<Void> SITE_BUILT_BEFORE = SharedStep.of(() -> project, () -> {
        if (!Files.isDirectory(project.resolve("target/site"))) {
            GuideRun build = GuideRun.run(project, "build");
            assertEquals(0, build.exitCode(), build.err());
        }
    });

    /** The README's example article written and translated to English, as its block types it; cases 1 and 2 need it. */
    private static final SharedStep<GuideRun> EXAMPLE_TRANSLATED = SharedStep.giving(() -> project, () -> {
        Files.write(project.resolve("content/pl/jak-wycenic-projekt.md"), ReadmeSection.subsection("Add an article").block(0).lines());
        return GuideRun.run(project, "translate", "content/pl/jak-wycenic-projekt.md", "--to", "en", "--name", "pricing-a-project");
    });

    @Test
    @Order(1)
    void theExampleArticleTranslatedIsADraftWithItsPolishTagsNamed() throws Exception {
        ReadmeSection.Block block = README.block(10);
        GuideRun translate = EXAMPLE_TRANSLATED.get();
        assertEquals(0, translate.exitCode(), translate.err());
        QuotedOutput.exactly(block, block.outputOf(0), translate.lines(project), TranslatorsReadmeTest::contentBound,
                "./guide translate of the example article of Add an article");
        GuideRun report = GuideRun.run(project, "translations");
        QuotedOutput.inOrder(block, block.outputOf(1), report.lines(project), TranslatorsReadmeTest::contentBound,
                "./guide translations with the example article's translation a draft");
    }

    @Test
    @Order(0)
    void aNameTheSiteUsesOrAFileThatExistsIsRefused() throws IOException {
        Path example = project.resolve("content/pl/jak-wycenic-projekt.md");
        boolean written = !Files.exists(example);
        if (written) {
            Files.write(example, ReadmeSection.subsection("Add an article").block(0).lines());
        }
        for (String name : new String[] {"articles", "index"}) {
            GuideRun refused = GuideRun.run(project, "translate", "content/pl/jak-wycenic-projekt.md", "--to", "en", "--name", name);
            assertEquals(1, refused.exitCode(), refused.out());
            ReadmeSection.Quote quote = README.quote('`', "--name " + name + ":");
            assertEquals(quote.text(), String.join("\n", refused.lines(project)), "README.md:" + quote.line() + " quotes ./guide translate"
                    + " of the example article with --name " + name);
        }
        if (written) {
            Files.delete(example);
        }
    }

    @Test
    @Order(2)
    void publishedUntranslatedItsTitleAndSummaryAreWarnedOf() throws Exception {
        assertEquals(0, EXAMPLE_TRANSLATED.get().exitCode(), EXAMPLE_TRANSLATED.get().err());
        ProjectFiles.save(project, "content/en/pricing-a-project.md", s -> s.replace("status=draft", "status=published"));
        GuideRun build = GuideRun.run(project, "build");
        GuideRun report = GuideRun.run(project, "translations");
        GuideRun stopped = GuideRun.run(project, "translations", "--fail-on", "untranslated");
        Files.delete(project.resolve("content/en/pricing-a-project.md"));
        Files.delete(project.resolve("content/pl/jak-wycenic-projekt.md"));
        assertEquals(0, build.exitCode(), build.err());
        QuotedOutput.inOrder(README.block(11), README.block(11).lines(), build.lines(project), line -> line,
                "./guide build with the example article's translation published as ./guide translate wrote it");
        ReadmeSection.Block block = README.block(12);
        assertEquals(0, report.exitCode(), report.err());
        QuotedOutput.inOrder(block, block.outputOf(0), report.lines(project), TranslatorsReadmeTest::contentBound,
                "./guide translations with the example article's translation published as ./guide translate wrote it");
        List<String> said = new ArrayList<>(new GuideRun(stopped.exitCode(), "", stopped.err()).lines(project));
        said.add(String.valueOf(stopped.exitCode()));
        assertEquals(said, block.outputOf(1), "README.md:" + block.line() + " quotes what ./guide translations --fail-on untranslated"
                + " prints on standard error, and its exit code, with the example article's translation published untranslated");
    }

    @Test
    @Order(3)
    void theNotFoundPageTranslatedHasItsLinksMovedToEnglish() throws IOException {
        Files.delete(project.resolve("content/en/404.md"));
        GuideRun translate = GuideRun.run(project, "translate", "content/pl/404.md", "--to", "en", "--name", "404");
        assertEquals(0, translate.exitCode(), translate.err());
        QuotedOutput.exactly(README.block(13), README.block(13).output(), translate.lines(project), line -> line,
                "./guide translate content/pl/404.md --to en --name 404, with content/en/404.md deleted");
    }

    @Test
    @Order(4)
    void aLinkToADraftStaysAndTheBuildAsksForItOncePublished() throws Exception {
        SITE_BUILT_BEFORE.ensure();
        Files.delete(project.resolve("content/en/404.md"));
        ProjectFiles.save(project, SIGNS, s -> s.replace("status=published", "status=draft"));
        GuideRun translate = GuideRun.run(project, "translate", "content/pl/404.md", "--to", "en", "--name", "404");
        assertEquals(0, translate.exitCode(), translate.err());
        QuotedOutput.exactly(README.block(14), README.block(14).output(), translate.lines(project), line -> line,
                "./guide translate content/pl/404.md --to en --name 404, with " + SIGNS + " a draft");
        ProjectFiles.save(project, SIGNS, s -> s.replace("status=draft", "status=published"));
        ProjectFiles.save(project, "content/en/404.md", s -> s.replace("status=draft", "status=published"));
        GuideRun build = GuideRun.run(project, "build");
        assertEquals(1, build.exitCode());
        QuotedOutput.exactly(README.block(15), README.block(15).output(), build.lines(project), line -> line,
                "./guide build with both published, the not-found page's text as ./guide translate wrote it");
    }
}
