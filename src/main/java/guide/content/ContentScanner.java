package guide.content;

import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Walks {@code content/} and turns every Markdown file into a validated {@link ContentDocument}.
 * All problems of all files are collected, each with its file and line, before anyone stops.
 */
public final class ContentScanner {
    private static final List<String> REQUIRED = List.of("title", "date", "type", "status", "translationKey");
    private static final List<String> REQUIRED_FOR_READERS = List.of("author", "summary");

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

    /** Scans every {@code .md} file under the content folder, in a stable order. */
    public List<ContentDocument> scan(List<Problem> problems) {
        Path contentDir = config.contentDir();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + contentDir, e);
        }
        // Files are read on all cores; documents and problems are then taken in file order.
        List<Read> reads = files.parallelStream().map(file -> {
            List<Problem> found = new ArrayList<>();
            return new Read(readRemembered(file, found), found);
        }).toList();
        List<ContentDocument> documents = new ArrayList<>();
        for (Read read : reads) {
            problems.addAll(read.problems());
            read.doc().ifPresent(documents::add);
        }
        checkUnique(documents, problems);
        return documents;
    }

    private record Read(Optional<ContentDocument> doc, List<Problem> problems) {
    }

    private Optional<ContentDocument> readRemembered(Path file, List<Problem> problems) {
        if (memo == null) {
            return read(file, problems);
        }
        var remembered = memo.lookup(file, context);
        if (remembered.isPresent()) {
            return ScanMemo.replay(remembered.get(), problems);
        }
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
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
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(shown, 0, "not valid UTF-8: save the file as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        int before = problems.size();
        Optional<FrontMatter> parsed = FrontMatterParser.parse(shown, text, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = parsed.get();

        String lang = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        if (lang.isEmpty()) {
            problems.add(new Problem(shown, 1, "content files belong in a language folder: content/<lang>/, one of " + config.languages()));
        } else if (!config.languages().contains(lang)) {
            problems.add(new Problem(shown, 1, "language folder '" + lang + "' is not configured (site.languages=" + String.join(",", config.languages()) + ")"));
        }
        if (fm.get("lang") != null && !fm.get("lang").equals(lang)) {
            problems.add(new Problem(shown, fm.lineOf("lang"), "lang=" + fm.get("lang") + " disagrees with the folder '" + lang + "': the folder decides the language"));
        }
        for (String key : REQUIRED) {
            if (fm.get(key) == null) {
                problems.add(new Problem(shown, 1, "missing required header '" + key + "'"));
            }
        }
        DocumentType type = null;
        if (fm.get("type") != null) {
            type = DocumentType.fromHeader(fm.get("type")).orElse(null);
            if (type == null) {
                problems.add(new Problem(shown, fm.lineOf("type"), "unknown type '" + fm.get("type") + "': use one of "
                        + Arrays.stream(DocumentType.values()).map(DocumentType::header).toList()));
            }
        }
        if (type != DocumentType.NOTFOUND) {
            for (String key : REQUIRED_FOR_READERS) {
                if (fm.get(key) == null) {
                    problems.add(new Problem(shown, 1, "missing required header '" + key + "'"));
                }
            }
        }
        String status = fm.get("status");
        if (status != null && !status.equals("published") && !status.equals("draft")) {
            problems.add(new Problem(shown, fm.lineOf("status"), "status must be 'published' or 'draft', not '" + status + "'"));
        }
        LocalDate date = null;
        if (fm.get("date") != null) {
            try {
                date = LocalDate.parse(fm.get("date"));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(shown, fm.lineOf("date"), "date '" + fm.get("date") + "' is not a valid date: write yyyy-MM-dd, e.g. 2026-11-26"));
            }
        }
        if (fm.get("updated") != null) {
            try {
                LocalDate.parse(fm.get("updated"));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(shown, fm.lineOf("updated"), "updated '" + fm.get("updated") + "' is not a valid date: write yyyy-MM-dd, e.g. 2026-11-26"));
            }
        }
        String author = fm.get("author");
        if (author != null && authors.get(author).isEmpty()) {
            problems.add(new Problem(shown, fm.lineOf("author"), "unknown author '" + author + "': add it to content/" + Authors.FILE
                    + " (known: " + String.join(", ", authors.all().keySet()) + ")"));
        }
        String key = fm.get("translationKey");
        if (key != null && !key.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            problems.add(new Problem(shown, fm.lineOf("translationKey"), "translationKey '" + key + "' must be ASCII letters, digits, '-' or '_'"));
        }
        String baseName = file.getFileName().toString().replaceFirst("\\.md$", "");
        String slug = Slugs.of(config.language(lang.isEmpty() || !config.languages().contains(lang) ? config.defaultLanguage() : lang).transliteration()).slugify(baseName);
        if (slug.isEmpty()) {
            problems.add(new Problem(shown, 1, "file name gives an empty URL slug: use letters or digits"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> tags = fm.get("tags") == null ? List.of()
                : Arrays.stream(fm.get("tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return Optional.of(new ContentDocument(shown, lang, slug, type, "draft".equals(status), fm.get("title"), date, key,
                author, fm.get("summary"), tags, fm));
    }

    /** A translationKey may appear once per language, and two files may not write the same page. */
    private static void checkUnique(List<ContentDocument> documents, List<Problem> problems) {
        Map<String, ContentDocument> byKey = new HashMap<>();
        Map<String, ContentDocument> byOutput = new HashMap<>();
        for (ContentDocument doc : documents) {
            ContentDocument sameKey = byKey.putIfAbsent(doc.lang() + "/" + doc.translationKey(), doc);
            if (sameKey != null) {
                problems.add(new Problem(doc.source(), doc.frontMatter().lineOf("translationKey"), "translationKey '" + doc.translationKey()
                        + "' is already used in '" + doc.lang() + "' by " + sameKey.source()));
            }
            ContentDocument sameOutput = byOutput.putIfAbsent(doc.outputPath(), doc);
            if (sameOutput != null) {
                problems.add(new Problem(doc.source(), 1, "would write the same page " + doc.url() + " as " + sameOutput.source()));
            }
        }
    }
}
