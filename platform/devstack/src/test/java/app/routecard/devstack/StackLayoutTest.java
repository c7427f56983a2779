package app.routecard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackLayoutTest {

    private static StackLayout stack(Map<String, String> env) {
        return StackLayout.fromEnvironment(Path.of("/checkout"), env);
    }

    @Test
    void browsers_reach_the_stack_on_localhost_by_default() {
        StackLayout local = stack(Map.of());
        assertThat(local.reachableFromTheNetwork()).isFalse();
        assertThat(local.serviceUrl(Service.PORTAL)).isEqualTo("http://localhost:8080");
        assertThat(local.issuer()).isEqualTo("http://localhost:15080/realms/routecard");
    }

    @Test
    void a_public_host_puts_the_portal_and_keycloak_where_a_phone_reaches_them_and_nothing_else() {
        StackLayout published = stack(Map.of("ROUTECARD_PUBLIC_HOST", " 192.168.1.20 "));
        assertThat(published.reachableFromTheNetwork()).isTrue();
        assertThat(published.serviceUrl(Service.PORTAL)).isEqualTo("http://192.168.1.20:8080");
        assertThat(published.issuer()).isEqualTo("http://192.168.1.20:15080/realms/routecard");
        assertThat(published.serviceUrl(Service.JOB)).isEqualTo("http://localhost:8082");
        assertThat(published.jdbcUrl("job")).startsWith("jdbc:postgresql://127.0.0.1:");
        Map<String, String> job = ServiceSettings.properties(published, Service.JOB);
        assertThat(job).as("the QR code and share links point at the published portal")
                .containsEntry("routecard.portal.url", "http://192.168.1.20:8080")
                .containsEntry("quarkus.oidc.auth-server-url", "http://192.168.1.20:15080/realms/routecard");
        assertThat(ServiceSettings.properties(published, Service.FILES)).as("presigned downloads for the phone")
                .containsEntry("routecard.files.public-endpoint", "http://192.168.1.20:15033")
                .containsEntry("quarkus.s3.endpoint-override", "http://127.0.0.1:15033");
    }

    @Test
    void keycloak_signs_a_phone_in_over_plain_http_only_on_a_published_stack() throws Exception {
        Path checkout = StackLayout.findRoot(Path.of(""));
        StackLayout local = StackLayout.fromEnvironment(checkout, Map.of());
        StackLayout published = StackLayout.fromEnvironment(checkout, Map.of("ROUTECARD_PUBLIC_HOST", "10.1.2.3"));
        assertThat(new KeycloakServer(local).renderRealm()).contains("\"sslRequired\": \"external\"")
                .contains("http://localhost:8080/*").doesNotContain("{{");
        assertThat(new KeycloakServer(published).renderRealm()).contains("\"sslRequired\": \"none\"")
                .contains("http://10.1.2.3:8080/*").doesNotContain("http://localhost:8080");
    }

    @Test
    void a_public_host_that_is_no_host_name_is_refused_before_anything_starts() {
        for (String bad : new String[]{"http://192.168.1.20", "shop pc", "host:8080", "-x"}) {
            assertThatThrownBy(() -> stack(Map.of("ROUTECARD_PUBLIC_HOST", bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ROUTECARD_PUBLIC_HOST");
        }
    }
}
