package app.routecard.e2e.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shop's webhook receiver on this machine's loopback, answering 200 to everything and keeping each message as it
 * came: the {@code webhook-id} header and the body. Redeliveries of one message must carry the same id and body.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<String>> bodiesById = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id"));
            bodiesById.computeIfAbsent(id, key -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(body);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/routecard";
    }

    /** Each {@code webhook-id} received, with every body it came with. */
    Map<String, List<String>> received() {
        return Map.copyOf(bodiesById);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
