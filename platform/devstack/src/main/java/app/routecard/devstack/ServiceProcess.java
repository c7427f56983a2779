package app.routecard.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A packaged Routecard service (its Quarkus fast-jar), configured for the stack through its environment. */
final class ServiceProcess extends Component {

    private final Service service;

    ServiceProcess(StackLayout stack, Service service) {
        super(stack, service.module());
        this.service = service;
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
        launch(java(List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC"),
                List.of("-jar", stack.serviceJar(service).toString())),
                ServiceSettings.environment(stack, service), javaMarker());
    }

    @Override
    boolean ready() {
        // Any HTTP server could answer 200 on the port; only our service answers its own readiness as UP.
        return Probes.healthIsUp(stack.serviceUrl(service) + "/q/health/ready");
    }

    @Override
    List<Integer> ports() {
        return List.of(stack.ports().service(service));
    }

    @Override
    String endpoint() {
        return stack.serviceUrl(service) + (service == Service.PORTAL ? "/" : "/q/swagger-ui");
    }
}
