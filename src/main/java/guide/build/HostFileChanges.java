package guide.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The host files ({@code _headers}, {@code _redirects}, the forwarding pages of renamed pages) a build writes
 * differently from those of the earlier build in its output folder. They are configuration, not counted among the
 * files rendered, so a build that changed only them (an {@code aliases=} line added) would otherwise say it found the
 * site "already up to date" although it changed what the host does.
 */
final class HostFileChanges {
    private HostFileChanges() {
    }

    /**
     * The names among {@code written} whose text in {@code staging} differs from the file of that name in {@code output}
     * (or that {@code output} lacks); none when {@code output} holds no site yet, since then everything is new.
     */
    static List<String> of(Path staging, Path output, List<String> written) throws IOException {
        List<String> changed = new ArrayList<>();
        if (!Files.isDirectory(output)) {
            return changed;
        }
        for (String name : written) {
            Path before = output.resolve(name);
            if (!Files.isRegularFile(before) || !Arrays.equals(Files.readAllBytes(before), Files.readAllBytes(staging.resolve(name)))) {
                changed.add(name);
            }
        }
        return changed;
    }
}
