package guide.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's import writes files, so only a POST from the preview's own page may use it: a
 * foreign Host (DNS rebinding), a missing or wrong token (a form on another site), another origin,
 * a GET or an oversized body are refused, and content/ stays byte for byte as it was. The same
 * upload with the token is accepted, so the refusals are the guard's, not a broken upload.
 */
class DashboardWriteGuardTest {
    @TempDir
    static Path temp;
    static DashboardFixture preview;
    static String token;
    static byte[] xliff;

    @BeforeAll
    static void start() throws Exception {
        preview = new DashboardFixture(temp.resolve("project"));
        token = preview.token();
        xliff = preview.translatedPricingXliff();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    void refusedRequestsWriteNothing() throws Exception {
        Map<String, String> before = preview.contentSnapshot();
        String local = "localhost:" + preview.port;
        assertEquals(421, post("rebound.attacker.example:" + preview.port, null, form(token)), "foreign Host, even with the token");
        assertEquals(403, post(local, null, form(null)), "no token");
        assertEquals(403, post(local, null, form("not-the-token")), "wrong token");
        assertEquals(403, post(local, "http://attacker.example", form(token)), "another site's page");
        assertEquals(405, request("GET", local, null, "", new byte[0]), "GET does not import");
        assertEquals(413, request("POST", local, null, "multipart/form-data; boundary=x", new byte[(int) UploadForm.MAX_BODY + 1]), "too large");
        Thread.sleep(300);
        assertEquals(before, preview.contentSnapshot(), "content/ is unchanged");
    }

    @Test
    void theSameUploadWithTheTokenIsImported() throws Exception {
        assertEquals(303, post("127.0.0.1:" + preview.port, "http://127.0.0.1:" + preview.port, form(token)));
        String text = Files.readString(preview.project.resolve(DashboardFixture.PRICING_EN), StandardCharsets.UTF_8);
        assertTrue(text.contains(DashboardFixture.NEW_TRANSLATION_BLOCK), text);
    }

    private static byte[] form(String tokenValue) {
        String boundary = "----guide-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (tokenValue != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + tokenValue + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pricing.pl-en.xlf\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xliff);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static int post(String host, String origin, byte[] body) throws IOException {
        return request("POST", host, origin, "multipart/form-data; boundary=----guide-test-boundary", body);
    }

    /** The status of a request sent over a plain socket (Java's HTTP client does not let a caller set Host). */
    private static int request(String method, String host, String origin, String type, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.port)) {
            OutputStream out = socket.getOutputStream();
            String head = method + " /__guide/translations/import HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n")
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading a body it refuses
            }
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return Integer.parseInt(line.toString().split(" ")[1]);
        }
    }
}
