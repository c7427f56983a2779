package app.routecard.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NavigationPolicyTest {

    private static java.util.List<String> labels(Set<String> roles) {
        return NavigationPolicy.menuFor(roles).stream().map(NavigationPolicy.MenuItem::label).toList();
    }

    @Test
    void every_role_sees_only_screens_that_exist() {
        assertThat(labels(Set.of("shop_admin"))).containsExactly("Home", "Jobs", "Quotes", "Offers", "Shared files", "Profile", "Scorecard", "Organization");
        assertThat(labels(Set.of("shop_floor"))).as("the floor manages no members and makes no quotes")
                .containsExactly("Home", "Jobs", "Offers", "Shared files");
        assertThat(labels(Set.of("buyer"))).containsExactly("Home", "RFQs", "Orders", "Shared files", "Organization");
        assertThat(labels(Set.of("operator"))).containsExactly("Home", "Tenants", "Routing", "Leaderboards", "Scoring", "Organization");
        assertThat(NavigationPolicy.menuFor(Set.of("shop_admin")))
                .allSatisfy(item -> assertThat(item.path()).startsWith("/"));
    }

    @Test
    void the_bell_is_for_the_roles_notifications_are_addressed_to() {
        assertThat(NavigationPolicy.bellFor(Set.of("shop_admin"))).isTrue();
        assertThat(NavigationPolicy.bellFor(Set.of("buyer"))).isTrue();
        assertThat(NavigationPolicy.bellFor(Set.of("shop_floor"))).as("the floor's phones").isFalse();
        assertThat(NavigationPolicy.bellFor(Set.of())).isFalse();
    }

    @Test
    void every_menu_entry_leads_to_a_page_the_portal_serves() {
        Set<String> served = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importPackages("app.routecard.portal").stream()
                .filter(type -> type.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .map(type -> type.getAnnotationOfType(jakarta.ws.rs.Path.class).value())
                .collect(java.util.stream.Collectors.toSet());
        for (Set<String> roles : java.util.List.of(Set.of("shop_admin"), Set.of("shop_floor"), Set.of("buyer"),
                Set.of("operator"))) {
            assertThat(NavigationPolicy.menuFor(roles)).allSatisfy(item ->
                    assertThat(served).as("a resource serving " + item.path()).contains(item.path()));
        }
    }

    @Test
    void nobody_signed_in_has_no_menu() {
        assertThat(labels(Set.of())).isEmpty();
    }
}
