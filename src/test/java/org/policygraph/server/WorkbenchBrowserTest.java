package org.policygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end tests in Debian's Chromium (headless, background networking off) through the system chromedriver:
 * an example query shows rows, a search without diacritics finds and opens a result, a document page shows its
 * text and chain. Screenshots go to {@code target/screenshots/}. Every request the browser makes is checked to
 * go to the server itself. Skipped when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is absent
 * ({@code apt-get install -y chromium chromium-driver}).
 */
class WorkbenchBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    static TestServer server;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromium-driver are not installed");
        server = TestServer.start(false);
        profile = Files.createTempDirectory("pg-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    static WebDriverWait await() { return new WebDriverWait(driver, Duration.ofSeconds(30)); }

    static void shot(String name) throws IOException {
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Hosts of every request the page made since the last call (from Chrome's performance log). */
    static Set<String> requestedHosts() {
        Set<String> hosts = new HashSet<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String m = e.getMessage();
            if (!m.contains("\"Network.requestWillBeSent\"")) continue;
            int i = m.indexOf("\"url\":\"");
            if (i < 0) continue;
            String url = m.substring(i + 7, m.indexOf('"', i + 7));
            if (url.startsWith("http")) hosts.add(URI.create(url).getHost());
        }
        return hosts;
    }

    @Test
    void exampleQueryShowsRowsLinkedToResourcePages() throws IOException {
        driver.get(server.url("/"));
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        WebElement button = driver.findElement(By.cssSelector("button.example[data-file='documents.rq']"));
        button.click();
        await().until(d -> d.findElements(By.cssSelector("#yasgui .yasr table tbody tr")).size() >= 5);
        List<WebElement> rows = driver.findElements(By.cssSelector("#yasgui .yasr table tbody tr"));
        assertTrue(rows.size() >= 5, "rows: " + rows.size());
        List<String> hrefs = new ArrayList<>();
        await().until(d -> !d.findElements(By.cssSelector("#yasgui .yasr table tbody a[href^='/doc/']")).isEmpty());
        for (WebElement a : driver.findElements(By.cssSelector("#yasgui .yasr table tbody a[href^='/doc/']"))) hrefs.add(a.getAttribute("href"));
        assertFalse(hrefs.isEmpty(), "document IRIs link to local pages");
        // the editor knows the project's prefixes
        String query = (String) driver.executeScript("return window.pgYasgui.getTab().getQuery();");
        assertTrue(query.contains("PREFIX eli:"), query);
        driver.executeScript("document.querySelector('#yasgui .yasr table tbody tr').scrollIntoView();");
        shot("01-workbench-example-query");
        assertEquals(Set.of("127.0.0.1"), requestedHosts(), "no request to another host");
        driver.get(hrefs.get(0));
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        assertTrue(driver.findElement(By.cssSelector("table.props")).isDisplayed());
    }

    @Test
    void searchWithoutDiacriticsFindsAndOpensAResult() throws IOException {
        driver.get(server.url("/"));
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("nong thon moi");
        box.submit();
        await().until(d -> !d.findElements(By.cssSelector("ol.results li")).isEmpty());
        List<WebElement> marks = driver.findElements(By.cssSelector("ol.results mark"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equalsIgnoreCase("nông")), "accented words highlighted");
        shot("02-search-nong-thon-moi");
        driver.findElement(By.cssSelector("ol.results a.hit")).click();
        // the best hit is a document text, a task or a target, whichever the store holds: its page quotes the words
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        assertTrue(driver.findElement(By.tagName("main")).getText().toLowerCase().contains("nông thôn mới"));
        shot("03-search-result-document");
        assertEquals(Set.of("127.0.0.1"), requestedHosts(), "no request to another host");
    }

    @Test
    void documentPageShowsTextFactsAndChain() throws IOException {
        driver.get(server.url("/doc/party/kien-an-qu/nq/khoa-vi/06"));
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.source")));
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("06-NQ/QU"));
        assertFalse(driver.findElements(By.cssSelector("div.source mark.header a")).isEmpty(), "header facts marked in the text");
        assertFalse(driver.findElements(By.id("chain")).isEmpty(), "chain section");
        // language switch: Vietnamese interface labels
        driver.findElement(By.id("ui-lang")).click();
        String lang = (String) driver.executeScript("return document.documentElement.getAttribute('data-ui');");
        assertTrue(Set.of("vi", "en").contains(lang));
        if (!lang.equals("vi")) driver.findElement(By.id("ui-lang")).click();
        assertTrue(driver.findElement(By.cssSelector("h2#text")).getText().contains("Văn bản"));
        shot("04-document-06-nq-qu");
        driver.findElement(By.id("ui-lang")).click();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.navigate().refresh();
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.source")));
        Long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = driver.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.right > w + 1 && out.length < 5) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); }); return out.join(', ');");
        shot("05-document-phone");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        assertTrue(overflow <= 1, "no horizontal scrolling on a phone: " + overflow + " " + wide);
        assertEquals(Set.of("127.0.0.1"), requestedHosts(), "no request to another host");
    }

    /**
     * Follows 06-NQ/QU's upstream chain to a central document. Needs citation (eli:cites) or derivation links in
     * the store: skipped until the citation and derivation branches are merged.
     */
    @Test
    void chainFromDistrictResolutionToTheCentre() throws IOException {
        driver.get(server.url("/doc/party/kien-an-qu/nq/khoa-vi/06"));
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("chain")));
        Assumptions.assumeFalse(driver.findElements(By.cssSelector("ul.upstream a.chain-up")).isEmpty(),
                "CHAIN STEP PENDING: no citation or derivation links in the store yet");
        assertFalse(driver.findElements(By.cssSelector("#chain-diagram canvas")).isEmpty(), "cytoscape drew the chain");
        driver.executeScript("document.getElementById('chain').scrollIntoView();");
        shot("06-chain-diagram");
        Set<String> visited = new HashSet<>();
        for (int step = 0; step < 8; step++) {
            List<WebElement> up = driver.findElements(By.cssSelector("ul.upstream a.chain-up"));
            WebElement central = up.stream().filter(a -> a.getAttribute("data-level").endsWith("central")).findFirst().orElse(null);
            if (central != null) {
                central.click();
                await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
                shot("07-central-document");
                return;
            }
            WebElement next = up.stream().filter(a -> !visited.contains(a.getAttribute("href"))).findFirst().orElse(null);
            if (next == null) break;
            visited.add(next.getAttribute("href"));
            next.click();
            await().until(ExpectedConditions.presenceOfElementLocated(By.id("chain")));
        }
        throw new AssertionError("no central document reached from 06-NQ/QU; visited " + visited);
    }

    /**
     * Over the seeds and a sample of the real documents: the chain of the document with the largest chain among the
     * most cited is drawn in bands, a higher level always above a lower one, no two documents on one spot; with the
     * group limit lowered, documents of one issuer collapse into one node that opens on a click. The positions are
     * read from cytoscape in the page.
     */
    @Test
    void chainDiagramOfARealDocumentIsDrawnByLevel() throws Exception {
        TestServer corpus = TestServer.corpus();
        String page = largestChain(corpus);
        driver.get(corpus.url(page));
        await().until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.pgChain ? window.pgChain.nodes().length : 0") instanceof Long n && n > 0);
        List<java.util.Map<String, Object>> nodes = nodes();
        assertTrue(nodes.size() >= 10, page + ": " + nodes.size() + " nodes drawn");
        assertTrue(nodes.stream().map(n -> n.get("tier")).distinct().count() >= 2, "documents of two levels or more: " + page);
        assertLayered(nodes);
        driver.executeScript("document.getElementById('chain').scrollIntoView();");
        shot("08-chain-diagram-real-documents");
        // the sample has few documents of one issuer per chain: groups of more than two are collapsed for this check
        driver.executeScript("window.pgChainGroupLimit(2);");
        List<?> groups = (List<?>) driver.executeScript("return window.pgChain.nodes('[?collapsed]').map(function (n) { return n.id(); });");
        assertFalse(groups.isEmpty(), "several documents of one issuer drawn as one node");
        List<java.util.Map<String, Object>> collapsed = nodes();
        assertTrue(collapsed.size() < nodes.size(), "fewer nodes with groups collapsed");
        assertLayered(collapsed);
        driver.executeScript("window.pgChain.getElementById(arguments[0]).emit('tap');", groups.get(0));
        List<java.util.Map<String, Object>> opened = nodes();
        assertTrue(opened.size() > collapsed.size(), "a click on a group shows its documents");
        assertLayered(opened);
        shot("09-chain-diagram-groups");
        assertEquals(Set.of("127.0.0.1"), requestedHosts(), "no request to another host");
    }

    /** Tier and model position of every node drawn. */
    @SuppressWarnings("unchecked")
    static List<java.util.Map<String, Object>> nodes() {
        return (List<java.util.Map<String, Object>>) driver.executeScript("return window.pgChain.nodes().map(function (n) {"
                + " return { id: n.id(), tier: n.data('tier'), x: n.position('x'), y: n.position('y') }; });");
    }

    /** Every node of a higher tier above every node of a lower one; no two nodes closer than 20 pixels. */
    static void assertLayered(List<java.util.Map<String, Object>> nodes) {
        for (var a : nodes)
            for (var b : nodes) {
                if (a == b) continue;
                long ta = ((Number) a.get("tier")).longValue(), tb = ((Number) b.get("tier")).longValue();
                double ya = ((Number) a.get("y")).doubleValue(), yb = ((Number) b.get("y")).doubleValue();
                double xa = ((Number) a.get("x")).doubleValue(), xb = ((Number) b.get("x")).doubleValue();
                if (ta < tb) assertTrue(ya < yb, a.get("id") + " (tier " + ta + ", y " + ya + ") above " + b.get("id") + " (tier " + tb + ", y " + yb + ")");
                assertTrue(Math.hypot(xa - xb, ya - yb) >= 20, a.get("id") + " and " + b.get("id") + " overlap");
            }
    }

    /** Of the ten documents cited most, the page of the one whose chain diagram has the most documents. */
    static String largestChain(TestServer corpus) throws Exception {
        String q = "PREFIX eli: <http://data.europa.eu/eli/ontology#> SELECT ?d (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a eli:cites ?d ; a eli:LegalResource }"
                + " GROUP BY ?d ORDER BY DESC(?n) LIMIT 10";
        var r = corpus.get("/policy/sparql?query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        String best = null;
        int most = -1;
        for (String line : r.body().lines().skip(1).toList()) {
            String path = line.split(",")[0].substring(corpus.url("").length());
            String html = corpus.get(path, "text/html").body();
            int n = html.split("\"self\":").length - 1;
            if (n > most) { most = n; best = path; }
        }
        assertTrue(best != null && most >= 10, "a document with a chain of ten documents or more in the sample: " + best + " " + most);
        return best;
    }
}
