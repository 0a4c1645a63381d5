package guide.dashboard;

import java.util.List;

/**
 * What an import through the dashboard did, as the page shows it.
 *
 * @param imported true when the files were written, false when the checks refused them (nothing written)
 * @param headline one sentence, e.g. "Imported 1 translation."
 * @param messages one line per file or problem, as {@code ./guide translations import} prints them
 */
public record ImportOutcome(boolean imported, String headline, List<String> messages) {

    public ImportOutcome {
        messages = List.copyOf(messages);
    }
}
