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
        assertThat(labels(Set.of("shop_admin"))).containsExactly("Home", "Jobs", "Organization");
        assertThat(labels(Set.of("shop_floor"))).as("the floor manages no members").containsExactly("Home", "Jobs");
        assertThat(labels(Set.of("buyer"))).containsExactly("Home", "Organization");
        assertThat(labels(Set.of("operator"))).containsExactly("Home", "Tenants", "Organization");
        assertThat(NavigationPolicy.menuFor(Set.of("shop_admin")))
                .allSatisfy(item -> assertThat(item.path()).startsWith("/"));
    }

    @Test
    void nobody_signed_in_has_no_menu() {
        assertThat(labels(Set.of())).isEmpty();
    }
}
