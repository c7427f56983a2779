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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo tenants, onboarded through tenant-service's own API by {@code ./routecard up}, exactly as an operator
 * would: the demo exercises the real path. Onboarding is idempotent, so every {@code up} may run it.
 */
public final class DemoTenants {

    public record DemoTenant(String name, String kind, String slug, String adminEmail, String adminFirstName,
                             String adminLastName) {
    }

    /** The operator tenant first: its operator onboards the others. */
    public static final List<DemoTenant> ALL = List.of(
            new DemoTenant("Routecard Operations", "OPERATOR", "routecard-ops", "olivia@routecard.example", "Olivia", "Okafor"),
            new DemoTenant("Northwind Robotics", "BUYER", "northwind", "nina@northwind.example", "Nina", "Novak"),
            new DemoTenant("Kestrel Medical Devices", "BUYER", "kestrel", "kai@kestrel.example", "Kai", "Keller"),
            new DemoTenant("Acme Precision Machining", "SHOP", "acme", "alex@acme.example", "Alex", "Alvarez"),
            new DemoTenant("Bluefin Fabrication", "SHOP", "bluefin", "bea@bluefin.example", "Bea", "Brandt"),
            new DemoTenant("Cobalt CNC Works", "SHOP", "cobalt", "cole@cobalt.example", "Cole", "Carter"));

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoTenants() {
    }

    /** Onboards every demo tenant that is not registered yet; throws if tenant-service refuses one. */
    public static void seed(StackLayout stack, PrintStream out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = accessToken(stack, http, ALL.get(0).adminEmail());
        int created = 0;
        for (DemoTenant tenant : ALL) {
            String body = String.format(
                    "{\"name\":\"%s\",\"kind\":\"%s\",\"slug\":\"%s\",\"adminEmail\":\"%s\","
                            + "\"adminFirstName\":\"%s\",\"adminLastName\":\"%s\"}",
                    tenant.name(), tenant.kind(), tenant.slug(), tenant.adminEmail(), tenant.adminFirstName(),
                    tenant.adminLastName());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(stack.serviceUrl(Service.TENANT) + "/api/tenants"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() != 200) {
                throw new IOException("tenant-service refused demo tenant " + tenant.slug() + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
        }
        out.println("  demo tenants           " + ALL.size() + " registered through tenant-service ("
                + created + " new)");
    }

    /** A demo user's access token (password grant on the dev client). */
    static String accessToken(StackLayout stack, HttpClient http, String email) throws IOException,
            InterruptedException {
        String form = "grant_type=password&client_id=" + DevCredentials.DEV_CLIENT
                + "&scope=openid%20organization"
                + "&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DevCredentials.DEMO_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(stack.issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IOException("Keycloak refused the demo login of " + email + ": HTTP " + response.statusCode());
        }
        return token.group(1);
    }
}
