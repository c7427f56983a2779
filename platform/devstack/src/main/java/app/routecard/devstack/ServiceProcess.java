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
        return Probes.httpStatus(stack.serviceUrl(service) + "/q/health/ready") == 200;
    }

    @Override
    String endpoint() {
        return stack.serviceUrl(service) + (service == Service.PORTAL ? "/" : "/q/swagger-ui");
    }
}
