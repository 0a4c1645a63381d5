package guide.build;

import guide.site.CommandText;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first part of the page cache's file ({@link PageCache}): enough to tell that nothing changed
 * without reading the pages' entries (megabytes at a thousand pages). It is written as plain
 * numbers and UTF-8 texts rather than serialised objects, and the output's file names as one
 * text, because a "nothing changed" build reads only this, in a JVM that has just started:
 * Java serialisation of the same head took 60 to 80 ms there at 2 × 5,000 pages.
 *
 * @param warnings  the last build's warnings, each as the words between the places where it names the command as typed
 *                  ({@link CommandText}): said again with the command as typed now, in a build typed otherwise
 * @param fileNames the output's files, sorted, a NUL between names (no file name holds one)
 */
record CacheHead(int version, String fingerprint, String sources, Map<String, Integer> reportPages, List<CommandText> warnings,
                 String fileNames) {

    CacheHead(int version, String fingerprint, String sources, Map<String, Integer> reportPages, List<CommandText> warnings,
              Set<String> files) {
        this(version, fingerprint, sources, reportPages, warnings, String.join("\0", new TreeSet<>(files)));
    }

    List<String> files() {
        return fileNames.isEmpty() ? List.of() : List.of(fileNames.split("\0"));
    }

    /**
     * The report of a build into {@code output} that found nothing changed since the one this head describes, its warnings
     * naming the command as typed for this build ({@link guide.site.GuideCommand#name()}).
     */
    BuildReport report(Path output) {
        return new BuildReport(output, reportPages, 0, files().size(), warnings.stream().map(CommandText::said).toList(), 0, true);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(version);
        writeText(out, fingerprint);
        writeText(out, sources);
        out.writeInt(reportPages.size());
        for (Map.Entry<String, Integer> pages : reportPages.entrySet()) {
            writeText(out, pages.getKey());
            out.writeInt(pages.getValue());
        }
        out.writeInt(warnings.size());
        for (CommandText warning : warnings) {
            out.writeInt(warning.pieces().size());
            for (String piece : warning.pieces()) {
                writeText(out, piece);
            }
        }
        writeText(out, fileNames);
    }

    /**
     * Reads a head that {@link #write} wrote with this {@code version}; an error if the file holds
     * another version or is cut short or damaged.
     *
     * @param size the file's size: no text in it can be longer
     */
    static CacheHead read(DataInputStream in, int version, long size) throws IOException {
        int found = in.readInt();
        if (found != version) {
            throw new IOException("page cache of another version: " + found);
        }
        String fingerprint = readText(in, size);
        String sources = readText(in, size);
        Map<String, Integer> reportPages = new LinkedHashMap<>();
        for (int n = count(in, size); n > 0; n--) {
            reportPages.put(readText(in, size), in.readInt());
        }
        List<CommandText> warnings = new ArrayList<>();
        for (int n = count(in, size); n > 0; n--) {
            List<String> pieces = new ArrayList<>();
            for (int p = count(in, size); p > 0; p--) {
                pieces.add(readText(in, size));
            }
            if (pieces.isEmpty()) {
                throw new IOException("damaged page cache: a warning of no words");
            }
            warnings.add(new CommandText(pieces));
        }
        return new CacheHead(version, fingerprint, sources, reportPages, warnings, readText(in, size));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in, long size) throws IOException {
        return new String(in.readNBytes(count(in, size)), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in, long size) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > size) {
            throw new IOException("damaged page cache: a length of " + n);
        }
        return n;
    }
}
