package guide.translation.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * For the import benchmark: fills every empty target of the .xlf files in a folder with its source,
 * as a CAT tool's "copy source to target" does, so that every file can be imported.
 *
 * <pre>java -cp ... guide.translation.xliff.CopySourceToTarget target/xliff</pre>
 */
public final class CopySourceToTarget {
    private static final Pattern EMPTY = Pattern.compile("(?s)(<source xml:lang=\"[^\"]+\">)((?:(?!</source>).)*)(</source>\\s*<target [^>]*>)</target>");

    private CopySourceToTarget() {
    }

    public static void main(String[] args) throws IOException {
        int files = 0;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            for (Path file : (Iterable<Path>) list.filter(p -> p.toString().endsWith(".xlf"))::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, EMPTY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + m.group(3) + m.group(2)
                        + "</target>")), StandardCharsets.UTF_8);
                files++;
            }
        }
        System.out.println("Filled the empty targets of " + files + " files in " + args[0]);
    }
}
