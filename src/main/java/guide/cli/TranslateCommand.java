package guide.cli;

import guide.check.CrossLanguageLinkCheck;
import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.image.ImageCatalog;
import guide.image.PictureTwins;
import guide.site.GuideCommand;
import guide.site.LanguageVariants;
import guide.translation.CopiedTags;
import guide.translation.NewPageFile;
import guide.translation.TranslatedAddresses;
import guide.translation.TranslatedLinks;
import guide.translation.TranslationReport;
import guide.translation.TranslationStarter;
import guide.translation.TranslationState;
import guide.translation.TypeAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code ./guide translate PATH --to en}: starts a translation file from its source. */
@Command(name = "translate", description = "Start a translation of a page: creates the file in the target language's folder.")
final class TranslateCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Parameters(paramLabel = "PATH", description = "The source page, e.g. content/pl/o-przewodniku.md")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "LANG", description = "Target language, e.g. en")
    String to;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "File name in the target language, e.g. how-to-price-a-project. It is the page's address, so write it in that language"
                    + " (a home or not-found page's address comes from its type instead).")
    String name;

    @Override
    public Integer call() {
        var loaded = options.content();
        if (loaded.isEmpty()) {
            return 1;
        }
        SiteContent content = loaded.get();
        var source = content.find(file);
        if (source.isEmpty()) {
            System.err.println(file + (Files.exists(content.resolve(file, Path.of("").toAbsolutePath())) ? ": not a content file this project can read"
                    : ": no such file"));
            content.problems().forEach(p -> System.err.println("  " + p));
            return 1;
        }
        ContentDocument doc = source.get();
        Optional<String> badLanguage = LanguageOption.refusal(to, content.config().languages());
        if (badLanguage.isPresent()) {
            System.err.println(badLanguage.get());
            return 1;
        }
        if (doc.lang().equals(to)) {
            System.err.println(doc.source() + " is already in " + to);
            return 1;
        }
        var real = translatedFrom(content, doc);
        if (real.isPresent()) {
            System.err.println(fromTranslation(content, doc, real.get()));
            return 1;
        }
        var existing = content.documents().stream().filter(d -> d.lang().equals(to) && d.translationKey().equals(doc.translationKey())).findFirst();
        if (existing.isPresent()) {
            System.err.println(doc.source() + " already has " + CrossLanguageLinkCheck.article(content.config().language(to).englishName()) + " version: "
                    + existing.get().source() + " (not overwritten)");
            return 1;
        }
        NewPageFile.Result file = NewPageFile.of(name, to, content.config(), content.documents());
        if (file.problem() != null) {
            System.err.println("--name " + name + ": " + file.problem());
            return 1;
        }
        Path target = file.file();
        TranslationStarter.Started started;
        try {
            started = TranslationStarter.start(doc, target, to, new TranslatedAddresses(content.documents()),
                    new PictureTwins(content.config().contentDir().resolve(ImageCatalog.FOLDER), content.config().languages()));
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Path shown = content.config().projectDir().relativize(target);
        System.out.println("Created " + shown + " (status=draft) from " + doc.source() + ".");
        String targetName = content.config().language(to).englishName();
        printNameNote(doc, file, targetName);
        printTags(content, doc, target, shown);
        printLinks(started.links(), shown, content.config().language(doc.lang()).englishName(), targetName);
        started.pictures().notes(targetName).forEach(n -> System.out.println(shown + ":" + n.line() + ": " + n.message()));
        printWhatNext(doc, content.config().language(doc.lang()).englishName(), LanguageVariants.areVariants(doc.lang(), to));
        return 0;
    }

    /**
     * What to do with the new page, and how the report shows it: a draft until published, then current until its source changes,
     * and named as still copied from the source while some of its text is ({@link guide.translation.CopiedTranslations}); not
     * for a regional variant of the source's language, whose words are not compared with its source's.
     */
    private static void printWhatNext(ContentDocument doc, String sourceName, boolean variant) {
        System.out.println("Translate the title, summary, tags and text; set status=published when it is ready.");
        System.out.println("Until then " + GuideCommand.name() + " translations shows it as a draft; once published, as current until " + doc.source() + " changes"
                + (variant ? "." : ", and as still copied from it while any of its text is still the " + sourceName + " text word for word."));
    }

    /** Which address and file {@code --name} made, where it made an address ({@link NewPageFile.Result#note()}) or not ({@link TypeAddress}). */
    private void printNameNote(ContentDocument doc, NewPageFile.Result file, String targetName) {
        Optional<TypeAddress> typed = TypeAddress.of(doc, to);
        if (name != null && typed.isPresent()) {
            // The name made the file, not the address: "/de/start-page/" would send the editor to a page that is not there. The
            // source's own name ("404", "index") needs no word.
            if (!name.equals(typed.get().name())) {
                System.out.println("--name " + name + ": " + typed.get().reason(targetName));
            }
        } else if (file.note() != null) {
            System.out.println("--name " + name + ": " + file.note());
        }
    }

    /** That the new page's tags are still the source's, at their line ({@link CopiedTags}). */
    private void printTags(SiteContent content, ContentDocument doc, Path target, Path shown) {
        try {
            CopiedTags.of(Files.readString(target, StandardCharsets.UTF_8), doc, to, content.config(), content.documents())
                    .ifPresent(note -> System.out.println(shown + ":" + note.line() + ": " + note.message()));
        } catch (IOException e) {
            System.err.println(shown + ": cannot read it back: " + e.getMessage());
        }
    }

    /** Which links now go to the target language's pages, and which still lead to the source's (no version, or a draft), each at its line. */
    private static void printLinks(TranslatedLinks links, Path file, String sourceName, String targetName) {
        List<TranslatedLinks.Link> moved = links.moved();
        if (moved.size() == 1) {
            System.out.println("The link to the " + sourceName + " page " + moved.get(0).from() + " now goes to its " + targetName + " version, "
                    + moved.get(0).to() + ".");
        } else if (!moved.isEmpty()) {
            Set<String> pairs = new LinkedHashSet<>();
            moved.forEach(l -> pairs.add(withoutFragment(l.from()) + " → " + withoutFragment(l.to())));
            // Several links to one page are listed once, so the count says how many pages too: "6 links to 2 Polish pages".
            TranslatedLinks.Link first = moved.get(0);
            if (pairs.size() == 1) {
                System.out.println(moved.size() + " links to the " + sourceName + " page " + withoutFragment(first.from()) + " now go to its "
                        + targetName + " version, " + withoutFragment(first.to()) + ".");
            } else {
                System.out.println(moved.size() + " links to " + (pairs.size() == moved.size() ? "" : pairs.size() + " ") + sourceName
                        + " pages now go to their " + targetName + " versions: " + String.join(", ", pairs));
            }
        }
        links.notes(sourceName, targetName).forEach(note -> System.out.println(file + ":" + note.line() + ": " + note.message()));
    }

    /**
     * Why {@code doc}, a translation of {@code source}, is not where a translation starts: the target language is its
     * source's language; otherwise the command to run on the source.
     */
    private String fromTranslation(SiteContent content, ContentDocument doc, ContentDocument source) {
        if (source.lang().equals(to)) {
            return content.config().language(to).englishName() + " is this page's source language: " + doc.source() + " is the "
                    + content.config().language(doc.lang()).englishName() + " translation of " + source.source();
        }
        return doc.source() + " is a translation of " + source.source() + ": translate from the source, not from a translation: " + GuideCommand.name() + " translate "
                + source.source() + " --to " + to + " --name " + name;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * The source {@code doc} is a translation of, if it is one: a new translation starts from the
     * source, so that its stamp records the source's revision (one stamped from a translation would
     * make the report call the source outdated, and lose what the translation left out).
     */
    private static Optional<ContentDocument> translatedFrom(SiteContent content, ContentDocument doc) {
        TranslationReport report = TranslationReport.of(content.config().languages(), content.config().defaultLanguage(), content.documents(), false);
        return report.stateOf(doc)
                .filter(state -> state.status() != TranslationState.Status.SOURCE && state.source() != null && state.source() != doc)
                .map(TranslationState::source);
    }
}
