package app.routecard.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The three demo shops' capability profiles, saved through marketplace-service by each shop's admin on every
 * {@code ./routecard up} (a PUT: the same profile again changes nothing): Acme mills and turns aluminium and
 * steel under ISO 9001, Bluefin does sheet metal, laser cutting and welding, Cobalt 5-axis titanium under AS9100.
 */
public final class DemoProfiles {

    private record DemoProfile(String admin, List<String> processes, List<String> materials,
                               String certification, int[] envelope, int maxQuantity, String region,
                               int leadDays) {
    }

    private static final List<DemoProfile> SHOPS = List.of(
            new DemoProfile("alex@acme.example", List.of("CNC_MILLING_3_AXIS", "CNC_TURNING", "ANODIZING"),
                    List.of("Aluminium 6061", "Aluminium 7075", "Steel 1.4301", "Steel C45"), "ISO_9001",
                    new int[]{600, 400, 300}, 5000, "DE-BY", 15),
            new DemoProfile("bea@bluefin.example", List.of("SHEET_METAL", "LASER_CUTTING", "WELDING",
                    "POWDER_COAT"), List.of("Steel DC01", "Steel 1.4301", "Aluminium 5754"), "ISO_9001",
                    new int[]{2500, 1250, 600}, 10000, "DE-NW", 10),
            new DemoProfile("cole@cobalt.example", List.of("CNC_MILLING_5_AXIS", "CNC_TURNING"),
                    List.of("Titanium grade 5", "Aluminium 7075", "Inconel 718"), "AS9100",
                    new int[]{800, 600, 500}, 500, "AT-9", 25));

    private DemoProfiles() {
    }

    public static void seed(StackLayout stack, PrintStream out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String marketplace = stack.serviceUrl(Service.MARKETPLACE);
        for (DemoProfile shop : SHOPS) {
            String token = DemoTenants.accessToken(stack, http, shop.admin());
            HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(marketplace + "/api/profile"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body(shop))).build(), HttpResponse.BodyHandlers.ofString());
            if (saved.statusCode() != 200) {
                throw new IOException("marketplace-service refused the demo profile of " + shop.admin() + ": HTTP "
                        + saved.statusCode() + " " + saved.body());
            }
        }
        out.println("  demo profiles          " + SHOPS.size() + " shops through marketplace-service");
    }

    private static String body(DemoProfile shop) {
        String country = shop.region().substring(0, 2);
        return "{\"takesMarketplaceWork\":true,\"processes\":" + array(shop.processes()) + ",\"materials\":"
                + array(shop.materials()) + ",\"certifications\":[{\"certification\":\"" + shop.certification()
                + "\",\"expiresOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusYears(2) + "\"}],\"maxEnvelope\":{"
                + "\"lengthMm\":" + shop.envelope()[0] + ",\"widthMm\":" + shop.envelope()[1] + ",\"heightMm\":"
                + shop.envelope()[2] + "},\"minQuantity\":1,\"maxQuantity\":" + shop.maxQuantity()
                + ",\"shipFrom\":{\"country\":\"" + country + "\",\"subdivision\":\"" + shop.region()
                + "\"},\"shipsTo\":[],\"maxOpenOffers\":10,\"maxOpenJobs\":5,\"blackouts\":[],"
                + "\"typicalLeadDays\":" + shop.leadDays() + "}";
    }

    private static String array(List<String> values) {
        return "[" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
    }
}
