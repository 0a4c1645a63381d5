package guide.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every page's key starts from the fingerprint of the templates, the settings and the builder's
 * code: a changed class must render every page again, and a jar rebuilt from the same classes
 * (as {@code ./guide} rebuilds it after any compile) must not.
 */
class CodeFingerprintTest {
    @TempDir
    Path temp;

    @Test
    void aJarCountsByWhatItsClassesAreNotWhenItWasMade() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("page.ftl"), "<p>${content.title}</p>", StandardCharsets.UTF_8);
        Path settings = Files.writeString(temp.resolve("jbake.properties"), "site.host=https://example.org\n", StandardCharsets.UTF_8);
        Path jar = temp.resolve("guide-builder.jar");

        writeJar(jar, Map.of("guide/A.class", "first version", "guide/B.class", "unchanged"), 1_000_000_000L);
        String first = PageCache.fingerprint(templates, settings, jar);
        writeJar(jar, Map.of("guide/A.class", "first version", "guide/B.class", "unchanged"), 1_700_000_000_000L);
        assertEquals(first, PageCache.fingerprint(templates, settings, jar), "the same classes, packed again later");

        writeJar(jar, Map.of("guide/A.class", "other version", "guide/B.class", "unchanged"), 1_700_000_000_000L);
        assertNotEquals(first, PageCache.fingerprint(templates, settings, jar), "a changed class of the same size");
        writeJar(jar, Map.of("guide/A.class", "first version", "guide/B.class", "unchanged", "guide/C.class", "new"), 1_700_000_000_000L);
        assertNotEquals(first, PageCache.fingerprint(templates, settings, jar), "an added class");

        writeJar(jar, Map.of("guide/A.class", "first version", "guide/B.class", "unchanged"), 1_700_000_000_000L);
        Files.writeString(templates.resolve("page.ftl"), "<p>${content.title}!</p>", StandardCharsets.UTF_8);
        assertNotEquals(first, PageCache.fingerprint(templates, settings, jar), "a changed template");
    }

    private static void writeJar(Path jar, Map<String, String> entries, long time) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : new TreeSet<>(entries.keySet())) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(time);
                zip.putNextEntry(entry);
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
