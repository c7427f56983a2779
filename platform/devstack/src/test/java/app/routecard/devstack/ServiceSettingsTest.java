package app.routecard.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceSettingsTest {

    private final StackLayout stack = new StackLayout(Path.of("/checkout"), Path.of("/checkout/.routecard"),
            Ports.fromBases(15000, 8080));

    @Test
    void property_names_become_the_environment_variables_quarkus_reads() {
        assertThat(ServiceSettings.toEnvironmentName("quarkus.oidc.auth-server-url"))
                .isEqualTo("QUARKUS_OIDC_AUTH_SERVER_URL");
        assertThat(ServiceSettings.toEnvironmentName("quarkus.datasource.jdbc.url"))
                .isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
    }

    @Test
    void each_service_gets_a_database_and_role_of_its_own() {
        Set<String> urls = new HashSet<>();
        for (Service service : Service.values()) {
            Map<String, String> settings = ServiceSettings.properties(stack, service);
            assertThat(settings.get("quarkus.datasource.username")).isEqualTo(service.database());
            urls.add(settings.get("quarkus.datasource.jdbc.url"));
            assertThat(settings.get("quarkus.oidc.auth-server-url"))
                    .isEqualTo("http://localhost:15080/realms/routecard");
        }
        assertThat(urls).hasSize(Service.values().length);
    }

    @Test
    void only_the_services_that_use_a_dependency_are_pointed_at_it() {
        assertThat(ServiceSettings.properties(stack, Service.FILES)).containsKey("quarkus.s3.endpoint-override");
        assertThat(ServiceSettings.properties(stack, Service.JOB)).doesNotContainKey("quarkus.s3.endpoint-override");
        assertThat(ServiceSettings.properties(stack, Service.NOTIFICATIONS))
                .containsEntry("quarkus.mailer.port", "15025");
        assertThat(ServiceSettings.properties(stack, Service.PORTAL)).doesNotContainKey("quarkus.s3.endpoint-override")
                .containsEntry("routecard.services.job.url", "http://localhost:8082");
    }
}
