package guide.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Appending to and rewriting a test project's text files (UTF-8), as an editor's save would. */
final class TextFiles {
    private TextFiles() {
    }

    /** Adds {@code text} at the end of {@code file}. */
    static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    /** Replaces {@code file}'s text with what {@code change} makes of it. */
    static void edit(Path file, UnaryOperator<String> change) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
