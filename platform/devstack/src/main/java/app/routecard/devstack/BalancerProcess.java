package app.routecard.devstack;

import java.util.ArrayList;
import java.util.List;

/**
 * The front door of a service that runs as several replicas: a {@link Balancer} on the service's own port, so the
 * portal, the demo data and a person's curl reach it as before while the replicas share the work.
 */
final class BalancerProcess extends Component {

    private final Service service;
    private final List<ServiceProcess> replicas;

    BalancerProcess(StackLayout stack, Service service, List<ServiceProcess> replicas) {
        super(stack, service.module() + "-balancer");
        this.service = service;
        this.replicas = List.copyOf(replicas);
    }

    @Override
    void start() {
        List<String> arguments = new ArrayList<>(List.of("-cp", stack.launcherClasspath(),
                Balancer.class.getName(), String.valueOf(stack.ports().service(service))));
        replicas.forEach(replica -> arguments.add(String.valueOf(replica.port())));
        launch(java(List.of("-Xms16m", "-Xmx64m", "-XX:+UseSerialGC"), arguments), java.util.Map.of(), javaMarker());
    }

    @Override
    boolean ready() {
        // Ready when a replica answers its readiness through it.
        return Probes.healthIsUp(stack.serviceUrl(service) + "/q/health/ready");
    }

    @Override
    List<Integer> ports() {
        return List.of(stack.ports().service(service));
    }

    @Override
    String endpoint() {
        return stack.serviceUrl(service) + " → " + String.join(", ",
                replicas.stream().map(replica -> String.valueOf(replica.port())).toList());
    }
}
