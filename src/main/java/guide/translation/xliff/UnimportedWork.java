package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.site.GuideCommand;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether an export may write over the file already at its place. The README's workflow is export, translate in a CAT
 * tool, import, and a CAT tool saves the translator's work into the exported file itself; exported again before the
 * import, that work would be gone. So a file is written over only when it holds nothing the new export does not carry
 * (the same bytes, or targets that are all in the translation already, as an import leaves them), and otherwise named
 * at its first unit with work in it, with the import to run first. A unit holds work when its target is not the one the
 * export writes for it (or, where its source is another, not one the export writes for any unit: its blocks moved), or
 * when it is marked done where the export still marks it to review (a translator found it still right). A unit the
 * export marks to translate although its target is there is a draft's copy of its source, which the export marks so
 * whatever a file said. A file the import's reader cannot read may hold work too, and is not written over either. A
 * file's languages are read as the import reads them ({@link SiteLanguageTag}): a CAT tool's {@code en-US} is the site's
 * {@code en}, whose pages its links are pointed at as the import points them.
 */
final class UnimportedWork {
    private static final int EXCERPT = 60;
    /** The import's ", or export the document again" and ": export the document again", as its messages end. */
    private static final Pattern EXPORT_AGAIN = Pattern.compile("(?:, or|:) export (?:the document|it) again(?=$|,)");

    private final LinkLocalizer links;
    private final List<String> languages;
    private final Function<Path, String> shown;

    /**
     * @param languages the site's languages
     * @param shown     how messages show a file (relative to where the command was typed)
     */
    UnimportedWork(List<ContentDocument> documents, List<String> languages, Function<Path, String> shown) {
        this.links = new LinkLocalizer(documents);
        this.languages = List.copyOf(languages);
        this.shown = shown;
    }

    /**
     * Why {@code file}, as it is ({@code old}), must not be replaced by {@code export}; empty when nothing is lost.
     *
     * @param newPage the export is of a page with no translation yet whose file name is its address, so an import needs a name
     */
    Optional<Problem> check(Path file, byte[] old, XliffDocument export, byte[] bytes, boolean newPage) {
        if (Arrays.equals(old, bytes)) {
            return Optional.empty();
        }
        XliffFile read;
        try {
            read = SiteLanguageTag.read(Xliff12Reader.read(file, old), languages);
        } catch (Xliff12Reader.XliffException e) {
            return Optional.of(new Problem(file, e.problem().line(), "cannot be read as an XLIFF export: " + withoutExportAgain(e.problem().message())
                    + ". It may hold a translator's work, which this export would overwrite: repair it and import it, move it out of "
                    + shown.apply(file.getParent()) + ", or export with --replace to overwrite it"));
        }
        List<String> work = new ArrayList<>();
        ReadUnit first = null;
        for (ReadUnit unit : read.units()) {
            Optional<String> found = work(unit, read, export);
            if (found.isPresent() && first == null) {
                first = unit;
            }
            found.ifPresent(work::add);
        }
        if (first == null) {
            return Optional.empty();
        }
        String command = GuideCommand.name() + " translations import " + shown.apply(file) + (read.revision().behind(export.revision()) ? " --force" : "")
                + (newPage ? " --name NAME (NAME: the new page's file name)" : "");
        boolean translated = export.unit(Unit.TITLE).map(u -> u.target() != null).orElse(false); // a translation has a title
        int more = work.size() - 1;
        return Optional.of(new Problem(file, first.line(), "holds work " + (translated ? "that " + export.targetPath() + " does not have"
                : "that is not in the project yet") + ": " + work.get(0) + (more > 0 ? " (and " + more + " more unit" + (more > 1 ? "s" : "") + ")" : "")
                + "; this export would overwrite it. If that is a translator's work, import it first, then export again: " + command + "; "
                + (translated ? "if it is left over from before someone edited " + export.targetPath() : "to throw it away")
                + ", export with --replace to overwrite it"));
    }

    /**
     * The import's reason for refusing a file, without its advice to export the document again: that is what this export
     * refuses to do, so the advice would send the editor round in a circle.
     */
    static String withoutExportAgain(String reason) {
        return EXPORT_AGAIN.matcher(reason).replaceAll("");
    }

    /** What {@code unit} holds that the export does not carry, as the message says it; empty when nothing. */
    private Optional<String> work(ReadUnit unit, XliffFile read, XliffDocument export) {
        if (UnitFingerprint.of(unit).equals(read.exported().get(unit.id()))) {
            return Optional.empty(); // as the export wrote it: the translator left it alone, whatever the project has now
        }
        String target = target(unit.source(), unit.target(), read);
        boolean copy = unit.target() != null && plain(TargetText.prepared(unit.source(), unit.target()).markdown()).equals(plain(unit.source().markdown()));
        if (target.isEmpty() || copy && read.optional().contains(unit.id())) {
            return Optional.empty(); // no target, or a copy of the source for a section the translation leaves out, as the import takes it
        }
        Optional<ExportedUnit> same = export.unit(unit.id())
                .filter(e -> plain(e.unit().source().markdown()).equals(plain(unit.source().markdown())));
        if (same.isEmpty()) {
            return export.units().stream().anyMatch(e -> target.equals(target(e, read))) ? Optional.empty()
                    : Optional.of(unit.label() + " has the target \"" + excerpt(target) + "\"");
        }
        if (!target.equals(target(same.get(), read))) {
            return Optional.of(unit.label() + " has the target \"" + excerpt(target) + "\"");
        }
        if (!unit.pending() && same.get().state() == UnitState.NEEDS_REVIEW) {
            return Optional.of(unit.label() + " is marked " + (unit.state() == null ? "done (it gives no state)" : unit.state()) + " here, but "
                    + export.targetPath() + " still has it to review");
        }
        return Optional.empty();
    }

    private String target(ExportedUnit exported, XliffFile read) {
        return exported.target() == null ? "" : target(exported.unit().source(), exported.target(), read);
    }

    /** A target as an import writes it (trimmed, its links to pages with a translation pointed there), its spaces collapsed. */
    private String target(TaggedText source, TaggedText target, XliffFile read) {
        if (target == null) {
            return "";
        }
        return plain(links.localize(source, TargetText.prepared(source, target), read.sourceLang(), read.targetLang()).markdown());
    }

    /** Markdown with every run of white space one space: a line broken elsewhere is no work of the translator's. */
    private static String plain(String markdown) {
        return markdown.strip().replaceAll("\\s+", " ");
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }
}
