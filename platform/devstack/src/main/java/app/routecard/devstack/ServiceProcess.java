package app.routecard.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A packaged Routecard service (its Quarkus fast-jar), configured for the stack through its environment: the one
 * instance of the service on the service's port, or replica {@code n} of several on a port of its own (behind the
 * service's {@link BalancerProcess}).
 */
final class ServiceProcess extends Component {

    private final Service service;
    private final int replica;
    private final int port;

    /** The service's only instance. */
    ServiceProcess(StackLayout stack, Service service) {
        super(stack, service.module());
        this.service = service;
        this.replica = 0;
        this.port = stack.ports().service(service);
    }

    /** Replica {@code n} of several. */
    ServiceProcess(StackLayout stack, Service service, int n) {
        super(stack, service.module() + "-" + n);
        this.service = service;
        this.replica = n;
        this.port = stack.ports().replica(service, n);
    }

    Service service() {
        return service;
    }

    int port() {
        return port;
    }

    @Override
    void prepare() throws IOException {
        Path jar = stack.serviceJar(service);
        if (!Files.isRegularFile(jar)) {
            throw new IOException("Missing " + jar + ": build it with ./mvnw -B package -DskipTests -pl "
                    + service.module() + " -am");
        }
    }

    @Override
    void start() {
        Map<String, String> environment = new java.util.LinkedHashMap<>(ServiceSettings.environment(stack, service));
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        launch(java(List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC"),
                List.of("-jar", stack.serviceJar(service).toString())), environment, javaMarker());
    }

    @Override
    boolean ready() {
        // Any HTTP server could answer 200 on the port; only our service answers its own readiness as UP.
        return Probes.healthIsUp(url() + "/q/health/ready");
    }

    private String url() {
        return replica == 0 ? stack.serviceUrl(service) : "http://localhost:" + port;
    }

    @Override
    List<Integer> ports() {
        return List.of(port);
    }

    @Override
    String endpoint() {
        return url() + (service == Service.PORTAL ? "/" : "/q/swagger-ui");
    }
}
