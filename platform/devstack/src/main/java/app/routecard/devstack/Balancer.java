package app.routecard.devstack;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What a Kubernetes Service is to a replicated service, on one machine: a reverse proxy (Vert.x's
 * {@code vertx-http-proxy}) on the service's port in front of its replicas, run by {@code ./routecard up --replicas}.
 * Requests go round robin to the replicas that are alive; a replica that refuses the connection (it died) is
 * skipped for that request and left out until its liveness answers again (probed every second), so a killed
 * replica costs no failed request once it is known dead. With none alive, or when the replica a request reached
 * dies before it answers, the answer is 503 with {@code Retry-After}: only the connection is retried, never a
 * request that may have reached a replica, so nothing is done twice.
 *
 * <p>Usage: {@code Balancer <port> <replica port>...}; everything on 127.0.0.1 but the listening socket, which
 * takes the same addresses the services do.
 */
public final class Balancer {

    private final int[] replicas;
    /** 1 while a replica is taken to be alive; written by probes and refused connections on any event loop. */
    private final AtomicIntegerArray alive;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient client;
    private final Map<HttpServerRequest, HttpClientRequest> connected = new ConcurrentHashMap<>();
    private final Map<HttpServerRequest, Integer> chosen = new ConcurrentHashMap<>();
    private static final String UNAVAILABLE = "{\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"No replica of this service answered; try again shortly.\"}";

    private Balancer(Vertx vertx, int[] replicas) {
        this.replicas = replicas.clone();
        this.alive = new AtomicIntegerArray(replicas.length);
        for (int i = 0; i < replicas.length; i++) {
            alive.set(i, 1);
        }
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setKeepAlive(true)
                .setMaxPoolSize(64).setIdleTimeout(60));
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Balancer <port> <replica port>...");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        int[] replicas = new int[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            replicas[i - 1] = Integer.parseInt(args[i]);
        }
        Vertx vertx = Vertx.vertx();
        Balancer balancer = new Balancer(vertx, replicas);
        HttpProxy proxy = HttpProxy.reverseProxy(balancer.client)
                .originRequestProvider((request, http) -> Future.succeededFuture(balancer.connected.remove(request)));
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                HttpServerRequest request = context.request().proxiedRequest();
                // The replica sees the Host the client asked for, as behind a Kubernetes Service: the portal builds
                // its sign-in redirect from it.
                context.request().setAuthority(request.authority());
                return context.sendRequest()
                        .onComplete(done -> balancer.chosen.remove(request))
                        .recover(failure -> {
                            // The replica went away with the request (a kept-alive connection to a killed process).
                            Integer replica = balancer.chosen.remove(request);
                            if (replica != null) {
                                balancer.alive.set(replica, 0);
                            }
                            return Future.succeededFuture(unavailable(context.request().response()));
                        });
            }
        });
        vertx.setPeriodic(1000, tick -> balancer.probe());
        vertx.createHttpServer(new HttpServerOptions().setIdleTimeout(120))
                .requestHandler(request -> balancer.route(request, proxy))
                .listen(port, "0.0.0.0")
                .onSuccess(server -> System.out.println("Balancer on " + port + " for replicas on "
                        + java.util.Arrays.toString(replicas)))
                .onFailure(failure -> {
                    System.err.println("Balancer could not listen on " + port + ": " + failure.getMessage());
                    System.exit(1);
                });
    }

    private void route(HttpServerRequest request, HttpProxy proxy) {
        request.pause();
        connect(order(), request).onComplete(result -> {
            if (result.succeeded()) {
                connected.put(request, result.result());
                proxy.handle(request);
            } else {
                request.resume();
                request.response().setStatusCode(503).putHeader("Retry-After", "2")
                        .putHeader("Content-Type", "application/problem+json").end(UNAVAILABLE);
            }
        });
    }

    private static ProxyResponse unavailable(ProxyResponse response) {
        return response.setStatusCode(503).setStatusMessage("Service Unavailable").putHeader("Retry-After", "2")
                .putHeader("Content-Type", "application/problem+json")
                .setBody(Body.body(Buffer.buffer(UNAVAILABLE)));
    }

    /** The replicas to try for one request: the alive ones from the next in turn, then the others. */
    private List<Integer> order() {
        int start = Math.floorMod(next.getAndIncrement(), replicas.length);
        List<Integer> up = new ArrayList<>();
        List<Integer> down = new ArrayList<>();
        for (int i = 0; i < replicas.length; i++) {
            int candidate = (start + i) % replicas.length;
            (alive.get(candidate) == 1 ? up : down).add(candidate);
        }
        up.addAll(down);
        return up;
    }

    private Future<HttpClientRequest> connect(List<Integer> candidates, HttpServerRequest request) {
        Promise<HttpClientRequest> promise = Promise.promise();
        attempt(candidates, 0, promise, request);
        return promise.future();
    }

    private void attempt(List<Integer> candidates, int at, Promise<HttpClientRequest> promise,
                         HttpServerRequest request) {
        if (at == candidates.size()) {
            promise.fail("no replica accepted the connection");
            return;
        }
        int replica = candidates.get(at);
        client.request(new RequestOptions().setServer(SocketAddress.inetSocketAddress(replicas[replica], "127.0.0.1")))
                .onSuccess(connection -> {
                    chosen.put(request, replica);
                    promise.complete(connection);
                })
                .onFailure(refused -> {
                    alive.set(replica, 0);
                    attempt(candidates, at + 1, promise, request);
                });
    }

    private void probe() {
        for (int i = 0; i < replicas.length; i++) {
            int replica = i;
            client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1")
                            .setPort(replicas[i]).setURI("/q/health/live").setTimeout(2000))
                    .compose(HttpClientRequest::send)
                    .compose(response -> response.body().map(body -> response.statusCode()))
                    .onComplete(status -> alive.set(replica, status.succeeded() && status.result() == 200 ? 1 : 0));
        }
    }
}
