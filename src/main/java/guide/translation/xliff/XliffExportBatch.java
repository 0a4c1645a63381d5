package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.FolderWalk;
import guide.site.Problem;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;
import guide.translation.TypeAddress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code ./guide translations export}: the documents named by files or folders (a translation
 * stands for its source), one XLIFF file each into the output folder, named
 * {@code <translationKey>.<source>-<target>.xlf}; none at all when one would write over a file with work in it the project
 * does not have ({@link UnimportedWork}).
 */
public final class XliffExportBatch {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SiteContent content;
    private final TranslationReport report;
    private final Supplier<ExportId> ids;
    private final ChangeNotes notes;

    public XliffExportBatch(SiteContent content) {
        this(content, () -> ExportId.next(Clock.systemUTC(), RANDOM));
    }

    /** @param ids a new {@link ExportId} for each file written: each export is one of its own, even of an unchanged page */
    XliffExportBatch(SiteContent content, Supplier<ExportId> ids) {
        this.content = content;
        this.ids = ids;
        this.notes = ChangeNotes.of(content.config().projectDir());
        // Only which document is whose source is needed here, not what changed in outdated ones.
        this.report = TranslationReport.of(content.config().languages(), content.config().defaultLanguage(), content.documents(), false);
    }

    /**
     * One written file, with what the translator will find in it ({@code sections}: units that are whole sections), and whether it
     * makes a new page whose file name (its address) its import must be given ({@code newPage}: no translation yet, and not a home
     * or not-found page, whose address comes from its type).
     */
    public record Written(String source, Path file, Map<UnitState, Integer> states, int sections, boolean newPage) {
    }

    /** The sources to export into {@code lang}, in order, each once; problems for paths that name none. */
    public List<ContentDocument> sources(List<Path> paths, Path cwd, String lang, List<Problem> problems) {
        Map<String, ContentDocument> sources = new LinkedHashMap<>();
        for (Path path : paths) {
            List<ContentDocument> named = named(path, cwd);
            if (named.isEmpty()) {
                problems.add(new Problem(path, 0, "not a content file or folder of this project"));
            }
            for (ContentDocument doc : named) {
                TranslationState state = report.stateOf(doc).orElseThrow();
                ContentDocument source = state.status() == TranslationState.Status.SOURCE ? doc : state.source();
                if (source == null) {
                    problems.add(new Problem(doc.source(), 0, "its source is gone (orphaned): nothing to translate from"));
                } else if (source.lang().equals(lang)) {
                    if (named.size() == 1) {
                        problems.add(new Problem(doc.source(), 0, "is the " + lang + " source itself: export it --to another language"));
                    }
                } else {
                    sources.putIfAbsent(XliffExporter.path(source), source);
                }
            }
        }
        return List.copyOf(sources.values());
    }

    /** The files written, or, when one would have been written over with work in it, none and the problems that say so. */
    public record Outcome(List<Written> written, List<Problem> problems) {
    }

    /**
     * Exports every source into {@code lang} (on all cores), in the order given, all or nothing: unless {@code replace}, a file
     * already in {@code dir} that holds work the project does not have (translated in a CAT tool, not imported yet), or that
     * cannot be read, is not written over ({@link UnimportedWork}), and then no file is written; nor when a file stands
     * where the folder would be, or a folder where a file would ({@link ExportPlaces}).
     *
     * @param shown how messages show a file
     */
    public Outcome exportAll(List<ContentDocument> sources, String lang, Path dir, boolean replace, Function<Path, String> shown) throws IOException {
        List<Planned> planned = onAllCores(sources, source -> plan(source, lang, dir));
        List<Problem> blocked = ExportPlaces.blocked(dir, planned.stream().map(p -> p.written().file()).toList(), shown);
        if (!blocked.isEmpty()) {
            return new Outcome(List.of(), blocked);
        }
        UnimportedWork work = new UnimportedWork(content.documents(), content.config().languages(), shown);
        List<Problem> problems = replace ? List.of() : onAllCores(planned, p -> Files.isRegularFile(p.written().file())
                ? work.check(p.written().file(), Files.readAllBytes(p.written().file()), p.document(), p.bytes(), p.newPage())
                : Optional.<Problem>empty()).stream().flatMap(Optional::stream).toList();
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), problems);
        }
        return new Outcome(onAllCores(planned, Planned::write), List.of());
    }

    /** Exports every source into {@code lang} (on all cores), in the order given, into a folder of its own: writes over what is there. */
    public List<Written> exportAll(List<ContentDocument> sources, String lang, Path dir) throws IOException {
        return exportAll(sources, lang, dir, true, Path::toString).written();
    }

    /** Exports {@code source} into {@code lang}, writing the file into {@code dir} over what is there. */
    public Written export(ContentDocument source, String lang, Path dir) throws IOException {
        return plan(source, lang, dir).write();
    }

    /**
     * One document's export before it is written: the file, its bytes, what the translator will find in it, and whether
     * its page has no translation yet and a file name for an address (its import then needs a name).
     */
    private record Planned(Written written, XliffDocument document, byte[] bytes, boolean newPage) {
        Written write() throws IOException {
            AtomicFile.write(written.file(), bytes);
            return written;
        }
    }

    private Planned plan(ContentDocument source, String lang, Path dir) {
        Optional<ContentDocument> translation = content.documents().stream()
                .filter(d -> d.lang().equals(lang) && d.translationKey().equals(source.translationKey())).findFirst();
        String contentDir = content.config().projectDir().relativize(content.config().contentDir()).toString().replace('\\', '/');
        String targetPath = translation.map(XliffExporter::path).orElse(contentDir + "/" + lang + "/" + source.source().getFileName());
        XliffExporter.Export export = XliffExporter.export(source, translation, lang, targetPath, notes);
        Path file = dir.resolve(source.translationKey() + "." + source.lang() + "-" + lang + ".xlf");
        Map<UnitState, Integer> states = new LinkedHashMap<>();
        export.document().units().forEach(u -> states.merge(u.state(), 1, Integer::sum));
        boolean newPage = translation.isEmpty() && TypeAddress.of(source, lang).isEmpty();
        return new Planned(new Written(XliffExporter.path(source), file, states, export.sections(), newPage), export.document(),
                Xliff12Writer.write(export.document(), ids.get(),
                        newPage ? Optional.of(content.config().language(lang).englishName()) : Optional.empty()), newPage);
    }

    /** A step that may fail to read or write a file. */
    private interface FileStep<T, R> {
        R apply(T item) throws IOException;
    }

    /** {@code step} applied to every item on all cores, the results in the items' order. */
    private static <T, R> List<R> onAllCores(List<T> items, FileStep<T, R> step) throws IOException {
        try {
            return items.parallelStream().map(item -> {
                try {
                    return step.apply(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** An earlier export whose page is gone: its file, the translationKey its name gives and the folder of its source language's pages. */
    public record Stale(Path file, String translationKey, String folder) {
    }

    /**
     * The earlier exports into {@code lang} in {@code dir} whose page is gone: files named {@code <translationKey>.<source>-<lang>.xlf}
     * whose translationKey no page of that source language has any more (the page was deleted, or given another key). The
     * export leaves them where they are, since a CAT tool may have saved a translator's work into one; an import of the
     * folder refuses them ({@link StaleExport}), so the command names them.
     */
    public List<Stale> stale(Path dir, String lang) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String ending = "-" + lang + ".xlf";
        String contentDir = content.config().projectDir().relativize(content.config().contentDir()).toString().replace('\\', '/');
        List<Stale> stale = new ArrayList<>();
        for (Path file : FolderWalk.entries(dir, f -> true)) {
            String name = file.getFileName().toString();
            int dot = name.endsWith(ending) ? name.lastIndexOf('.', name.length() - ending.length() - 1) : -1;
            String key = dot > 0 ? name.substring(0, dot) : "";
            String source = dot > 0 ? name.substring(dot + 1, name.length() - ending.length()) : "";
            if (!key.isEmpty() && !source.equals(lang) && content.config().languages().contains(source) && content.documents().stream()
                    .noneMatch(d -> d.lang().equals(source) && d.translationKey().equals(key))) {
                stale.add(new Stale(file, key, contentDir + "/" + source + "/"));
            }
        }
        return stale;
    }

    private List<ContentDocument> named(Path path, Path cwd) {
        Path projectDir = content.config().projectDir();
        Path absolute = content.resolve(path, cwd);
        if (Files.isDirectory(absolute)) {
            Path folder = absolute;
            return content.documents().stream().filter(d -> projectDir.resolve(d.source()).normalize().startsWith(folder)).toList();
        }
        return content.find(path, cwd).stream().toList();
    }

    /** For messages: a count per state, e.g. "9 translated, 2 to review; 3 of the 11 are whole sections". */
    public static String describe(Written written) {
        List<String> parts = new ArrayList<>();
        written.states().forEach((state, count) -> parts.add(count + " " + switch (state) {
            case TRANSLATED -> "translated";
            case NEEDS_REVIEW -> "to review";
            case NEEDS_TRANSLATION -> "to translate";
        }));
        // After two counts or more, "of them" would read as the last count's: name the whole.
        int units = written.states().values().stream().mapToInt(Integer::intValue).sum();
        String whole = parts.size() > 1 ? " of the " + units : " of them";
        String sections = switch (written.sections()) {
            case 0 -> "";
            case 1 -> "; 1" + whole + (parts.size() > 1 ? " is" : "") + " a whole section";
            default -> "; " + written.sections() + whole + (parts.size() > 1 ? " are" : "") + " whole sections";
        };
        return String.join(", ", parts) + sections;
    }
}
