package app.routecard.portal.web;

import java.util.Map;

/** How a service is named to a person in a banner. */
final class ServiceNames {

    private static final Map<String, String> NAMES = Map.of(
            "job", "The jobs service",
            "tenant", "The organizations service",
            "marketplace", "The marketplace service",
            "files", "The files service",
            "notifications", "The notifications service");

    private ServiceNames() {
    }

    static String of(String service) {
        return NAMES.getOrDefault(service, "A Routecard service");
    }
}
