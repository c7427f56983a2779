package app.routecard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.devstack.DevCredentials;
import app.routecard.devstack.Service;
import app.routecard.devstack.StackLayout;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Journeys through the portal in a real Chromium, signed in through Keycloak's real login page, against the
 * packaged product that {@code ./routecard up} started. One browser for all journeys; each person gets a
 * browser context of their own (their own cookies).
 */
public final class PortalJourneys implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEYCLOAK = Pattern.compile(".*/realms/routecard/.*");

    private final StackLayout stack;
    private final Function<String, String> tokens;
    private final Path screenshots;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Playwright playwright;
    private Browser browser;

    public PortalJourneys(StackLayout stack, Function<String, String> tokens, Path screenshots) {
        this.stack = stack;
        this.tokens = tokens;
        this.screenshots = screenshots;
    }

    /** Chromium, started once (installed first if the machine lacks it and we may install it). */
    Browser browser() {
        if (browser == null) {
            Path chromium = Browsers.chromium();
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
        }
        return browser;
    }

    /** A phone: 375 × 812, touch, as a floor operator holds it. */
    BrowserContext phone() {
        return browser().newContext(new Browser.NewContextOptions().setViewportSize(375, 812)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
    }

    public BrowserContext desktop() {
        return browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    public String portal() {
        return stack.serviceUrl(Service.PORTAL);
    }

    /** Keycloak's login here asks for the username first, then the password. */
    public void signInAt(Page page, String username) {
        signInAt(page, username, DevCredentials.DEMO_PASSWORD);
    }

    void signInAt(Page page, String username, String password) {
        page.waitForURL(KEYCLOAK);
        page.locator("#username").fill(username);
        page.locator("#kc-login").click();
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(portal()));
    }

    /** Clicks the button with this accessible name, as a person would find it. */
    static void press(Page page, String button) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(button)).click();
    }

    void screenshot(Page page, String name) {
        try {
            Files.createDirectories(screenshots);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** axe-core over the page: the critical and serious violations, each as "rule: help (n elements)". */
    static List<String> seriousAccessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        return results.getViolations().stream()
                .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                .map(PortalJourneys::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " (" + rule.getNodes().size() + " elements)";
    }

    /**
     * Posts a form as the page would, with the context's CSRF token (its HttpOnly cookie is visible to the test,
     * not to the page): for input a browser's own form checks would not even send.
     */
    static com.microsoft.playwright.APIResponse postForm(BrowserContext context, String url,
                                                         Map<String, String> fields) {
        String token = context.cookies().stream().filter(cookie -> "rc_csrf".equals(cookie.name))
                .map(cookie -> cookie.value).findFirst().orElseThrow(() -> new AssertionError("no rc_csrf cookie"));
        FormData form = FormData.create().set("_csrf", token);
        fields.forEach(form::set);
        return context.request().post(url, RequestOptions.create().setForm(form).setMaxRedirects(0));
    }

    /** Posts a form without its CSRF token from inside the signed-in context: the cookies go, the token not. */
    static int postWithoutCsrfToken(BrowserContext context, String url) {
        return context.request().post(url, RequestOptions.create().setForm(FormData.create().set("good", "1")))
                .status();
    }

    // --- the product's API, as the office would use it, to set journeys up and check their outcome ---

    /** A released job with a two-step route, imported as the ERP would (so the journey owns its own job). */
    String releasedJob(String partNumber) throws Exception {
        String erpId = "E2E-" + System.nanoTime();
        String order = JSON.writeValueAsString(Map.of("erpOrderId", erpId, "customerName", "Northwind Robotics",
                "partNumber", partNumber, "revision", "C", "quantity", 12,
                "dueDate", java.time.LocalDate.now().plusDays(20).toString(), "release", true,
                "route", List.of(Map.of("name", "Saw", "workCenter", "SAW-1", "plannedHours", 1),
                        Map.of("name", "Mill", "workCenter", "VMC-2", "plannedHours", 3))));
        JsonNode imported = api("POST", Service.JOB, "/api/erp/production-orders", "alex@acme.example", order, 201);
        return imported.path("job").path("id").asText();
    }

    /** A job as it arrives from the ERP without a route, not yet released: the office plans it. */
    String unplannedJob(String partNumber) throws Exception {
        String order = JSON.writeValueAsString(Map.of("erpOrderId", "E2E-" + System.nanoTime(),
                "customerName", "Northwind Robotics", "partNumber", partNumber, "revision", "A", "quantity", 40,
                "dueDate", java.time.LocalDate.now().plusDays(30).toString(), "release", true));
        return api("POST", Service.JOB, "/api/erp/production-orders", "alex@acme.example", order, 201)
                .path("job").path("id").asText();
    }

    /** A released two-step job worked through and inspected: ready to ship (as the floor would have left it). */
    String readyToShip(String partNumber) throws Exception {
        String job = releasedJob(partNumber);
        for (int scan = 0; scan < 4; scan++) {
            api("POST", Service.JOB, "/api/jobs/" + job + "/route/scan", "alex@acme.example", "{}", 200);
        }
        api("POST", Service.JOB, "/api/jobs/" + job + "/stage", "alex@acme.example", "{\"to\":\"READY_TO_SHIP\"}",
                200);
        return job;
    }

    /** The URL in the QR code of the job's printed traveler: page 1 rendered, the code decoded. */
    String floorUrlFromTraveler(String job) throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(Service.JOB)
                        + "/api/jobs/" + job + "/traveler.pdf"))
                .header("Authorization", "Bearer " + tokens.apply("alex@acme.example")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // As a phone's camera does: look again at another resolution and threshold before giving up.
            for (int dpi : new int[]{150, 200, 300}) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
                int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                RGBLuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
                for (com.google.zxing.Binarizer binarizer : List.of(new HybridBinarizer(source),
                        new com.google.zxing.common.GlobalHistogramBinarizer(source))) {
                    try {
                        return new QRCodeReader().decode(new BinaryBitmap(binarizer),
                                Map.of(DecodeHintType.TRY_HARDER, true)).getText();
                    } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException
                             | com.google.zxing.FormatException notThisWay) {
                        // next resolution or threshold
                    }
                }
            }
        }
        Files.createDirectories(screenshots);
        Path kept = screenshots.resolve("traveler-without-a-readable-qr-code.pdf");
        Files.write(kept, pdf.body());
        throw new AssertionError("No QR code could be read on the traveler of job " + job + " (kept as " + kept
                + ")");
    }

    /** The traveler as printed: its text, and the addresses its links open (the released files). */
    record PrintedTraveler(String text, List<String> links) {
    }

    PrintedTraveler traveler(String job) throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(Service.JOB)
                        + "/api/jobs/" + job + "/traveler.pdf"))
                .header("Authorization", "Bearer " + tokens.apply("alex@acme.example")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            List<String> links = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI
                            uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            return new PrintedTraveler(new org.apache.pdfbox.text.PDFTextStripper().getText(document), links);
        }
    }

    /** A one-page PDF drawing that says what it is, as a CAD system would export it. */
    static byte[] drawing(String title) throws IOException {
        try (PDDocument document = new PDDocument(); java.io.ByteArrayOutputStream out =
                new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 24);
                content.newLineAtOffset(72, 700);
                content.showText(title);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A draft quote of Acme's with one line. */
    String draftQuote(String customer) throws Exception {
        String quote = JSON.writeValueAsString(Map.of("customerName", customer, "lines", List.of(Map.of(
                "partNumber", "QTE-1", "revision", "A", "quantity", 5, "unitPrice", 20, "leadTimeDays", 10))));
        return api("POST", Service.JOB, "/api/quotes", "alex@acme.example", quote, 201).path("id").asText();
    }

    JsonNode shareLink(String job) throws Exception {
        return api("POST", Service.JOB, "/api/jobs/" + job + "/share-links", "alex@acme.example",
                "{\"expiresInHours\": 2, \"label\": \"e2e customer\"}", 201);
    }

    void revoke(String job, String link) throws Exception {
        api("POST", Service.JOB, "/api/jobs/" + job + "/share-links/" + link + "/revoke", "alex@acme.example", "",
                200);
    }

    List<String> timeline(String job) throws Exception {
        JsonNode page = api("GET", Service.JOB, "/api/jobs/" + job + "/timeline?size=200", "alex@acme.example",
                null, 200);
        List<String> lines = new java.util.ArrayList<>();
        page.path("items").forEach(item -> lines.add(item.path("what").asText()));
        return lines;
    }

    JsonNode api(String method, Service service, String path, String user, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.serviceUrl(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.apply(user))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    static int status(Response response) {
        return response == null ? -1 : response.status();
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
