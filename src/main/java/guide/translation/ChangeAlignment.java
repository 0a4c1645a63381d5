package guide.translation;

import guide.content.ContentDocument;
import guide.content.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts each source block that changed since a translation's stamp next to the translation's
 * corresponding block. A translation that has as many blocks as the stamped source had (as
 * {@code ./guide translate} and the XLIFF import leave it) follows it block for block, so the stamped
 * position is the translation's position. Otherwise the change is put next to the heading of the
 * translation's section with the same {@code {#id}}; failing that, it stands alone. A change of the
 * summary, where the stamp tracks it, goes next to the translation's summary. A block or summary the
 * stamp lists to review is placed as a changed one is.
 */
public final class ChangeAlignment {
    private ChangeAlignment() {
    }

    /** The changes of the source document's blocks and summary beside the translation's. */
    public static List<AlignedChange> of(SourceRevision stamp, ContentDocument source, ContentDocument translation) {
        return of(stamp, source, translation, Optional.empty());
    }

    /** Likewise, edited blocks and summary with their old text where {@code old}, the stamped source, has it. */
    public static List<AlignedChange> of(SourceRevision stamp, ContentDocument source, ContentDocument translation,
                                         Optional<StampedSource> old) {
        List<AlignedChange> changes = new ArrayList<>(of(stamp, source.title(), source.body(), translation.title(), translation.body(), old));
        SourceDiff.summaryChange(stamp, source.summary(), old).ifPresent(change -> {
            String summary = translation.summary() == null ? "" : Whitespace.collapse(translation.summary().strip());
            boolean titleEdited = !changes.isEmpty() && changes.get(0).change().aboutTitle();
            changes.add(titleEdited ? 1 : 0, new AlignedChange(new BlockChange(change.kind(), 0, 0, change.text(), change.old()),
                    AlignedChange.Placement.SUMMARY, summary, null));
        });
        return changes;
    }

    public static List<AlignedChange> of(SourceRevision stamp, String sourceTitle, String sourceBody, String title, String body) {
        return of(stamp, sourceTitle, sourceBody, title, body, Optional.empty());
    }

    private static List<AlignedChange> of(SourceRevision stamp, String sourceTitle, String sourceBody, String title, String body,
                                          Optional<StampedSource> old) {
        DocumentSections source = DocumentSections.of(sourceTitle, sourceBody);
        DocumentSections translation = DocumentSections.of(title, body);
        List<String> blocks = translation.blocks();
        boolean aligned = blocks.size() == stamp.blocks().size();
        List<AlignedChange> alignedChanges = new ArrayList<>();
        for (BlockChange change : SourceDiff.located(stamp, sourceTitle, sourceBody, old)) {
            String sectionId = source.sectionOf(change.block()).map(DocumentSections.Section::id).orElse(null);
            if (aligned && change.stamped() >= 0) { // a stamped index is below the stamp's block count, which is the translation's here
                AlignedChange.Placement placement = change.kind() == SourceChange.Kind.ADDED ? AlignedChange.Placement.AFTER : AlignedChange.Placement.BLOCK;
                alignedChanges.add(new AlignedChange(change, placement, blocks.get(change.stamped()), sectionId));
                continue;
            }
            Optional<DocumentSections.Section> section = sectionId == null ? Optional.empty() : translation.byId(sectionId);
            alignedChanges.add(section
                    .map(s -> new AlignedChange(change, AlignedChange.Placement.SECTION, blocks.get(s.block()), sectionId))
                    .orElseGet(() -> new AlignedChange(change, AlignedChange.Placement.NONE, "", sectionId)));
        }
        return alignedChanges;
    }
}
