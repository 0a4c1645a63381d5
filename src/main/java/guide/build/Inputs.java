package guide.build;

import guide.check.BorrowedAboutPage;
import guide.check.ContentFileKinds;
import guide.check.ReservedAddressCheck;
import guide.check.HomePageCheck;
import guide.check.AliasesCheck;
import guide.check.LongTitles;
import guide.check.StyleSheetAddresses;
import guide.check.QuizRuleClasses;
import guide.check.RuleContrast;
import guide.check.StyleSheetBraces;
import guide.check.StyleSheetCspCheck;
import guide.check.StyleSheets;
import guide.check.TemplateByteOrderMarks;
import guide.check.TemplateCspCheck;
import guide.check.TextContrast;
import guide.check.UiStringUsageCheck;
import guide.check.UnusedUiStrings;
import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.ContentFiles;
import guide.content.ContentScanner;
import guide.content.FutureDates;
import guide.i18n.UiStrings;
import guide.image.CardRenderer;
import guide.image.CardStyle;
import guide.i18n.UntranslatedCopies;
import guide.quiz.SharedHowTo;
import guide.page.Typesetter;
import guide.site.CommandText;
import guide.site.EditorLeftovers;
import guide.site.Language;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.SourceRevision;
import guide.translation.StampWarnings;
import guide.translation.DroppedSectionIds;
import guide.translation.UntranslatedText;
import guide.translation.TranslationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a build reads before it computes anything: authors, UI strings, the content folder's files
 * and documents, the content images, where each published translation stands; and the checks that need nothing else
 * (UI strings used by the templates, the archive's address, the home pages). Problems are added to the caller's list; the
 * warnings (drafts, unknown optional headers, translation stamps that cannot be the file's, as the translation report
 * decides it, translations still holding their source's text, an about page borrowed from another language, interface words' files that are untranslated copies, titles too long to be shown whole, interface words nothing reads) travel with the inputs to the build's summary.
 *
 * @param context what the validation of a content file depends on besides the file: the settings and the authors ({@link SourcesStamp#context})
 * @param uiStamp the stamp of the interface words' files (templates/i18n), which every page model depends on
 * @param translations where each published document stands as a translation (statuses only, no changes)
 * @param sheets the style sheets of assets/, read once for the checks that look into them
 * @param namingCommand the warnings that name the command as typed, as said in {@code warnings}, with the command's places kept
 *                      apart: how the build stores them for a "nothing changed" build typed otherwise ({@link #stored})
 */
record Inputs(Authors authors, UiStrings ui, ContentFiles files, List<ContentDocument> documents, SiteImages images,
              List<String> warnings, String context, String uiStamp, TranslationReport translations, List<StyleSheets.Sheet> sheets,
              Map<String, CommandText> namingCommand) {

    static Inputs read(Path projectDir, SiteConfig config, BuildMemory memory, BuildTimer timer, List<Problem> problems) throws IOException {
        String context = SourcesStamp.context(projectDir, config);
        String uiStamp = SourcesStamp.of(List.of(config.templateDir().resolve("i18n")));
        BuildMemory.Words words = memory.words(context + uiStamp,
                found -> readWords(projectDir, config, found), problems);
        Authors authors = words.authors();
        UiStrings ui = words.ui();
        List<Problem> noted = new ArrayList<>();
        ContentFiles files = memory.contentFiles(config.contentDir());
        List<ContentDocument> documents = new ContentScanner(config, authors, memory.scans, context).scan(files, problems, noted);
        timer.phase("scan content");
        UiStringUsageCheck.Reads reads = checkTemplates(projectDir, config, memory, ui, context + uiStamp, problems);
        List<StyleSheets.Sheet> sheets = readSheets(projectDir, config, memory, problems);
        new ReservedAddressCheck().check(projectDir, config, ui, documents, problems);
        new HomePageCheck().check(projectDir, config, documents, problems);
        new AliasesCheck().check(ui, documents, problems);
        TranslationReport translations = TranslationReport.of(config.languages(), config.defaultLanguage(), published(documents), false,
                doc -> memory.revisions.get(doc, SourceRevision::of));
        noted.addAll(StampWarnings.of(translations));
        noted.addAll(UntranslatedText.of(translations, memory.untranslated));
        noted.addAll(DroppedSectionIds.of(translations, memory.headings));
        noted.addAll(memory.pictureWarnings.of(config, files.others(), published(documents)));
        noted.addAll(BorrowedAboutPage.warnings(projectDir, config, ui, documents));
        noted.addAll(FutureDates.of(documents, LocalDate.now()));
        noted.addAll(SharedHowTo.warnings(published(documents), config.defaultLanguage()));
        memory.sheetContrast.get(sheets, (read, found) -> {
            read.stream().filter(s -> s.sitePath().equals("/css/site.css")).forEach(s -> found.addAll(TextContrast.of(s)));
            found.addAll(RuleContrast.of(read));
            return true;
        }, noted);
        // LongTitles makes the typesetter only for a title over the limit, one for them all (each makes its tables of kept phrases:
        // a tenth of a preview build at 2 x 1,000 pages when made per title). The card's title layout depends on its font and size only.
        noted.addAll(new LongTitles(() -> new Typesetter(config)::text,
                config.socialCards() ? title -> new CardRenderer(CardStyle.DEFAULT).titleLines(title) : null).of(documents));
        noted.addAll(words.warnings());
        noted.addAll(UnusedUiStrings.of(projectDir, config.templateDir(), ui, config.languages(), reads));
        List<CommandText> located = noted.stream().sorted().map(Problem::located).toList();
        List<String> warnings = new ArrayList<>(located.stream().map(CommandText::said).toList());
        Map<String, CommandText> namingCommand = located.stream().filter(CommandText::namesCommand)
                .collect(Collectors.toMap(CommandText::said, said -> said, (same, again) -> same));
        documents.stream().filter(ContentDocument::draft).forEach(d -> warnings.add(draftWarning(d)));
        files.others().stream().filter(f -> EditorLeftovers.isBackup(f.getFileName().toString()))
                .forEach(f -> warnings.add(projectDir.relativize(f).toString().replace('\\', '/') + ": not published: a backup or lock file an editor's program left"
                        + " beside a page or image; delete it (a file meant for readers needs a name of its own)"));
        ContentFileKinds.check(projectDir, files.others(), problems);
        SiteImages images = SiteImages.read(config, files, documents, memory.images, memory.decodedImages, memory.draftCopies, problems, warnings);
        return new Inputs(authors, ui, files, documents, images, List.copyOf(warnings), context, uiStamp, translations, sheets,
                namingCommand);
    }

    /**
     * The templates' checks (interface words they use, inline code the content security policy forbids, byte order marks),
     * made again only when a template or the interface words changed ({@code words} stamps those and the settings).
     */
    private static UiStringUsageCheck.Reads checkTemplates(Path projectDir, SiteConfig config, BuildMemory memory, UiStrings ui, String words,
                                                           List<Problem> problems) throws IOException {
        String templates = SourcesStamp.of(List.of(config.templateDir()));
        UiStringUsageCheck.Reads reads = memory.wordsUsed.get(templates + words,
                (stamp, found) -> new UiStringUsageCheck().check(projectDir, config.templateDir(), ui, config.languages(), found), problems);
        memory.templateCsp.get(templates, (stamp, found) -> {
            new TemplateCspCheck().check(projectDir, config.templateDir(), found);
            return true;
        }, problems);
        memory.templateMarks.get(templates, (stamp, found) -> {
            new TemplateByteOrderMarks().check(projectDir, config.templateDir(), found);
            return true;
        }, problems);
        return reads;
    }

    /** The style sheets of assets/ and their checks, made again only when a sheet (or, for its addresses, a file of assets/) changed. */
    private static List<StyleSheets.Sheet> readSheets(Path projectDir, SiteConfig config, BuildMemory memory, List<Problem> problems) throws IOException {
        List<StyleSheets.Sheet> sheets = StyleSheets.read(projectDir, config.assetDir(), problems);
        memory.sheetCsp.get(sheets, (read, found) -> {
            new StyleSheetCspCheck().check(read, found);
            return true;
        }, problems);
        memory.sheetAddresses.get(List.of(sheets, SourcesStamp.of(List.of(config.assetDir()))), (key, found) -> {
            new StyleSheetAddresses().check(sheets, config.assetDir(), found);
            return true;
        }, problems);
        memory.sheetBraces.get(sheets, (read, found) -> {
            new StyleSheetBraces().check(read, found);
            return true;
        }, problems);
        memory.quizRuleClasses.get(List.of(sheets, SourcesStamp.of(List.of(config.templateDir()))), (key, found) -> {
            QuizRuleClasses.check(sheets, projectDir, config.templateDir(), found);
            return true;
        }, problems);
        return sheets;
    }

    /** The authors and the interface words, typeset once here: templates, page models and scripts put them where the page's own pass does not reach. */
    private static BuildMemory.Words readWords(Path projectDir, SiteConfig config, List<Problem> problems) {
        List<Language> languages = config.languages().stream().map(config::language).toList();
        Authors authors = Authors.load(projectDir, config.contentDir(), config.languages(), problems);
        Typesetter typesetter = new Typesetter(config);
        Path dir = config.templateDir().resolve("i18n");
        UiStrings read = UiStrings.load(projectDir, dir, languages, problems);
        return new BuildMemory.Words(authors, read.typeset(typesetter::text), UntranslatedCopies.of(read, config.languages(), projectDir, dir));
    }

    /**
     * The console warning that names a draft ("content/en/late-fees.md: draft, not published"); what would stop the build once
     * it is published follows it ({@link DraftChecks}). Not the bar across a draft's page, which is the interface word
     * {@code draftNotice}.
     */
    static String draftWarning(ContentDocument draft) {
        return draft.source() + DraftPage.NOTICE_END;
    }

    /** The documents readers see: all but drafts. */
    List<ContentDocument> published() {
        return published(documents);
    }

    private static List<ContentDocument> published(List<ContentDocument> documents) {
        return documents.stream().filter(d -> !d.draft()).toList();
    }

    /**
     * The build's warnings {@code told} as the page cache stores them: those that name the command as typed with its places
     * kept apart, so that a build that finds nothing changed names the command as it was typed then.
     */
    List<CommandText> stored(List<String> told) {
        return told.stream().map(said -> namingCommand.getOrDefault(said, CommandText.plain(said))).toList();
    }

    /** The warnings, and those of the share pictures' copies too heavy for a network, known once the copies are made (in {@code site}, else {@code output}). */
    List<String> withHeavyShareCopies(List<ContentDocument> published, Path site, Path output) throws IOException {
        List<String> heavy = images.heavyShareCopies(published, path -> Files.exists(site.resolve(path)) ? site.resolve(path) : output.resolve(path));
        return heavy.isEmpty() ? warnings : Stream.concat(warnings.stream(), heavy.stream()).toList();
    }
}
