package guide.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;

/**
 * The preview-only reload script ({@code live.js}): served at {@link #PATH}, and added to every page the preview serves
 * with the number of the build the page comes from, so that a page whose live connection opens after the next build
 * still sees that it is out of date. The built files themselves never contain it.
 */
final class LiveScript {
    static final String PATH = "/__guide/live.js";

    private LiveScript() {
    }

    static void serve(HttpExchange exchange) throws IOException {
        try (InputStream in = LiveScript.class.getResourceAsStream("live.js")) {
            Responses.send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
        }
    }

    /** {@code html} with the script's tag before its {@code </body>} (or at its end), naming build {@code build}. */
    static String addedTo(String html, long build) {
        String tag = "<script type=\"module\" src=\"" + PATH + "?build=" + build + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }
}
