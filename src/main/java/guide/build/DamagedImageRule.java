package guide.build;

import guide.site.BuildFailure;
import guide.site.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * When a build names its damaged JPEGs and PNGs, so that one failed build names every broken image, and a build that makes
 * its pages whole still stops at one: before the pages, a build that already failed adds those whose copies it has not made
 * ({@link #addTo}); after them, it adds those only drafts show, and those it stopped before copying. Kept apart from
 * {@link SiteBuilder}, whose build calls it at those two moments.
 */
final class DamagedImageRule {
    private final BuildMemory memory;
    private final Inputs in;
    private final Path output;
    private final String fingerprint;

    /** @param fingerprint the build's code and settings fingerprint, part of every copy's key */
    DamagedImageRule(BuildMemory memory, Inputs in, Path output, String fingerprint) {
        this.memory = memory;
        this.in = in;
        this.output = output;
        this.fingerprint = fingerprint;
    }

    /**
     * The problems, and when there are any, the damaged images among those whose copies the build has not made yet (it stops
     * before it does): one build names every broken image. Copies the previous output holds were whole when made, and so
     * were those a failed build kept ({@link StoredCopies}).
     */
    List<Problem> addTo(List<Problem> problems) throws IOException {
        if (!problems.isEmpty()) {
            PageCache cache = memory.cacheFor(output, fingerprint);
            problems.addAll(in.images().damagedAmong(file -> {
                String key = memory.keyOf(fingerprint, file);
                boolean published = cache.reusable(file.outputPath(), key).isPresent() && Files.isRegularFile(output.resolve(file.outputPath()));
                return !published && !memory.storedCopies.has(output, file, key);
            }));
        }
        return problems;
    }

    /**
     * Once the pages are rendered: adds their problems and the images' to {@code problems}, and those only drafts show; stops
     * the build when a page could not be made, naming every damaged image. The checks read the pages, not the image copies, so
     * a damaged image stops a build whose pages are whole only after them.
     */
    void afterRendering(Rendering rendering, List<Problem> problems) throws IOException, BuildFailure {
        boolean pagesMade = problems.isEmpty() && rendering.pages().stream().allMatch(o -> o.problems().isEmpty());
        problems.addAll(rendering.problems());
        if (pagesMade || !rendering.images().isEmpty()) {
            problems.addAll(in.images().damagedInDrafts()); // no copy of theirs is made; else addTo names them
        }
        if (!pagesMade) {
            BuildFailure.throwIfAny(rendering.images().isEmpty() ? addTo(problems) : problems, in.warnings());
        }
    }
}
