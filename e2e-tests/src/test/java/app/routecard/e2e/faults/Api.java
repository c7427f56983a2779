package app.routecard.e2e.faults;

import app.routecard.devstack.DevCredentials;
import app.routecard.devstack.Service;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The services' APIs as the demo people call them during a fault run: each person's own token, JSON in and out.
 * Every answer is tallied by status; a 5xx other than a 503 with {@code Retry-After} is kept as a violation, as is a
 * service that could not be reached at all. A 503 (or an unreachable service) is tried again after its
 * {@code Retry-After}, as a client should, for up to two minutes.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    /** An answer: its status and JSON body (an empty object when it had none). */
    record Answer(int status, JsonNode body) {
    }

    private final StackLayout stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentSkipListMap<>();
    private final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> transportErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong writesOk = new AtomicLong();
    private volatile long lastWriteOkNanos;

    Api(StackLayout stack) {
        this.stack = stack;
    }

    Answer get(Service service, String path, String user) {
        return call("GET", service, path, user, null);
    }

    Answer send(String method, Service service, String path, String user, Object body) {
        return call(method, service, path, user, body);
    }

    /** The statuses answered so far, with how often each. */
    Map<Integer, Long> statuses() {
        Map<Integer, Long> copy = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** Calls that got no answer at all, with the cause (tried again, as a client would). */
    List<String> transportErrors() {
        synchronized (transportErrors) {
            return List.copyOf(transportErrors);
        }
    }

    /** When the last write (any method but GET) was answered 2xx, by {@link System#nanoTime()}. */
    long lastSuccessfulWrite() {
        return lastWriteOkNanos;
    }

    private Answer call(String method, Service service, String path, String user, Object body) {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            long waitMillis;
            try {
                HttpResponse<String> response = once(method, service, path, user, body);
                int status = response.statusCode();
                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                if (status == 401) {
                    tokens.remove(user);
                }
                if (status >= 500) {
                    String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                    if (status != 503 || retryAfter == null) {
                        violations.add(method + " " + service.module() + path + " answered " + status
                                + (status == 503 ? " without Retry-After" : "") + ": " + abbreviate(response.body()));
                        return new Answer(status, parse(response.body()));
                    }
                    waitMillis = Math.min(5000, Math.max(200, parseSeconds(retryAfter) * 1000));
                } else if (status == 401) {
                    waitMillis = 200;
                } else {
                    if (!"GET".equals(method) && status < 300) {
                        writesOk.incrementAndGet();
                        lastWriteOkNanos = System.nanoTime();
                    }
                    return new Answer(status, parse(response.body()));
                }
            } catch (IOException e) {
                // No answer at all (the connection refused or dropped): counted under -1 and kept with its cause.
                statuses.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                transportErrors.add(method + " " + service.module() + path + ": " + e);
                waitMillis = 1000;
            }
            if (System.nanoTime() + waitMillis * 1_000_000 > giveUp) {
                violations.add(method + " " + service.module() + path + " was not answered within " + PATIENCE);
                return new Answer(-1, JSON.createObjectNode());
            }
            // A client backing off as Retry-After asks: the pace of the load, not a test's synchronisation.
            LockSupport.parkNanos(waitMillis * 1_000_000);
        }
    }

    private HttpResponse<String> once(String method, Service service, String path, String user, Object body)
            throws IOException {
        String token = token(user);
        try {
            return http.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(service) + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private String token(String user) throws IOException {
        String cached = tokens.get(user);
        if (cached != null) {
            return cached;
        }
        String form = "grant_type=password&client_id=" + DevCredentials.DEV_CLIENT + "&scope="
                + URLEncoder.encode("openid organization", StandardCharsets.UTF_8) + "&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + DevCredentials.DEMO_PASSWORD;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.issuer()
                            + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Keycloak refused a token for " + user + ": " + response.statusCode());
            }
            String token = JSON.readTree(response.body()).path("access_token").asText();
            tokens.put(user, token);
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static long parseSeconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
