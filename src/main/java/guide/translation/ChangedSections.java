package guide.translation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which known sections of an outdated translation are behind: the sections of the source whose
 * blocks changed since the stamp, where the translation has a {@code ##} heading with the same id.
 * A section whose heading has no id is named too when source and translation have the same {@code ##}
 * headings ({@link DocumentSections#sameHeadings}): it is then the translation's heading in the same place,
 * with id "" (its page gives it an id made from its text, different in each language).
 * A change outside such sections (the title, the text before the first heading, a section without
 * an id where the headings differ, one missing in the translation) makes {@code elsewhere} true: the page as a whole is behind
 * there, and no section can be named for it.
 *
 * @param sections  the translation's sections that are behind, in the translation's order ({@link DocumentSections#headings}' records)
 * @param elsewhere true when some change falls outside every known section
 */
public record ChangedSections(List<DocumentSections.Section> sections, boolean elsewhere) {

    public ChangedSections {
        sections = List.copyOf(sections);
    }

    /**
     * @param stamp       the translation's stamp
     * @param sourceTitle the source's title now
     * @param sourceBody  the source's body now
     * @param translation the translation's sections
     */
    public static ChangedSections of(SourceRevision stamp, String sourceTitle, String sourceBody, DocumentSections translation) {
        DocumentSections source = DocumentSections.of(sourceTitle, sourceBody);
        Set<String> changed = new LinkedHashSet<>();
        Set<Integer> changedWithoutId = new LinkedHashSet<>();
        boolean paired = source.sameHeadings(translation);
        boolean elsewhere = false;
        for (BlockChange change : SourceDiff.located(stamp, sourceTitle, sourceBody)) {
            if (change.kind() == SourceChange.Kind.REVIEW) {
                continue; // the source did not change there: readers are not told it did
            }
            String id = source.sectionOf(change.block()).map(DocumentSections.Section::id).orElse(null);
            int heading = source.headingOf(change.block());
            if (id != null && translation.byId(id).isPresent()) {
                changed.add(id);
            } else if (id == null && paired && heading >= 0) {
                changedWithoutId.add(heading);
            } else {
                elsewhere = true;
            }
        }
        List<DocumentSections.Section> sections = new ArrayList<>();
        List<DocumentSections.Section> headings = translation.headings();
        for (int k = 0; k < headings.size(); k++) {
            DocumentSections.Section section = headings.get(k);
            if (section.id().isEmpty() ? changedWithoutId.contains(k) : changed.contains(section.id())) {
                sections.add(section);
            }
        }
        return new ChangedSections(sections, elsewhere);
    }
}
