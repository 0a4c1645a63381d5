package guide.serve;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.dashboard.DashboardEntry;
import guide.dashboard.TranslationDashboard;
import guide.site.Problem;
import guide.translation.xliff.XliffExportBatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The dashboard's "Download XLIFF": one document's file, or a zip of the files of everything
 * outdated, missing, in draft or still copied from its source in a language ({@link TranslationDashboard#toTranslate}), made by {@code ./guide translations export}'s own
 * {@link XliffExportBatch} in a temporary folder that is deleted afterwards. Nothing in the
 * project changes.
 */
final class XliffDownloads {
    /** A file to send. */
    record Download(String fileName, String contentType, byte[] bytes) {
    }

    private XliffDownloads() {
    }

    /** The XLIFF file of the document at {@code path} (a source, or a translation standing for its source) into {@code lang}. */
    static Optional<Download> one(SiteContent content, String path, String lang) throws IOException {
        if (!content.config().languages().contains(lang)) {
            return Optional.empty();
        }
        XliffExportBatch batch = new XliffExportBatch(content);
        List<Problem> problems = new ArrayList<>();
        List<ContentDocument> sources = batch.sources(List.of(Path.of(path)), content.config().projectDir(), lang, problems);
        if (!problems.isEmpty() || sources.size() != 1 || !isDocument(content, path)) {
            return Optional.empty();
        }
        Path dir = Files.createTempDirectory("guide-xliff-");
        try {
            XliffExportBatch.Written written = batch.export(sources.get(0), lang, dir);
            return Optional.of(new Download(written.file().getFileName().toString(), "application/x-xliff+xml", Files.readAllBytes(written.file())));
        } finally {
            TempFolders.delete(dir);
        }
    }

    /** A zip of the XLIFF files of every outdated, missing, draft or still copied translation of {@code lang}; empty when there is none. */
    static Optional<Download> bundle(SiteContent content, String lang) throws IOException {
        if (!content.config().languages().contains(lang)) {
            return Optional.empty();
        }
        List<DashboardEntry> entries = TranslationDashboard.of(content).toTranslate(lang);
        List<ContentDocument> sources = content.documents().stream()
                .filter(d -> entries.stream().anyMatch(e -> d.source().toString().replace('\\', '/').equals(e.source()))).toList();
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Files.createTempDirectory("guide-xliff-");
        try {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                for (XliffExportBatch.Written written : new XliffExportBatch(content).exportAll(sources, lang, dir)) {
                    out.putNextEntry(new ZipEntry(written.file().getFileName().toString()));
                    out.write(Files.readAllBytes(written.file()));
                    out.closeEntry();
                }
            }
            return Optional.of(new Download("xliff-to-" + lang + ".zip", "application/zip", zip.toByteArray()));
        } finally {
            TempFolders.delete(dir);
        }
    }

    /** Only documents of the project are named, never other files (the path comes from a query). */
    private static boolean isDocument(SiteContent content, String path) {
        return content.documents().stream().anyMatch(d -> d.source().toString().replace('\\', '/').equals(path));
    }
}
