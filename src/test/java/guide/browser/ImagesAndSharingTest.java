package guide.browser;

import guide.image.ResponsiveImagesTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium, on a slow connection: an article with a large photo, a diagram and an SVG does not
 * move while its images arrive (cumulative layout shift 0, measured with a PerformanceObserver
 * for 'layout-shift'), a phone loads a small copy of the photo, and the share sheet button appears
 * only where the browser has the Web Share API.
 */
class ImagesAndSharingTest {
    @TempDir
    static Path temp;
    static PreviewedSite server;
    static String base;
    static HttpServer slow;
    static String slowImages;

    @BeforeAll
    static void serve() throws Exception {
        Path project = ResponsiveImagesTest.withImages(temp.resolve("project"), "Akapit, który odsuwa dalsze obrazy w dół strony.\n\n".repeat(30));
        server = PreviewedSite.serve(project);
        base = server.base();
        slow = slowImageServer(project.resolve("target/site"));
        slowImages = "http://localhost:" + slow.getAddress().getPort();
    }

    /**
     * The built site served as it is, except that every image arrives 1.5 s late: the page is
     * painted before its images, as on a slow phone connection, so an image without a reserved
     * size would push the text below it down.
     */
    static HttpServer slowImageServer(Path root) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if (path.matches(".*\\.(jpg|png|svg)$")) {
                sleep(1500);
            }
            String type = path.endsWith(".css") ? "text/css" : path.endsWith(".js") ? "text/javascript" : path.endsWith(".jpg") ? "image/jpeg"
                    : path.endsWith(".png") ? "image/png" : path.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8";
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        return http;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (slow != null) {
            slow.stop(0);
        }
    }

    @Test
    void imagesArrivingLateMoveNothingAndAPhoneGetsASmallCopy() {
        ChromeDriver chrome = Browser.start(true);
        try {
            chrome.manage().window().setSize(new Dimension(390, 844));
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    window.__shifts = [];
                    new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shifts.push(e.value); })
                        .observe({type: 'layout-shift', buffered: true});"""));
            chrome.get(slowImages + "/pl/zdjecia/");
            wait(chrome, "return [...document.images].filter(i => i.loading !== 'lazy').every(i => i.complete)");
            for (int step = 0; step < 12; step++) {
                chrome.executeScript("window.scrollBy(0, window.innerHeight * 0.6)");
                sleep(150);
            }
            wait(chrome, "return [...document.images].every(i => i.complete && i.naturalWidth > 0)");
            sleep(500);
            @SuppressWarnings("unchecked")
            List<Number> shifts = (List<Number>) chrome.executeScript("return window.__shifts");
            double cls = shifts.stream().mapToDouble(Number::doubleValue).sum();
            assertEquals(0.0, cls, 1e-9, "layout shifts while images loaded: " + shifts);
            String photo = (String) chrome.executeScript("return document.querySelector('img[alt^=Biurko]').currentSrc");
            assertTrue(photo.endsWith("/images/biurko-480w.jpg"), "a 390-pixel phone loads the 480-pixel copy, not " + photo);
        } finally {
            chrome.quit();
        }
    }

    @Test
    void theShareSheetButtonAppearsOnlyWhereTheBrowserHasOne() {
        ChromeDriver plain = Browser.start(true);
        try {
            plain.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "delete Navigator.prototype.share;"));
            plain.get(base + "/pl/zdjecia/");
            sleep(300);
            assertFalse(plain.findElement(By.cssSelector("[data-share-native]")).isDisplayed(), "no Web Share API, no button");
            assertTrue(plain.findElements(By.cssSelector("section.share a")).stream().allMatch(WebElement::isDisplayed));
        } finally {
            plain.quit();
        }
        ChromeDriver phone = Browser.start(true);
        try {
            phone.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "Navigator.prototype.share = function (data) { window.__shared = data; return Promise.resolve(); };"));
            phone.get(base + "/pl/zdjecia/");
            WebElement button = phone.findElement(By.cssSelector("[data-share-native] button"));
            Browser.waitUpTo(phone, Duration.ofSeconds(5)).until(d -> button.isDisplayed());
            phone.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            @SuppressWarnings("unchecked")
            Map<String, Object> shared = (Map<String, Object>) Browser.waitUpTo(phone, Duration.ofSeconds(5))
                    .until(d -> phone.executeScript("return window.__shared"));
            assertEquals("Zdjęcia w artykule", shared.get("title"), "the title as typed, without the heading's no-break space after 'w'");
            assertEquals("https://guide.test/pl/zdjecia/", shared.get("url"));
        } finally {
            phone.quit();
        }
    }

    @Test
    void withoutJavaScriptTheLinksStayAndTheButtonStaysHidden() {
        ChromeDriver chrome = Browser.start(false);
        try {
            chrome.get(base + "/pl/zdjecia/");
            assertFalse(chrome.findElement(By.cssSelector("[data-share-native]")).isDisplayed());
            List<String> links = chrome.findElements(By.cssSelector("section.share a")).stream().map(a -> a.getAttribute("href")).toList();
            assertTrue(links.stream().anyMatch(h -> h.startsWith("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2F")), links.toString());
            assertTrue(links.stream().anyMatch(h -> h.startsWith("https://wa.me/?text=Zdj%C4%99cia%20w%20artykule%20https%3A%2F%2F")), links.toString());
        } finally {
            chrome.quit();
        }
    }

    private static void wait(ChromeDriver chrome, String condition) {
        Browser.waitUpTo(chrome, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(chrome.executeScript(condition)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
