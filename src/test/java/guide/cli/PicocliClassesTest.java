package guide.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code ./guide} command starts by setting up picocli, so its classes must be ones the JVM's
 * class-data archive can hold: the build compiles picocli's source as Java 17 into the builder's own
 * classes (pom.xml, the "picocli" executions), and {@code ./guide}'s class path leaves picocli's jar,
 * with its Java 5 class files, out. Undo either and every command starts about 0.1 s later. (Run
 * from an IDE that does not run Maven's executions, the first test fails: the IDE takes the jar.)
 */
class PicocliClassesTest {

    @Test
    void picocliRunsFromJava17ClassFilesInTheBuildersOwnClasses() throws Exception {
        String file = CommandLine.class.getName().replace('.', '/') + ".class";
        String location = CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertFalse(location.endsWith(".jar"), "picocli is loaded from its jar: " + location);
        try (InputStream in = CommandLine.class.getClassLoader().getResourceAsStream(file)) {
            assertNotNull(in, file);
            DataInputStream data = new DataInputStream(in);
            assertEquals(0xCAFEBABE, data.readInt());
            data.readUnsignedShort(); // minor version
            assertEquals(61, data.readUnsignedShort(), "class file version of " + file + " (61 is Java 17, 49 Java 5)");
        }
        // The version pom.xml names, read from the class loaded (the constant itself would be compiled into this
        // test): a new version must not leave the old compiled classes in place.
        assertEquals(System.getProperty("picocli.version"), CommandLine.class.getField("VERSION").get(null));
    }

    @Test
    void guidesClassPathLeavesPicocliJarOut() throws Exception {
        Path classPath = Path.of(System.getProperty("guide.project.dir", ".")).resolve("target/runtime-classpath.txt");
        assertTrue(Files.isRegularFile(classPath), classPath + " (written by mvn compile)");
        String entries = Files.readString(classPath);
        assertTrue(entries.contains("jsoup"), entries);
        assertFalse(entries.contains("/info/picocli/"), entries);
    }
}
