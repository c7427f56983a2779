package app.routecard.portal.web;

import app.routecard.portal.home.ServiceDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls a Routecard service on behalf of the signed-in user, with the user's own access token (or none, for the
 * few public calls). A service that does not answer, or answers 5xx, is {@link ServiceUnavailable}; a 404 is
 * "not found"; any other 4xx is the service's problem document as a {@link ServiceProblem}.
 */
@ApplicationScoped
public class ServiceClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceDirectory directory;
    private final ObjectMapper json;

    public ServiceClient(ServiceDirectory directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    /** A successful answer: its status, its JSON body (or null) and its raw bytes (a PDF, an image). */
    public record Answer(int status, JsonNode body, byte[] bytes, String contentType) {
    }

    public Answer get(String service, String path, String token) {
        return send(service, "GET", path, token, null, "application/json");
    }

    /** A document the service renders (a PDF, an image), asked for by its media type. */
    public Answer download(String service, String path, String token, String mediaType) {
        return send(service, "GET", path, token, null, mediaType);
    }

    public Answer post(String service, String path, String token, Object body) {
        return send(service, "POST", path, token, body, "application/json");
    }

    public Answer put(String service, String path, String token, Object body) {
        return send(service, "PUT", path, token, body, "application/json");
    }

    public Answer patch(String service, String path, String token, Object body) {
        return send(service, "PATCH", path, token, body, "application/json");
    }

    public Answer delete(String service, String path, String token) {
        return send(service, "DELETE", path, token, null, "application/json");
    }

    private Answer send(String service, String method, String path, String token, Object body, String accept) {
        String base = Optional.ofNullable(directory.services().get(service)).map(ServiceDirectory.Endpoint::url)
                .orElseThrow(() -> new IllegalArgumentException("No service " + service));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", accept + ", application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return interpret(service, response);
        } catch (IOException e) {
            throw new ServiceUnavailable(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable(service, e);
        }
    }

    private Answer interpret(String service, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode body = contentType.contains("json") && response.body().length > 0 ? parse(response.body()) : null;
        if (status >= 500) {
            throw new ServiceUnavailable(service, null);
        }
        if (status == 404) {
            throw new PageNotFound();
        }
        if (status >= 400) {
            throw ServiceProblem.of(status, body);
        }
        return new Answer(status, body, response.body(), contentType);
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }
}
