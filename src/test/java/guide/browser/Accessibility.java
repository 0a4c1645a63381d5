package guide.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

/**
 * axe-core's findings on the page open in a browser, from a run that is known to have finished. axe-core's Selenium
 * binding reports a run that failed (a script timeout, say) as a result with an error and no violations, which reads
 * as "no violations": every check here refuses such a run instead. In a browser started without JavaScript axe-core
 * cannot run (its timers never fire, and the binding waits out its 30-second script timeout), so
 * {@link #violationsWithoutJavaScript} lets scripts run for the check only. The page's own scripts ran at load or not
 * at all, but with scripts on Chromium stops laying out what a {@code <noscript>} holds, the very parts a reader
 * without JavaScript sees: their content moves into a plain wrapper first, and the check fails if any of it is not
 * laid out while axe-core runs.
 */
final class Accessibility {
    private Accessibility() {
    }

    /** The violations of every rule on the page open in {@code browser}, which runs JavaScript. */
    static List<Rule> violations(ChromeDriver browser) {
        return violations(new AxeBuilder(), browser);
    }

    /** The violations {@code axe} finds on the page open in {@code browser}, which runs JavaScript. */
    static List<Rule> violations(AxeBuilder axe, ChromeDriver browser) {
        Results results = axe.analyze(browser);
        if (results.isErrored() || results.getPasses() == null) {
            throw new AssertionError("axe-core did not finish on " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations();
    }

    /**
     * The violations of every rule on the page open in {@code browser}, a browser started without JavaScript
     * ({@link Browser#start(boolean)} with false), which stays without it for the page's own scripts.
     */
    static List<Rule> violationsWithoutJavaScript(ChromeDriver browser) {
        browser.executeScript(UNWRAP_NOSCRIPT);
        // Chromium applies the override only when it changes the emulated state: set it first, then lift it.
        scriptsDisabled(browser, true);
        scriptsDisabled(browser, false);
        try {
            Object hidden = browser.executeScript(NOT_LAID_OUT);
            if (!"".equals(hidden)) {
                throw new AssertionError("axe-core would not check what <noscript> holds on " + browser.getCurrentUrl()
                        + ", not laid out with scripts on: " + hidden);
            }
            return violations(browser);
        } finally {
            scriptsDisabled(browser, true);
        }
    }

    /** Moves what each {@code <noscript>} holds into a wrapper that lays out as its content would ({@code display: contents}). */
    private static final String UNWRAP_NOSCRIPT = "document.querySelectorAll('noscript').forEach(n => {"
            + " const w = document.createElement('div'); w.style.display = 'contents'; w.setAttribute('data-was-noscript', '');"
            + " while (n.firstChild) { w.appendChild(n.firstChild); } n.replaceWith(w); });";

    /** The former {@code <noscript>} elements none of whose elements is laid out, by the first element's tag and class. */
    private static final String NOT_LAID_OUT = "return [...document.querySelectorAll('[data-was-noscript]')]"
            + ".filter(w => ![...w.querySelectorAll('*')].some(e => e.getClientRects().length > 0))"
            + ".map(w => w.firstElementChild ? w.firstElementChild.tagName + '.' + w.firstElementChild.className : 'empty').join(', ');";

    private static void scriptsDisabled(ChromeDriver browser, boolean disabled) {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", disabled));
    }
}
