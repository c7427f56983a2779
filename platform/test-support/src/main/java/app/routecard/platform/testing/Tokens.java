package app.routecard.platform.testing;

import app.routecard.devstack.DevCredentials;
import app.routecard.devstack.StackLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real access tokens from the stack's Keycloak, through the password grant of the dev client. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** An access token for a demo user of the shared test stack. */
    public static String accessToken(String username) {
        return accessToken(TestStack.ensureUp(), DevCredentials.DEV_CLIENT, username, DevCredentials.DEMO_PASSWORD);
    }

    /** A token of Keycloak's master realm (its admin): valid, but issued by another realm than Routecard's. */
    public static String masterRealmAdminToken() {
        StackLayout stack = TestStack.ensureUp();
        return passwordGrant(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token", "admin-cli",
                DevCredentials.KEYCLOAK_ADMIN, DevCredentials.KEYCLOAK_ADMIN_PASSWORD, "openid");
    }

    public static String accessToken(StackLayout stack, String clientId, String username, String password) {
        return passwordGrant(stack.issuer() + "/protocol/openid-connect/token", clientId, username, password,
                "openid organization");
    }

    private static String passwordGrant(String tokenEndpoint, String clientId, String username, String password,
                                        String scope) {
        String form = "grant_type=password&scope=" + encode(scope)
                + "&client_id=" + encode(clientId)
                + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The token's payload (claims), decoded without checking the signature: for assertions only. */
    public static JsonNode claims(String token) {
        try {
            String payload = token.split("\\.")[1];
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JWT", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
