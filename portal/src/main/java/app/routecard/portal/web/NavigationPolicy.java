package app.routecard.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which screens each role sees in the top bar. A role sees only what it may use, and only screens that exist:
 * an entry is added here in the same change as its page. Plain Java.
 */
public final class NavigationPolicy {

    /** One entry of the top bar. */
    public record MenuItem(String label, String path) {
    }

    private NavigationPolicy() {
    }

    /**
     * Whether the top bar shows the notifications bell: for the roles notifications are addressed to (a shop's
     * admins, a buyer organization's buyers); the floor's phones are left uncluttered.
     */
    public static boolean bellFor(Set<String> roles) {
        return roles.contains("shop_admin") || roles.contains("buyer");
    }

    public static List<MenuItem> menuFor(Set<String> roles) {
        List<MenuItem> menu = new ArrayList<>();
        if (roles.isEmpty()) {
            return menu;
        }
        menu.add(new MenuItem("Home", "/"));
        if (roles.contains("shop_admin") || roles.contains("shop_floor")) {
            menu.add(new MenuItem("Jobs", "/jobs"));
        }
        if (roles.contains("shop_admin")) {
            menu.add(new MenuItem("Quotes", "/quotes"));
        }
        if (roles.contains("shop_admin") || roles.contains("shop_floor")) {
            menu.add(new MenuItem("Offers", "/offers"));
        }
        if (roles.contains("buyer")) {
            menu.add(new MenuItem("RFQs", "/rfqs"));
            menu.add(new MenuItem("Orders", "/orders"));
        }
        if (roles.contains("shop_admin") || roles.contains("shop_floor") || roles.contains("buyer")) {
            menu.add(new MenuItem("Shared files", "/shared"));
        }
        if (roles.contains("shop_admin")) {
            menu.add(new MenuItem("Profile", "/profile"));
            menu.add(new MenuItem("Scorecard", "/scorecard"));
        }
        if (roles.contains("operator")) {
            menu.add(new MenuItem("Tenants", "/operator/tenants"));
            menu.add(new MenuItem("Routing", "/operator/routing"));
            menu.add(new MenuItem("Leaderboards", "/operator/leaderboards"));
            menu.add(new MenuItem("Scoring", "/operator/scoring"));
        }
        if (roles.contains("shop_admin") || roles.contains("buyer") || roles.contains("operator")) {
            menu.add(new MenuItem("Organization", "/organization"));
        }
        return menu;
    }
}
