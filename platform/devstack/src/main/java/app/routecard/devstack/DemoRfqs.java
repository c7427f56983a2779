package app.routecard.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Northwind's demo RFQ, drafted and posted through marketplace-service by its buyer on {@code ./routecard up}
 * when Northwind has none with its title yet: routing then offers it to Acme within seconds, so a newcomer finds a
 * live RFQ on Northwind's side and an offer on Acme's board.
 */
public final class DemoRfqs {

    static final String TITLE = "Gripper mounting plates (demo)";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private DemoRfqs() {
    }

    public static void seed(StackLayout stack, PrintStream out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = DemoTenants.accessToken(stack, http, "nina@northwind.example");
        String rfqs = stack.serviceUrl(Service.MARKETPLACE) + "/api/rfqs";
        HttpResponse<String> existing = send(http, token, HttpRequest.newBuilder(URI.create(rfqs + "?q="
                + URLEncoder.encode(TITLE, StandardCharsets.UTF_8))).GET());
        if (existing.statusCode() == 200 && existing.body().contains(TITLE)) {
            out.println("  demo RFQ               Northwind's is there already");
            return;
        }
        HttpResponse<String> drafted = send(http, token, HttpRequest.newBuilder(URI.create(rfqs))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body())));
        Matcher id = ID.matcher(drafted.body());
        if (drafted.statusCode() != 201 || !id.find()) {
            throw new IOException("marketplace-service refused the demo RFQ: HTTP " + drafted.statusCode() + " "
                    + drafted.body());
        }
        HttpResponse<String> posted = send(http, token, HttpRequest.newBuilder(URI.create(rfqs + "/" + id.group(1)
                + "/post")).POST(HttpRequest.BodyPublishers.noBody()));
        if (posted.statusCode() != 200) {
            throw new IOException("marketplace-service did not post the demo RFQ: HTTP " + posted.statusCode() + " "
                    + posted.body());
        }
        out.println("  demo RFQ               Northwind's posted through marketplace-service (routed within seconds)");
    }

    private static String body() {
        return "{\"title\":\"" + TITLE + "\",\"lines\":[{\"partNumber\":\"GRP-PLATE-4\",\"revision\":\"B\","
                + "\"quantities\":[40,200],\"process\":\"CNC_MILLING_3_AXIS\",\"material\":\"Aluminium 6061\","
                + "\"finish\":\"anodized clear\",\"envelope\":{\"lengthMm\":180,\"widthMm\":120,\"heightMm\":12}}],"
                + "\"certifications\":[\"ISO_9001\"],\"targetShipDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(45)
                + "\",\"quoteDeadline\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0)
                + "\",\"shipTo\":{\"country\":\"DE\",\"subdivision\":\"DE-BY\"},\"currency\":\"EUR\","
                + "\"inviteOnly\":false,\"invited\":[],\"blocked\":[],\"notes\":\"Demo RFQ from ./routecard up\"}";
    }

    private static HttpResponse<String> send(HttpClient http, String token, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
