package app.routecard.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo data's calls to the services, made as the demo people would make them: each user's own token (asked for
 * once), JSON in and out, and an {@link IOException} naming the call when a service answers otherwise than expected.
 */
final class DemoCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackLayout stack;
    private final String what;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    /** Calls for {@code what} ("the demo history"), which the errors name. */
    DemoCalls(StackLayout stack, String what) {
        this.stack = stack;
        this.what = what;
    }

    /** The answer's JSON (an empty object for an empty body); throws when the status is not {@code expected}. */
    JsonNode call(String method, Service service, String path, String user, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, service, path, user, body);
        if (response.statusCode() != expected) {
            throw new IOException(what + "'s " + method + " " + path + " answered HTTP " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** The answer as it came, whatever its status. */
    HttpResponse<String> send(String method, Service service, String path, String user, String body)
            throws IOException, InterruptedException {
        String token = tokens.get(user);
        if (token == null) {
            token = DemoTenants.accessToken(stack, http, user);
            tokens.put(user, token);
        }
        return http.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(service) + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
