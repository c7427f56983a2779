package app.routecard.portal.home;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/** Asks every service who the signed-in user is, with the user's own access token. */
@ApplicationScoped
public class ServiceProbe {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceDirectory directory;
    private final ObjectMapper json;

    public ServiceProbe(ServiceDirectory directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    public record ServiceView(String name, String url, int status, String roles, String database) {
        public boolean ok() {
            return status == 200;
        }
    }

    public List<ServiceView> probeAll(String accessToken) {
        Map<String, CompletableFuture<ServiceView>> calls = new TreeMap<>();
        directory.services().forEach((name, endpoint) ->
                calls.put(name, CompletableFuture.supplyAsync(() -> probe(name, endpoint.url(), accessToken))));
        return calls.values().stream().map(CompletableFuture::join).toList();
    }

    private ServiceView probe(String name, String url, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/whoami"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + accessToken)
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new ServiceView(name, url, response.statusCode(), "", "");
            }
            JsonNode body = json.readTree(response.body());
            return new ServiceView(name, url, 200, body.path("roles").toString(),
                    body.path("database").path("database").asText());
        } catch (IOException e) {
            return new ServiceView(name, url, -1, "", "unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ServiceView(name, url, -1, "", "interrupted");
        }
    }
}
