package guide.translation.xliff;

/**
 * How an export says that a file makes a new page and what its import's {@code --name} is: one wording for the note in the
 * file's header (which CAT tools show with the file) and for {@code ./guide translations export}'s own note, so the two say the
 * same thing in the same words.
 */
public final class NewPageWords {
    private NewPageWords() {
    }

    /** "a new English page": {@code language} is the language's English name. */
    public static String page(String language) {
        return "a new " + language + " page";
    }

    /** What to give the import: "--name NAME: its file name, which is its address, in English". */
    public static String name(String language) {
        return "--name NAME: its file name, which is its address, in " + language;
    }
}
