package guide.translation;

import guide.content.ContentDocument;
import guide.site.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build's warnings about translation stamps that say something untrue of their file: a
 * {@code sourceRevision=} that cannot be read (a typo, a hash cut short), and one written for another
 * language's version (a file copied from there, not translated yet). Such a page counts as outdated
 * (an article's readers are told it may be behind its source); the editor who builds the site should
 * hear why, at the stamp's line, and how to mend it, without opening the translation report, which
 * says the same.
 */
public final class StampWarnings {
    private StampWarnings() {
    }

    /** A warning for each document whose stamp is unreadable or another language's, in the documents' order. */
    public static List<Problem> of(List<ContentDocument> documents) {
        List<Problem> warnings = new ArrayList<>();
        for (ContentDocument doc : documents) {
            String header = doc.frontMatter().get(SourceRevision.KEY);
            if (header == null) {
                continue;
            }
            String file = doc.source().toString().replace('\\', '/');
            int line = doc.frontMatter().lineOf(SourceRevision.KEY);
            Optional<String> fault = SourceRevision.unreadable(header);
            Optional<SourceRevision> stamp = SourceRevision.parse(header);
            if (fault.isPresent() || stamp.isEmpty()) {
                warnings.add(Problem.warning(doc.source(), line, "unreadable translation stamp, " + fault.orElse("not in its form")
                        + ": the page counts as outdated; once it matches the source: ./guide translations stamp " + file));
            } else if (!stamp.get().writtenFor(doc.lang())) {
                String target = stamp.get().target();
                warnings.add(Problem.warning(doc.source(), line, "its translation stamp is for " + target + " (" + SourceRevision.TARGET_TOKEN
                        + target + "), so it counts as not translated yet; once translated: ./guide translations stamp " + file));
            }
        }
        return warnings;
    }
}
