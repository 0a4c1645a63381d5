package guide.translation;

import guide.site.CommandText;

/**
 * What is wrong with a translation's {@code sourceRevision=} line when the report cannot count it as the file's own
 * stamp, as {@link TranslationReport} decides it once for everyone: the line cannot be read, or it was written for
 * another version than the file's. The page counts as outdated; the report's note, the command it suggests (stamp
 * after review, or once translated) and the build's warning at the line ({@link StampWarnings}) all come from here,
 * so the editor who builds and the translator who reads the report hear the same.
 */
public sealed interface StampFault {
    /** The stamp's line in the file's header. */
    int line();

    /** The report's words after "outdated, ". */
    String note();

    /** What the build says at the stamp's line of {@code file} (a path as the editor types it), naming the command that stamps it. */
    CommandText warning(String file);

    /** True for a file copied from another language's translation: to translate before it is stamped, not to review. */
    boolean copied();

    /** A line that is no stamp: a typo, a hash cut short ({@link SourceRevision#unreadable}). */
    record Unreadable(int line, String fault) implements StampFault {
        @Override
        public String note() {
            return "unreadable stamp, " + fault;
        }

        @Override
        public CommandText warning(String file) {
            return CommandText.around("unreadable translation stamp, " + fault + ": the page counts as outdated; once it matches the source: ",
                    " translations stamp " + file);
        }

        @Override
        public boolean copied() {
            return false;
        }
    }

    /**
     * A stamp written for the translation into {@code target}, another language than the file's, brought along by a
     * copy of that translation's file: {@code from} is that file's path, or null when there is no such translation.
     */
    record CopiedTranslation(int line, String target, String from) implements StampFault {
        @Override
        public String note() {
            return "not translated yet, copied from " + (from == null ? "another language's page" : from) + " (its stamp says "
                    + SourceRevision.TARGET_TOKEN + target + ")";
        }

        @Override
        public CommandText warning(String file) {
            return CommandText.around("copied from another language's translation (its stamp says " + SourceRevision.TARGET_TOKEN + target
                    + "), so it counts as not translated yet; once translated: ", " translations stamp " + file);
        }

        @Override
        public boolean copied() {
            return true;
        }
    }

    /**
     * A stamp that says it was written for a translation into the source's own language, {@code target}, which no
     * tool writes (the source is not translated into itself, nor stamped): it came from no translation's file, so
     * nothing says which version of the source the file follows, nor that it is a copy still to translate.
     */
    record SourceLanguage(int line, String target, String lang) implements StampFault {
        @Override
        public String note() {
            return "its stamp is for " + target + " (" + SourceRevision.TARGET_TOKEN + target + "), the language of its source, not for " + lang;
        }

        @Override
        public CommandText warning(String file) {
            return CommandText.around("its translation stamp is for " + target + " (" + SourceRevision.TARGET_TOKEN + target + "), the language of its source, not for "
                    + lang + ": the page counts as outdated; once it matches the source: ", " translations stamp " + file);
        }

        @Override
        public boolean copied() {
            return false;
        }
    }

    /**
     * A stamp that says its file was translated from a version in the file's own language, {@code lang}, which no tool
     * writes: a file is no translation of itself, so the stamp says nothing of which version of the source,
     * in {@code sourceLang}, it follows (nor does it make the file the source of its translationKey).
     */
    record OwnLanguage(int line, String lang, String sourceLang) implements StampFault {
        @Override
        public String note() {
            return "its stamp says it was translated from " + lang + " (" + SourceRevision.KEY + "=" + lang + " …), its own language, but its source is "
                    + sourceLang;
        }

        @Override
        public CommandText warning(String file) {
            return CommandText.around("its translation stamp says it was translated from " + lang + " (" + SourceRevision.KEY + "=" + lang + " …), its own language, but its source is "
                    + sourceLang + ": the page counts as outdated; once it matches the source: ", " translations stamp " + file);
        }

        @Override
        public boolean copied() {
            return false;
        }
    }
}
