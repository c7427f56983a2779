package app.routecard.devstack;

import java.util.Map;

/**
 * Every port a stack listens on. Stacks that run side by side (the dev stack, the shared test stack, the
 * end-to-end stack) differ only in their bases, so they never collide. Keep bases below 32768: Linux hands out
 * ports from 32768 up to outgoing connections, and a server port there can be taken by a client socket.
 */
public record Ports(int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement, int s3,
                    int smtp, int mailApi, int servicesBase) {

    public static final int DEV_INFRA_BASE = 15000;
    public static final int DEV_SERVICES_BASE = 8080;

    public static Ports fromBases(int infraBase, int servicesBase) {
        return new Ports(infraBase + 432, infraBase + 92, infraBase + 93, infraBase + 80, infraBase + 90,
                infraBase + 33, infraBase + 25, infraBase + 88, servicesBase);
    }

    /** Reads ROUTECARD_INFRA_PORT_BASE and ROUTECARD_SERVICES_PORT_BASE, falling back to the dev defaults. */
    public static Ports fromEnvironment(Map<String, String> env) {
        return fromBases(intOr(env, "ROUTECARD_INFRA_PORT_BASE", DEV_INFRA_BASE),
                intOr(env, "ROUTECARD_SERVICES_PORT_BASE", DEV_SERVICES_BASE));
    }

    /** Where clients reach a service: the service itself, or its balancer when it runs as several replicas. */
    public int service(Service service) {
        return servicesBase + service.portOffset();
    }

    /** The own port of replica {@code n} (1 to {@link Replicas#MAX}) of a service that runs as several. */
    public int replica(Service service, int n) {
        return servicesBase + 100 + 10 * service.portOffset() + n;
    }

    private static int intOr(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, got '" + value + "'");
        }
    }
}
