package app.routecard.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Cheap readiness probes against loopback servers. */
final class Probes {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private Probes() {
    }

    static int httpStatus(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Whether a MicroProfile Health endpoint answers 200 with the overall status UP. */
    static boolean healthIsUp(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && isUp(response.body());
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The overall status of a health document, {"status": "UP", "checks": [...]}. */
    static boolean isUp(String healthJson) {
        try {
            com.fasterxml.jackson.databind.JsonNode health = JSON.readTree(healthJson);
            return health != null && "UP".equals(health.path("status").asText()) && health.has("checks");
        } catch (IOException e) {
            return false;
        }
    }

    static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether an SMTP server greets on the port (a "220" banner). */
    static boolean smtpGreets(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(2000);
            InputStream in = socket.getInputStream();
            byte[] banner = in.readNBytes(3);
            return "220".equals(new String(banner, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }
}
