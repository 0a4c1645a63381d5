package guide.dashboard;

import guide.content.ContentDocument;
import guide.site.GuideCommand;
import guide.translation.AboutPageName;
import guide.translation.TranslationState;
import guide.translation.TranslationState.Status;
import guide.translation.TypeAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The exact commands for one document in one language, as an editor types them in the project
 * folder: start a missing translation ({@code ./guide translate … --name …}, the name a placeholder, {@code NAME}, for the
 * editor to replace with the page's address in its language; for the about page the name its language's
 * aboutUrl requires; for a home or not-found page, whose address its type gives, its source's name), and mark a reviewed outdated translation
 * current ({@code ./guide translations stamp …}).
 */
final class DashboardCommands {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9/._-]+");
    /**
     * What the command for a new page has for its name until the editor types one: the name is the page's address in the
     * target language, and nothing the dashboard knows before the page is translated is in that language (the translationKey
     * is in no particular one, the source's title in the source's). In capitals, which no file name has, so the command run
     * as copied is refused, naming it, rather than publishing an address in the wrong language.
     */
    static final String NAME = "NAME";

    private DashboardCommands() {
    }

    /**
     * @param languageName a language's English name, by code
     * @param about        the name a translation of the about page must have, which the command gives instead of the translationKey
     */
    static List<EditorCommand> of(TranslationState state, Function<String, String> languageName, AboutPageName about) {
        List<EditorCommand> commands = new ArrayList<>();
        if (state.status() == Status.MISSING && state.source() != null && !state.source().lang().equals(state.lang())) {
            Optional<String> required = about.required(state);
            Optional<TypeAddress> byType = TypeAddress.of(state.source(), state.lang());
            String language = languageName.apply(state.lang());
            String start = "Start the translation (a draft with the " + languageName.apply(state.source().lang()) + " text to translate; ";
            commands.add(new EditorCommand(required.isPresent()
                    ? start + "--name is the address aboutUrl gives the " + language + " about page in "
                            + about.stringsFile(state.lang()) + ": keep it, or the header and footer link to no page)"
                    : byType.isPresent() ? start + "--name names the file only: " + byType.get().reason(language) + ")"
                    : start + "--name is the new page's address in " + language + ": replace NAME with a few words of its " + language
                            + " title, in lowercase letters, digits and single hyphens; or download its XLIFF, and the import of the"
                            + " translated file suggests a name from its title)",
                    GuideCommand.name() + " translate " + quoted(path(state.source())) + " --to " + state.lang() + " --name "
                            + quoted(required.or(() -> byType.map(TypeAddress::name)).orElse(NAME))));
        }
        if (state.status() == Status.OUTDATED) {
            commands.add(new EditorCommand(state.copied() ? "Once it is translated into " + languageName.apply(state.lang()) + ", mark it current"
                    : "After updating the translation, mark it current",
                    GuideCommand.name() + " translations stamp " + quoted(path(state.document()))));
        }
        return commands;
    }

    static String path(ContentDocument doc) {
        return doc.source().toString().replace('\\', '/');
    }

    /** A word as a POSIX shell reads it literally. */
    private static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
