package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.Problem;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ./guide translations export}: the documents named by files or folders (a translation
 * stands for its source), one XLIFF file each into the output folder, named
 * {@code <translationKey>.<source>-<target>.xlf}.
 */
public final class XliffExportBatch {
    private final SiteContent content;
    private final TranslationReport report;

    public XliffExportBatch(SiteContent content) {
        this.content = content;
        // Only which document is whose source is needed here, not what changed in outdated ones.
        this.report = TranslationReport.of(content.config().languages(), content.config().defaultLanguage(), content.documents(), false);
    }

    /** One written file, with what the translator will find in it ({@code sections}: units that are whole sections). */
    public record Written(String source, Path file, Map<UnitState, Integer> states, int sections) {
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

    /** Exports every source into {@code lang} (on all cores), in the order given. */
    public List<Written> exportAll(List<ContentDocument> sources, String lang, Path dir) throws IOException {
        try {
            return sources.parallelStream().map(source -> {
                try {
                    return export(source, lang, dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Exports {@code source} into {@code lang}, writing the file into {@code dir}. */
    public Written export(ContentDocument source, String lang, Path dir) throws IOException {
        Optional<ContentDocument> translation = content.documents().stream()
                .filter(d -> d.lang().equals(lang) && d.translationKey().equals(source.translationKey())).findFirst();
        String contentDir = content.config().projectDir().relativize(content.config().contentDir()).toString().replace('\\', '/');
        String targetPath = translation.map(XliffExporter::path).orElse(contentDir + "/" + lang + "/" + source.source().getFileName());
        XliffExporter.Export export = XliffExporter.export(source, translation, lang, targetPath);
        Path file = dir.resolve(source.translationKey() + "." + source.lang() + "-" + lang + ".xlf");
        AtomicFile.write(file, Xliff12Writer.write(export.document()));
        Map<UnitState, Integer> states = new LinkedHashMap<>();
        export.document().units().forEach(u -> states.merge(u.state(), 1, Integer::sum));
        return new Written(XliffExporter.path(source), file, states, export.sections());
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
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                int dot = name.endsWith(ending) ? name.lastIndexOf('.', name.length() - ending.length() - 1) : -1;
                String key = dot > 0 ? name.substring(0, dot) : "";
                String source = dot > 0 ? name.substring(dot + 1, name.length() - ending.length()) : "";
                if (!key.isEmpty() && !source.equals(lang) && content.config().languages().contains(source) && content.documents().stream()
                        .noneMatch(d -> d.lang().equals(source) && d.translationKey().equals(key))) {
                    stale.add(new Stale(file, key, contentDir + "/" + source + "/"));
                }
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
        Path file = absolute;
        return content.documents().stream().filter(d -> projectDir.resolve(d.source()).normalize().equals(file)).toList();
    }

    /** For messages: a count per state, e.g. "9 translated, 2 to review; 3 whole sections". */
    public static String describe(Written written) {
        List<String> parts = new ArrayList<>();
        written.states().forEach((state, count) -> parts.add(count + " " + switch (state) {
            case TRANSLATED -> "translated";
            case NEEDS_REVIEW -> "to review";
            case NEEDS_TRANSLATION -> "to translate";
        }));
        String sections = switch (written.sections()) {
            case 0 -> "";
            case 1 -> "; 1 of them a whole section";
            default -> "; " + written.sections() + " of them whole sections";
        };
        return String.join(", ", parts) + sections;
    }
}
