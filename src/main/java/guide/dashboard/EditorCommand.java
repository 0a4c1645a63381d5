package guide.dashboard;

/**
 * A command an editor can run for one document, shown with a copy button.
 *
 * @param purpose what it does, e.g. "After review, mark it current"
 * @param line    the exact command line
 */
public record EditorCommand(String purpose, String line) {
}
