package guide.translation.xliff;

import guide.content.ContentDocument;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The targets an XLIFF file's export gave the translator, worked out again from the translation file the import would
 * replace: what the CAT tool showed before the translator edited a target. A refusal names a link by the address found
 * there (a translation may link elsewhere than its source: another page, an address outside the site) rather than by
 * the source's link pointed at the target language. Exported again only when a refusal needs it.
 */
final class ExportedTargets {
    private final ContentDocument source;
    private final Optional<ContentDocument> translation;
    private final XliffFile file;
    private final LinkLocalizer links;
    private Map<String, ExportedUnit> units;

    /** @param translation the translation file as it is now; none for a new page, whose export had no targets */
    ExportedTargets(ContentDocument source, Optional<ContentDocument> translation, XliffFile file, LinkLocalizer links) {
        this.source = source;
        this.translation = translation;
        this.file = file;
        this.links = links;
    }

    /**
     * For the unit {@code unit} of the file: a source link's end placeholder as its exported target had it, or, where that
     * target had none (a new translation, whose links a CAT tool copies from the source), pointed at the target language's
     * version of the page as the import writes it.
     */
    UnaryOperator<TaggedText.Tag> linkEnds(ReadUnit unit) {
        return end -> exported(unit).flatMap(target -> target.tags().stream()
                        .filter(t -> t.role() == TagRole.CLOSE && t.id().equals(end.id())).findFirst())
                .orElseGet(() -> new TaggedText.Tag(end.role(), end.id(), end.type(),
                        links.localized(end.markdown(), file.sourceLang(), file.targetLang())));
    }

    /** The unit's exported target, if the export had one for this unit with this source text. */
    private Optional<TaggedText> exported(ReadUnit unit) {
        if (translation.isEmpty()) {
            return Optional.empty();
        }
        if (units == null) {
            units = XliffExporter.export(source, translation, file.targetLang(), file.targetPath()).document().units().stream()
                    .collect(Collectors.toMap(u -> u.unit().id(), u -> u, (a, b) -> a));
        }
        ExportedUnit exported = units.get(unit.id());
        boolean same = exported != null && exported.target() != null && exported.unit().source().markdown().equals(unit.source().markdown());
        return same ? Optional.of(exported.target()) : Optional.empty();
    }
}
