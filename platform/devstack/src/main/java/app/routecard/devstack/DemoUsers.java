package app.routecard.devstack;

import java.util.List;

/** The demo logins imported with the realm (infra/keycloak/routecard-realm.json); a test keeps the two in step. */
public final class DemoUsers {

    public record DemoUser(String username, String role, String organization) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("nina@northwind.example", "buyer", "northwind"),
            new DemoUser("kai@kestrel.example", "buyer", "kestrel"),
            new DemoUser("alex@acme.example", "shop_admin", "acme"),
            new DemoUser("sam@acme.example", "shop_floor", "acme"),
            new DemoUser("bea@bluefin.example", "shop_admin", "bluefin"),
            new DemoUser("cole@cobalt.example", "shop_admin", "cobalt"),
            new DemoUser("olivia@routecard.example", "operator", "routecard-ops"));

    private DemoUsers() {
    }
}
