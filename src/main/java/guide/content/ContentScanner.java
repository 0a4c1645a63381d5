package guide.content;

import guide.site.Problem;
import guide.site.SiteConfig;
import guide.site.MergeConflicts;
import guide.site.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks {@code content/} and turns every Markdown file into a validated {@link ContentDocument}.
 * All problems of all files are collected, each with its file and line, before anyone stops.
 */
public final class ContentScanner {
    private final SiteConfig config;
    private final Authors authors;
    private final ScanMemo memo;
    private final String context;

    public ContentScanner(SiteConfig config, Authors authors) {
        this(config, authors, null, "");
    }

    /**
     * @param memo    results of earlier scans to reuse for unchanged files, or null
     * @param context a stamp of what validation depends on besides the file (settings, authors):
     *                remembered results count only under the same stamp
     */
    public ContentScanner(SiteConfig config, Authors authors, ScanMemo memo, String context) {
        this.config = config;
        this.authors = authors;
        this.memo = memo;
        this.context = context;
    }

    /** Scans every {@code .md} file under the content folder, in a stable order; warnings go with the problems. */
    public List<ContentDocument> scan(List<Problem> problems) {
        return scan(problems, problems);
    }

    /**
     * Scans every {@code .md} file under the content folder, in a stable order.
     *
     * @param warnings where what the build works around goes (an unknown header key, which is ignored)
     */
    public List<ContentDocument> scan(List<Problem> problems, List<Problem> warnings) {
        return scan(ContentFiles.walk(config.contentDir()), problems, warnings);
    }

    /** Like {@link #scan(List, List)}, for the files of a walk the caller made. */
    public List<ContentDocument> scan(ContentFiles files, List<Problem> problems, List<Problem> warnings) {
        // Files are read on all cores; documents and problems are then taken in file order.
        List<Read> reads = files.markdown().parallelStream().map(file -> {
            List<Problem> found = new ArrayList<>();
            return new Read(readRemembered(file.getKey(), file.getValue(), found), found);
        }).toList();
        List<ContentDocument> documents = new ArrayList<>();
        for (Read read : reads) {
            read.problems().forEach(p -> (p.isWarning() ? warnings : problems).add(p));
            read.doc().ifPresent(documents::add);
        }
        checkUnique(documents, problems);
        NearTranslationKeys.warn(documents, warnings);
        return documents;
    }

    private record Read(Optional<ContentDocument> doc, List<Problem> problems) {
    }

    private Optional<ContentDocument> readRemembered(Path file, BasicFileAttributes walked, List<Problem> problems) {
        if (memo == null) {
            return read(file, problems);
        }
        try {
            // A link is remembered by the file it points to.
            BasicFileAttributes attrs = walked.isSymbolicLink() ? Files.readAttributes(file, BasicFileAttributes.class) : walked;
            long size = attrs.size();
            long modified = attrs.lastModifiedTime().toMillis();
            var remembered = memo.lookup(file, size, modified, context);
            if (remembered.isPresent()) {
                return ScanMemo.replay(remembered.get(), problems);
            }
            List<Problem> found = new ArrayList<>();
            Optional<ContentDocument> doc = read(file, found);
            problems.addAll(found);
            memo.remember(file, context, size, modified, doc, found);
            return doc;
        } catch (IOException e) {
            return read(file, problems);
        }
    }

    private Optional<ContentDocument> read(Path file, List<Problem> problems) {
        Path shown = config.projectDir().relativize(file);
        Path relative = config.contentDir().relativize(file);
        String text;
        try {
            text = Utf8Text.read(file);
        } catch (IOException e) {
            problems.add(Utf8Text.problem(shown, e));
            return Optional.empty();
        }
        if (MergeConflicts.foundInPage(shown, text, problems)) { // not the header errors the markers would cause
            return Optional.empty();
        }
        int before = problems.size();
        Optional<FrontMatter> parsed = FrontMatterParser.parse(shown, text, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = parsed.get();
        String lang = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        checkLanguage(shown, fm, lang, problems);
        RequiredHeaders.check(shown, fm, problems);
        DocumentType type = type(shown, fm, problems);
        String status = fm.get("status");
        if (status != null && !status.equals("published") && !status.equals("draft")) {
            problems.add(new Problem(shown, fm.lineOf("status"), "status must be 'published' or 'draft', not '" + status + "'"));
        }
        LocalDate date = date(shown, fm, "date", problems);
        LocalDate updated = date(shown, fm, "updated", problems);
        date(shown, fm, HeaderKeys.LEGAL_STATUS, problems);
        if (date != null && updated != null && updated.isBefore(date)) {
            problems.add(new Problem(shown, fm.lineOf("updated"), "updated=" + updated + " is before date=" + date
                    + ": updated is when the text last changed, on or after its publication"));
        }
        checkAuthors(shown, fm, problems);
        String key = fm.get("translationKey");
        if (key != null && !key.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            problems.add(new Problem(shown, fm.lineOf("translationKey"), "translationKey '" + key + "' must be ASCII letters, digits, '-' or '_'"));
        }
        BodyHeadings.check(shown, fm, type, problems);
        BodyFootnotes.check(shown, fm, type, problems);
        BodyTables.check(shown, fm, problems);
        BodyCodeSpans.check(shown, fm, problems);
        String baseName = file.getFileName().toString().replaceFirst("\\.md$", "");
        String slug = Slugs.of(config.language(config.languages().contains(lang) ? lang : config.defaultLanguage()).transliteration()).slugify(baseName);
        if (slug.isEmpty()) {
            problems.add(new Problem(shown, 1, "file name gives an empty URL slug: use letters or digits"));
        }
        if (problems.stream().skip(before).anyMatch(p -> !p.isWarning())) {
            return Optional.empty();
        }
        List<String> tags = fm.get("tags") == null ? List.of()
                : Arrays.stream(fm.get("tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return Optional.of(new ContentDocument(shown, lang, slug, type, "draft".equals(status), fm.get("title"), date, key,
                fm.get("author"), fm.get("summary"), tags, fm));
    }

    /**
     * An author's id must be in the authors file; a near miss is named ("redakcia": did you mean "redakcja"?), and a
     * list of co-authors ("redakcja,jitendra-vaswani") is told that a page has one, not to add the list as an author. An
     * author whose entry is faulty, or any author while the file cannot be read, has its problem in that file instead.
     */
    private void checkAuthors(Path shown, FrontMatter fm, List<Problem> problems) {
        for (String key : List.of("author", "basedOn")) {
            String id = fm.get(key);
            long named = id == null ? 0 : Arrays.stream(id.split("[,;&]")).filter(part -> !part.isBlank()).count();
            if (named > 1) {
                // A list of co-authors is not one unknown author: adding "a,b" to the authors file would not help.
                problems.add(new Problem(shown, fm.lineOf(key), key + "=" + id + " names " + named + " authors, but "
                        + (key.equals("author") ? "a page has one author: keep one here; if this page is adapted from someone else's article,"
                        + " that article's author goes in basedOn="
                        : "a page is adapted from one article: keep that article's author here; the page's own author goes in author=")));
            } else if (id != null && !authors.accounted(id)) {
                problems.add(new Problem(shown, fm.lineOf(key), "unknown author '" + id + "': " + HeaderKeys.nearest(id, authors.all().keySet())
                        .map(m -> "did you mean '" + m + "'? (to add an author, add them to content/" + Authors.FILE + ")")
                        .orElse("add it to content/" + Authors.FILE + " (known: " + String.join(", ", authors.all().keySet()) + ")")));
            }
        }
    }

    private void checkLanguage(Path shown, FrontMatter fm, String lang, List<Problem> problems) {
        if (lang.isEmpty()) {
            problems.add(new Problem(shown, 1, "content files belong in a language folder: content/<lang>/, one of " + config.languages()));
        } else if (!config.languages().contains(lang)) {
            problems.add(new Problem(shown, 1, "language folder '" + lang + "' is not configured (site.languages=" + String.join(",", config.languages()) + ")"));
        }
        if (fm.get("lang") != null && !fm.get("lang").equals(lang)) {
            problems.add(new Problem(shown, fm.lineOf("lang"), "lang=" + fm.get("lang") + " disagrees with the folder '" + lang + "': the folder decides the language"));
        }
    }

    private static DocumentType type(Path shown, FrontMatter fm, List<Problem> problems) {
        if (fm.get("type") == null) {
            return null;
        }
        DocumentType type = DocumentType.fromHeader(fm.get("type")).orElse(null);
        if (type == null) {
            problems.add(new Problem(shown, fm.lineOf("type"), "unknown type '" + fm.get("type") + "': use one of " + DocumentType.choices()));
        }
        return type;
    }

    /** A date header's value, or null; a value that is not a real date is a problem that says why. */
    private static LocalDate date(Path shown, FrontMatter fm, String key, List<Problem> problems) {
        if (fm.get(key) == null) {
            return null;
        }
        HeaderDates.Result result = HeaderDates.read(fm.get(key));
        if (result.date().isEmpty()) {
            problems.add(new Problem(shown, fm.lineOf(key), key + " " + result.problem()));
        }
        return result.date().orElse(null);
    }

    /**
     * Two pages of a language with one translationKey: named at the newer one (by {@code date}; the later found of two
     * of a date), which is usually the page just written by copying another's header.
     */
    private static void sameKey(ContentDocument first, ContentDocument second, List<Problem> problems) {
        boolean firstIsNewer = first.date() != null && second.date() != null && first.date().isAfter(second.date());
        ContentDocument newer = firstIsNewer ? first : second;
        ContentDocument older = firstIsNewer ? second : first;
        problems.add(new Problem(newer.source(), newer.frontMatter().lineOf("translationKey"), "translationKey '" + newer.translationKey()
                + "' is already used in '" + newer.lang() + "' by " + older.source() + ": a page and its translations share a key,"
                + " and no other page has it; give this page a key of its own"));
    }

    /** A translationKey may appear once per language, and two files may not write the same page. */
    private static void checkUnique(List<ContentDocument> documents, List<Problem> problems) {
        Map<String, ContentDocument> byKey = new HashMap<>();
        Map<String, ContentDocument> byOutput = new HashMap<>();
        for (ContentDocument doc : documents) {
            ContentDocument sameKey = byKey.putIfAbsent(doc.lang() + "/" + doc.translationKey(), doc);
            ContentDocument sameOutput = byOutput.putIfAbsent(doc.outputPath(), doc);
            // One name twice (About.md and about.md) is one problem: delete a copy, not give it a key of its own.
            if (sameKey != null && !(sameKey == sameOutput && SameAddress.sameName(doc.source(), sameOutput.source()))) {
                sameKey(sameKey, doc, problems);
            }
            if (sameOutput != null) {
                problems.add(new Problem(doc.source(), 1, SameAddress.message(doc, sameOutput)));
            }
        }
    }
}
