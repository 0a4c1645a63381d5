package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.SiteContent;
import guide.image.ImageAddresses;
import guide.image.ImageCatalog;
import guide.image.PictureTwins;
import guide.site.Problem;
import guide.site.TextLines;
import guide.translation.CopiedTags;
import guide.translation.GitHistory;
import guide.translation.HeaderSeparator;
import guide.translation.ReportPrinter;
import guide.translation.SourceChange;
import guide.translation.SourceDiff;
import guide.translation.SourceRevision;
import guide.translation.StampedSource;
import guide.translation.TranslatedAddresses;
import guide.translation.TranslatedLinks;
import guide.translation.TranslatedPictures;
import guide.translation.TypeAddress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks a filled-in XLIFF file against the project and works out the translation file it makes:
 * the file must be for a document and languages of this project (not a page deleted, moved or
 * given another translationKey since the export: {@link StaleExport}), made from the source as it is
 * now (or {@code force}), carry its skeleton unchanged, and have a target for every unit with the
 * source's placeholders (a whole section's target, the translation's own Markdown, only needs its
 * placeholders in order, and may stay empty where the translation has no such section). The body is the skeleton filled with the targets; {@link RebuiltCheck}
 * then makes sure it parses to the same structure, keeps the checklist's scoring and brings no
 * unsafe HTML. Nothing is written here.
 */
public final class XliffImporter {
    /** The last line of the refusal of a file whose source has changed since its export, in the command's words (the dashboard has its own). */
    public static final String FORCE_ADVICE = "export it again and translate what changed, or import anyway with --force (the translation stays outdated)";
    private final SiteContent content;
    private final LinkLocalizer links;
    private final StampedSource.Lookup history;
    private final PictureTwins twins;

    public XliffImporter(SiteContent content) {
        this(content, StampedSource.Lookup.git(content.config().projectDir()));
    }

    /** @param history where the source's text as exported is found, to show what changed inside an edited block */
    public XliffImporter(SiteContent content, StampedSource.Lookup history) {
        this.content = content;
        this.links = new LinkLocalizer(content.documents());
        this.history = history;
        this.twins = new PictureTwins(content.config().contentDir().resolve(ImageCatalog.FOLDER), content.config().languages());
    }

    public ImportResult check(XliffFile file, boolean force) {
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
                source, existing, force);
    }

    private ImportResult plan(XliffFile file, ContentDocument source, Optional<ContentDocument> existing, boolean force) {
        List<Problem> problems = new ArrayList<>();
        SourceRevision now = SourceRevision.of(source);
        boolean changed = file.revision().behind(now);
        if (changed && !force) {
            return ImportResult.refused(List.of(sourceChanged(file, source)));
        }
        SegmentedBody segmented = changed ? null : MarkdownSegmenter.segment(source.body(), isChecklist(source));
        if (!changed) {
            SkeletonCheck.check(file, source, segmented).ifPresent(problems::add);
        }
        Map<String, TaggedText> targets = problems.isEmpty()
                ? targets(file, source, changed, new ExportedTargets(source, existing, file, links), problems) : Map.of();
        if (!problems.isEmpty()) {
            return ImportResult.refused(problems);
        }
        SegmentedBody exported = changed ? MarkdownSegmenter.segment(file.skeleton().fill(id -> file.unit(id).orElseThrow().source().markdown()),
                isChecklist(source)) : segmented;
        // A new page starts from its source's pictures, as ./guide translate starts it: those drawn in the target language too are shown so;
        // so are the pictures an existing translation gains with its source's new text (the CAT tool copies the source's address).
        Set<String> shown = existing.map(d -> ImageAddresses.of(d.body()).stream().map(a -> a.in(d.body())).collect(Collectors.toSet())).orElse(Set.of());
        TranslatedPictures pictures = TranslatedPictures.of(file.skeleton().fill(id -> targets.get(id).markdown()), file.targetLang(), twins, 1, shown);
        String body = pictures.body();
        String title = targets.get(Unit.TITLE).markdown();
        String summary = targets.containsKey(Unit.SUMMARY) ? targets.get(Unit.SUMMARY).markdown() : null;
        Path target = content.config().projectDir().resolve(file.targetPath());
        String before = existing.isPresent() ? read(target) : null;
        Set<String> leftOut = leftOut(file, targets);
        int[] pending = pending(file, existing, changed, leftOut);
        SourceRevision stamp = pending[0] + pending[1] == 0 ? file.revision().to(file.targetLang())
                : existing.flatMap(SourceRevision::stampOf).flatMap(old -> PartialStamp.of(old, file.revision(), file, source.body(), leftOut))
                .orElse(null);
        Optional<String> written = existing.isPresent()
                ? TranslationFileText.update(before, title, summary, stamp, body)
                : Optional.of(TranslationFileText.create(source, title, summary, stamp, body));
        if (written.isEmpty()) {
            return ImportResult.refused(List.of(new Problem(Path.of(file.targetPath()), 1, HeaderSeparator.missing() + ", then import "
                    + file.file().getFileName() + " again")));
        }
        String text = written.get();
        Supplier<Set<String>> undefinedBefore = () -> existing.map(d -> MarkdownSegmenter.segment(d.body(), isChecklist(d)).outline().undefinedFootnotes())
                .orElse(Set.of());
        RebuiltCheck.check(file, source, text, targets, exported, undefinedBefore, problems);
        if (!problems.isEmpty()) {
            return ImportResult.refused(problems);
        }
        return new ImportResult(Optional.of(new PlannedWrite(file.file(), target, file.targetPath(), text, existing.isEmpty(),
                text.equals(before), changed, pending[0], pending[1],
                existing.isPresent() ? Optional.empty() : CopiedTags.of(text, source, file.targetLang(), content.config(), content.documents()),
                existing.isPresent() ? pictureNotes(file, text, body, pictures) : newPageNotes(file, text, body, pictures),
                TypeAddress.of(source, file.targetLang()).isPresent())), List.of());
    }

    /**
     * A new page's links that still lead to source-language pages (no version in the target language yet, or only a
     * draft), and its pictures switched to the target language's versions ({@link TranslatedPictures}), each at its line
     * of {@code text}, whose {@code body} ends it: what {@code ./guide translate} says of them too.
     */
    private List<TranslatedLinks.Note> newPageNotes(XliffFile file, String text, String body, TranslatedPictures pictures) {
        int firstLine = TextLines.lineAt(text, text.length() - body.length());
        String targetName = content.config().language(file.targetLang()).englishName();
        List<TranslatedLinks.Note> notes = new ArrayList<>(TranslatedLinks.of(body, file.sourceLang(), file.targetLang(),
                new TranslatedAddresses(content.documents()), firstLine).notes(content.config().language(file.sourceLang()).englishName(), targetName));
        notes.addAll(pictureNotes(file, text, body, pictures));
        return notes;
    }

    /** Each picture switched to its target-language version, at its line of {@code text}, whose {@code body} ends it. */
    private List<TranslatedLinks.Note> pictureNotes(XliffFile file, String text, String body, TranslatedPictures pictures) {
        int firstLine = TextLines.lineAt(text, text.length() - body.length());
        return pictures.notes(content.config().language(file.targetLang()).englishName()).stream()
                .map(n -> new TranslatedLinks.Note(firstLine - 1 + n.line(), n.message())).toList();
    }

    /**
     * The sections the translation leaves out as the export allowed it: a section it had none of, whose target comes
     * back empty (or as a copy of its source). The export marks such a unit to translate and says to leave it empty to
     * keep the section out; left so, it is the translator's answer, not work still to do: a stamped translation without
     * that section is current too, so it keeps the import from stamping no more than it keeps the report from saying
     * current.
     */
    private static Set<String> leftOut(XliffFile file, Map<String, TaggedText> targets) {
        return file.optional().stream().filter(id -> targets.containsKey(id) && targets.get(id).isEmpty()).collect(Collectors.toSet());
    }

    /**
     * How many units the file still marks to review and to translate ({@link ReadUnit#pending}), but for the sections
     * left out ({@link #leftOut}), when they keep the import from stamping the translation with the file's revision: a
     * translation stamped with it already (or imported with --force, which keeps the older stamp anyway) has nothing to
     * hold back, so {0, 0}.
     */
    private static int[] pending(XliffFile file, Optional<ContentDocument> existing, boolean changed, Set<String> leftOut) {
        String stamp = file.revision().to(file.targetLang()).toString();
        if (changed || existing.map(d -> stamp.equals(String.valueOf(d.frontMatter().get(SourceRevision.KEY)).strip())).orElse(false)) {
            return new int[] {0, 0};
        }
        List<ReadUnit> waiting = file.units().stream().filter(u -> u.pending() && !leftOut.contains(u.id())).toList();
        int review = (int) waiting.stream().filter(ReadUnit::toReview).count();
        int translate = waiting.size() - review;
        return new int[] {review, translate};
    }

    /**
     * Each expected unit's target Markdown, by unit id; problems for missing, extra, empty or broken ones ({@code exported}:
     * what the export's targets were, to name a broken link as the translator saw it). A file in which no unit has a target
     * is an export nobody translated yet: one problem says so, rather than one per unit.
     */
    private Map<String, TaggedText> targets(XliffFile file, ContentDocument source, boolean changed, ExportedTargets exported,
                                            List<Problem> problems) {
        List<String> expected = new ArrayList<>();
        expected.add(Unit.TITLE);
        boolean summary = changed ? file.unit(Unit.SUMMARY).isPresent() : source.summary() != null && !source.summary().isBlank();
        if (summary) {
            expected.add(Unit.SUMMARY);
        }
        expected.addAll(file.skeleton().slots());
        if (file.units().stream().allMatch(u -> u.target() == null || u.target().markdown().isBlank())) {
            int line = file.units().isEmpty() ? 1 : file.units().get(0).line();
            problems.add(new Problem(file.file(), line, (file.units().size() == 1 ? "its only unit has no target"
                    : "none of its " + file.units().size() + " units has a target") + ": it has not been translated yet; translate it in a CAT tool, then import it"));
            return Map.of();
        }
        Map<String, ReadUnit> byId = new LinkedHashMap<>();
        for (ReadUnit unit : file.units()) {
            if (!expected.contains(unit.id()) || byId.putIfAbsent(unit.id(), unit) != null) {
                problems.add(new Problem(file.file(), unit.line(), unit.label() + " is extra: it is not a unit of " + file.sourcePath()
                        + " as exported; remove it or export again"));
            }
        }
        Map<String, TaggedText> targets = new LinkedHashMap<>();
        for (String id : expected) {
            ReadUnit unit = byId.get(id);
            if (unit == null) {
                problems.add(new Problem(file.file(), 1, "unit " + id + " is missing: every unit of the export must come back"));
            } else if (Unit.isSection(id)) {
                section(file, unit, problems).ifPresent(text -> targets.put(id, text));
            } else if (unit.target() == null || unit.target().markdown().isBlank()) {
                problems.add(new Problem(file.file(), unit.line(), unit.label() + " has no target: translate it"));
            } else {
                target(file, unit, exported, problems).ifPresent(text -> targets.put(id, text));
            }
        }
        return targets;
    }

    private Optional<TaggedText> target(XliffFile file, ReadUnit unit, ExportedTargets exported, List<Problem> problems) {
        Optional<String> wrong = PlaceholderCheck.check(unit.source(), unit.target(), exported.linkEnds(unit));
        boolean plain = unit.id().equals(Unit.TITLE) || unit.id().equals(Unit.SUMMARY);
        TaggedText text = links.localize(unit.source(), TargetText.prepared(unit.source(), unit.target()), file.sourceLang(), file.targetLang());
        if (wrong.isEmpty() && plain && (text.markdown().contains("\n") || !text.tags().isEmpty())) {
            wrong = Optional.of("the " + unit.id() + " is one line: remove the line break");
        }
        wrong.ifPresent(message -> problems.add(new Problem(file.file(), unit.line(), unit.label() + ": " + message)));
        return wrong.isPresent() ? Optional.empty() : Optional.of(text);
    }

    /**
     * A whole section's target: the translation's own Markdown, so only the order of its placeholders
     * is checked here. Empty, it keeps the section out of the translation where the export allowed
     * that (the translation had no such section); so does a target that is still a copy of its source,
     * which is what CAT tools write for a segment nobody translated.
     */
    private Optional<TaggedText> section(XliffFile file, ReadUnit unit, List<Problem> problems) {
        TaggedText prepared = TargetText.prepared(unit.source(), unit.target() == null ? TaggedText.of("") : unit.target());
        boolean optional = file.optional().contains(unit.id());
        if (optional && prepared.markdown().equals(unit.source().markdown())) {
            return Optional.of(TaggedText.of(""));
        }
        if (prepared.isEmpty()) {
            if (optional) {
                return Optional.of(prepared);
            }
            problems.add(new Problem(file.file(), unit.line(), unit.label() + " has no target: translate it"));
            return Optional.empty();
        }
        Optional<String> wrong = PlaceholderCheck.checkOrder(prepared);
        wrong.ifPresent(message -> problems.add(new Problem(file.file(), unit.line(), unit.label() + ": " + message)));
        return wrong.isPresent() ? Optional.empty()
                : Optional.of(links.localize(unit.source(), prepared, file.sourceLang(), file.targetLang()));
    }

    /**
     * The refusal of a file made from an older version of its source: what changed since, as the report lists what
     * changed since a stamp (an edited block by what changed in it, its old text from git where git has it).
     */
    private Problem sourceChanged(XliffFile file, ContentDocument source) {
        List<SourceChange> changes = SourceDiff.between(file.revision(), source);
        if (changes.stream().anyMatch(c -> c.kind() == SourceChange.Kind.EDITED)) { // only then is the old text worth looking for
            changes = SourceDiff.between(file.revision(), source, history.find(source, file.revision()));
        }
        StringBuilder message = new StringBuilder(source.source().toString().replace('\\', '/') + " has changed since this file was exported ("
                + file.revision().lang() + " " + file.revision().hash() + "):");
        ReportPrinter.changeLines(changes, GitHistory.of(content.config().projectDir())).forEach(line -> message.append("\n    ").append(line));
        message.append("\n    ").append(FORCE_ADVICE);
        return new Problem(file.file(), 1, message.toString());
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
