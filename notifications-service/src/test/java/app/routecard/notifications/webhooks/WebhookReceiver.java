package app.routecard.notifications.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on this machine, as a customer would write one: it answers with the status codes it is told
 * to, keeps every request, and checks each signature on its own (Standard Webhooks: HMAC-SHA256 of
 * "id.timestamp.body" under the base64 key after "whsec_"), not with Routecard's signer.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, and whether each of the receiver's secrets verified it. */
    record Received(String id, String timestamp, String signature, String body, List<Boolean> verifiedBy,
                    int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger otherwise = new AtomicInteger(200);
    private volatile List<String> secrets = List.of();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            Integer scripted = script.poll();
            int status = scripted != null ? scripted : otherwise.get();
            received.add(new Received(id, timestamp, signature, body,
                    secrets.stream().map(secret -> verifies(secret, id, timestamp, body, signature)).toList(), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers, in order; after them {@link #otherwise(int)}. */
    void answer(int... statuses) {
        for (int status : statuses) {
            script.add(status);
        }
    }

    void otherwise(int status) {
        otherwise.set(status);
    }

    /** The secrets the receiver checks every request against. */
    void secrets(String... secrets) {
        this.secrets = List.of(secrets);
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The receiver's own check: one of the space-separated "v1,<base64>" signatures matches. */
    static boolean verifies(String secret, String id, String timestamp, String body, String header) {
        if (header == null || id == null || timestamp == null) {
            return false;
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            byte[] expected = hmac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String part : header.split(" ")) {
                String[] versionAndSignature = part.split(",", 2);
                if (versionAndSignature.length == 2 && versionAndSignature[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versionAndSignature[1]))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
