package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.SiteContent;
import guide.image.ImageAddresses;
import guide.image.ImageCatalog;
import guide.image.PictureTwins;
import guide.site.Problem;
import guide.translation.CopiedTags;
import guide.translation.HeaderSeparator;
import guide.translation.SourceRevision;
import guide.translation.StampedSource;
import guide.translation.TranslatedPictures;
import guide.translation.TypeAddress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Checks a filled-in XLIFF file against the project and works out the translation file it makes; nothing is written here.
 * An import, step by step, each step its own class:
 * <ol>
 *   <li>read: {@link XliffFile} (the file as read: units, skeleton, revision, languages);</li>
 *   <li>is it for this project as it is now: {@link StaleExport} (not a page deleted, moved or given another translationKey
 *       since the export), {@link ImportTarget} (the languages, and the translation file it goes to), then, here, the source's
 *       revision ({@link SourceChangedRefusal} unless {@code force}) and its skeleton, unchanged ({@link SkeletonCheck}); work done on
 *       the translation since the export that the import would replace ({@link NewerStamp}, and unit by unit {@link OverlappingWork}),
 *       unless {@code replaceNewer};</li>
 *   <li>match: {@link UnitTargets}, a target for every unit with the source's placeholders (a whole section's target, the
 *       translation's own Markdown, only needs its placeholders in order, and may stay empty where the translation has no such
 *       section);</li>
 *   <li>write: here, the skeleton filled with the targets and the header ({@link TranslationFileText}) with its stamp
 *       ({@link ImportStamp}); {@link RebuiltCheck} then makes sure the body parses to the same structure, keeps the
 *       checklist's scoring and brings no unsafe HTML;</li>
 *   <li>report: the {@link PlannedWrite} with the notes the command prints ({@link ImportNotes}).</li>
 * </ol>
 */
public final class XliffImporter {
    private final SiteContent content;
    private final LinkLocalizer links;
    private final StampedSource.Lookup history;
    private final PictureTwins twins;
    private final ImportWords words;

    public XliffImporter(SiteContent content) {
        this(content, StampedSource.Lookup.git(content.config().projectDir()), ImportWords.command());
    }

    /** @param words how a refusal names exporting again and forcing the import ({@link ForceAdvice}) */
    public XliffImporter(SiteContent content, ImportWords words) {
        this(content, StampedSource.Lookup.git(content.config().projectDir()), words);
    }

    /** @param history where the source's text as exported is found, to show what changed inside an edited block */
    public XliffImporter(SiteContent content, StampedSource.Lookup history) {
        this(content, history, ImportWords.command());
    }

    private XliffImporter(SiteContent content, StampedSource.Lookup history, ImportWords words) {
        this.words = words;
        this.content = content;
        this.links = new LinkLocalizer(content.documents());
        this.history = history;
        this.twins = new PictureTwins(content.config().contentDir().resolve(ImageCatalog.FOLDER), content.config().languages());
    }

    public ImportResult check(XliffFile given, boolean force) {
        return check(given, force, false);
    }

    /** @param replaceNewer replace a translation stamped after the file's export ({@link NewerStamp}), keeping its text */
    public ImportResult check(XliffFile given, boolean force, boolean replaceNewer) {
        XliffFile file = SiteLanguageTag.read(given, content.config().languages());
        Optional<Problem> stale = StaleExport.check(file, content);
        if (stale.isPresent()) {
            return ImportResult.refused(List.of(stale.get()));
        }
        List<Problem> problems = new ArrayList<>();
        ContentDocument source = content.documents().stream() // there: StaleExport refuses a file whose source is gone
                .filter(d -> XliffExporter.path(d).equals(file.sourcePath())).findFirst().orElseThrow();
        Optional<ContentDocument> existing = new ImportTarget(content, file, source).check(problems);
        if (!problems.isEmpty()) {
            return ImportResult.refused(problems);
        }
        // A page made under another name at its first import (or renamed since the export) is still the translation.
        return plan(existing.map(XliffExporter::path).filter(p -> !p.equals(file.targetPath())).map(file::withTargetPath).orElse(file),
                source, existing, force, replaceNewer);
    }

    /**
     * The checks of the file against the source as it is now: refused if the source has changed since the export (unless
     * {@code force}), if the skeleton was changed, or if a unit's target is missing or broken ({@link UnitTargets}); and if the
     * translation was stamped after the export ({@link NewerStamp}) and the import would change it, unless {@code replaceNewer}.
     * Without {@code force} such a file is refused for that first, with the options that import it.
     */
    private ImportResult plan(XliffFile file, ContentDocument source, Optional<ContentDocument> existing, boolean force, boolean replaceNewer) {
        boolean changed = file.revision().behind(SourceRevision.of(source));
        Supplier<UnitCounterparts> counterparts = UnitCounterparts.once(file, source, existing);
        Optional<NewerStamp> newer = NewerStamp.of(file, source, existing, counterparts);
        Optional<PlannedWrite.Replaced> replaced = newer.map(n -> replaced(n, existing.orElseThrow()));
        Supplier<ImportResult> refusal = () -> ImportResult.refused(List.of(newer.get().refusal(file, XliffExporter.path(existing.get()),
                replaced.get().shown(), words)));
        if (changed && !force) { // a newer stamp's refusal names --force too: one refusal, with the advice that works
            return newer.isPresent() ? refusal.get()
                    : ImportResult.refused(List.of(SourceChangedRefusal.of(file, source, existing, history, content.config().projectDir(), words)));
        }
        // A translation whose text is the one the file was exported with has no work since to overlap: no need to export it again.
        // Nor has one that is as this file's own last import left it (LastImport): the file was corrected and is imported again.
        List<OverlappingWork.Overlap> overlaps = newer.isEmpty() && existing.isPresent() && file.exportId().isPresent()
                && !file.translationText().equals(Optional.of(TranslationText.hash(existing.get()))) && !LastImport.leftBy(file, existing.get())
                ? OverlappingWork.of(file, counterparts.get(), ImportedUnits.of(existing.get())) : List.of();
        Optional<PlannedWrite.Replaced> overlapped = overlaps.isEmpty() ? Optional.empty() : Optional.of(overlapped(overlaps, existing.get()));
        if (!overlaps.isEmpty() && !replaceNewer) {
            String translation = XliffExporter.path(existing.get());
            return ImportResult.refused(overlaps.stream().map(o -> OverlappingWork.refusal(file, o, translation, XliffExporter.path(source),
                    changed ? words.replaceNewer() : words.replaceSince(), overlapped.get().shown())).toList());
        }
        ImportResult checkedResult = checked(file, source, existing, changed, overlapped.isPresent() ? overlapped : replaced);
        ImportResult result = existing.isEmpty() ? checkedResult : new ImportResult(checkedResult.write().map(w -> w.uncompared(
                UncomparedUnits.of(file, existing.get(), counterparts))), checkedResult.problems());
        boolean nothingReplaced = result.write().map(PlannedWrite::unchanged).orElse(false);
        return newer.isEmpty() || replaceNewer || nothingReplaced ? result : refusal.get();
    }

    /** The rest of {@link #plan}: the skeleton, the targets and their links, then the write ({@code replaced}: see {@link NewerStamp}). */
    private ImportResult checked(XliffFile file, ContentDocument source, Optional<ContentDocument> existing, boolean changed,
                              Optional<PlannedWrite.Replaced> replaced) {
        List<Problem> problems = new ArrayList<>();
        SegmentedBody segmented = changed ? null : MarkdownSegmenter.segment(source.body(), isChecklist(source));
        if (!changed) {
            SkeletonCheck.check(file, source, segmented).ifPresent(problems::add);
        }
        Map<String, TaggedText> targets = problems.isEmpty()
                ? new UnitTargets(file, links).of(source, changed, new ExportedTargets(source, existing, file, links), problems) : Map.of();
        if (problems.isEmpty()) {
            LinkAddressCheck.check(content, file, targets, new LinkAddressCheck.Translation(ownUrl(file, source, existing), source.type(),
                    existing.map(ContentDocument::body).orElse(""), file.skeleton().fill(id -> targets.get(id).markdown())), problems);
        }
        if (!problems.isEmpty()) {
            return ImportResult.refused(problems);
        }
        SegmentedBody exported = changed ? MarkdownSegmenter.segment(file.skeleton().fill(id -> file.unit(id).orElseThrow().source().markdown()),
                isChecklist(source)) : segmented;
        return write(file, source, existing, changed, targets, exported, replaced);
    }

    /**
     * The translation file the targets make: the skeleton filled with them, pictures drawn in the target language shown so,
     * the header written or updated with its stamp ({@link ImportStamp}); refused if {@link RebuiltCheck} finds the body
     * rebuilt wrong ({@code exported}: the source's body as the export segmented it).
     */
    private ImportResult write(XliffFile file, ContentDocument source, Optional<ContentDocument> existing, boolean changed,
                               Map<String, TaggedText> targets, SegmentedBody exported, Optional<PlannedWrite.Replaced> replaced) {
        // A new page starts from its source's pictures, as ./guide translate starts it: those drawn in the target language too are shown so;
        // so are the pictures an existing translation gains with its source's new text (the CAT tool copies the source's address).
        Set<String> shown = existing.map(d -> ImageAddresses.of(d.body()).stream().map(a -> a.in(d.body())).collect(Collectors.toSet())).orElse(Set.of());
        TranslatedPictures pictures = TranslatedPictures.of(file.skeleton().fill(id -> targets.get(id).markdown()), file.targetLang(), twins, 1, shown);
        String body = pictures.body();
        String title = targets.get(Unit.TITLE).markdown();
        String summary = targets.containsKey(Unit.SUMMARY) ? targets.get(Unit.SUMMARY).markdown() : null;
        Path target = content.config().projectDir().resolve(file.targetPath());
        String before = existing.isPresent() ? read(target) : null;
        ImportStamp stamp = ImportStamp.of(file, exported.body(), existing, targets);
        // Recorded only while the stamp falls short of the file's revision: once it is that, NewerStamp tells another file's work apart.
        boolean stamped = file.revision().to(file.targetLang()).equals(stamp.stamp());
        ImportedUnits record = stamped ? ImportedUnits.NONE : existing.map(ImportedUnits::of).orElse(ImportedUnits.NONE).after(file.exportId(),
                targets.values(), changedByFile(file, targets));
        String imported = record.value();
        Function<UnaryOperator<String>, Optional<String>> fileText = last -> existing.isPresent()
                ? TranslationFileText.update(before, title, summary, stamp.stamp(), imported, body, last)
                : Optional.of(TranslationFileText.create(source, title, summary, stamp.stamp(), imported, body, last));
        // The text is this file's work alone unless a unit text recorded as another export's import stays: then no lastImport= line.
        Optional<String> written = fileText.apply(text -> LastImport.after(file, ExportMark.of(file).map(record::onlyFrom).orElse(false), text));
        if (written.isEmpty()) {
            return ImportResult.refused(List.of(new Problem(Path.of(file.targetPath()), 1, HeaderSeparator.missing() + ", then import "
                    + file.file().getFileName() + " again")));
        }
        String text = written.get();
        Supplier<Set<String>> undefinedBefore = () -> existing.map(d -> MarkdownSegmenter.segment(d.body(), isChecklist(d)).outline().undefinedFootnotes())
                .orElse(Set.of());
        List<Problem> problems = new ArrayList<>();
        // Checked with the lastImport= line as it is, so that a refusal names a line where the editor's file has it.
        String asIs = fileText.apply(t -> existing.map(d -> d.frontMatter().get(LastImport.KEY)).orElse("")).orElseThrow();
        RebuiltCheck.check(file, source, asIs, targets, exported, undefinedBefore, problems);
        if (!problems.isEmpty()) {
            return ImportResult.refused(problems);
        }
        return new ImportResult(Optional.of(new PlannedWrite(file.file(), target, file.targetPath(), text, existing.isEmpty(),
                text.equals(before), changed, stamp.toReview(), stamp.toTranslate(), stamp.stamp() == null,
                existing.isPresent() ? Optional.empty() : CopiedTags.of(text, source, file.targetLang(), content.config(), content.documents()),
                new ImportNotes(content, file).of(text, body, pictures, existing.isEmpty()),
                TypeAddress.of(source, file.targetLang()).isPresent(), existing.map(ContentDocument::draft).orElse(true), replaced, Optional.empty(), List.of(),
                stamp.heldAt())), List.of());
    }

    /** Where the translation's text is kept if the import replaces work stamped after the file's export, and what it says of it. */
    private PlannedWrite.Replaced replaced(NewerStamp newer, ContentDocument translation) {
        String shown = XliffExporter.path(translation);
        Path project = content.config().projectDir();
        Path kept = newer.backup(project, shown, read(project.resolve(shown)));
        String keptShown = kept.toString().replace('\\', '/');
        return new PlannedWrite.Replaced(project.resolve(kept), keptShown, newer.note(shown, keptShown));
    }

    /** Where the translation's text is kept if the import replaces units other work changed since the export ({@link OverlappingWork}). */
    private PlannedWrite.Replaced overlapped(List<OverlappingWork.Overlap> overlaps, ContentDocument translation) {
        String shown = XliffExporter.path(translation);
        Path project = content.config().projectDir();
        String text = read(project.resolve(shown));
        String keptShown = NewerStamp.backup(project, shown, text, TranslationText.hash(translation)).toString().replace('\\', '/');
        String units = overlaps.stream().map(o -> o.unit().label()).collect(Collectors.joining(", "));
        return new PlannedWrite.Replaced(project.resolve(keptShown), keptShown, shown + ": the text this import replaced (" + units
                + ", changed since the file's export by other work) is kept in " + keptShown + ": compare it with the new text and copy back what is"
                + " still right");
    }

    /** The address the translation has, or will have: a new page's comes from its type, or else from its file name. */
    private static String ownUrl(XliffFile file, ContentDocument source, Optional<ContentDocument> existing) {
        String name = Path.of(file.targetPath()).getFileName().toString().replaceFirst("\\.md$", "");
        return existing.map(ContentDocument::url).orElseGet(() -> TypeAddress.of(source, file.targetLang()).map(TypeAddress::address)
                .orElse("/" + file.targetLang() + "/" + name + "/"));
    }

    /** The targets of the units the file changed from its export ({@link ImportedUnits} records them as that export's). */
    private static List<TaggedText> changedByFile(XliffFile file, Map<String, TaggedText> targets) {
        return file.units().stream().filter(u -> file.exported().containsKey(u.id()) && targets.containsKey(u.id())
                && !RevertedWork.asExported(u.target(), file.exported().get(u.id()))).map(u -> targets.get(u.id())).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isChecklist(ContentDocument doc) {
        return doc.type() == DocumentType.QUIZ;
    }
}
