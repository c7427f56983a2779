package app.routecard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void the_dev_stack_listens_on_its_documented_ports() {
        Ports ports = Ports.fromEnvironment(Map.of());
        assertThat(ports.postgres()).isEqualTo(15432);
        assertThat(ports.kafka()).isEqualTo(15092);
        assertThat(ports.keycloak()).isEqualTo(15080);
        assertThat(ports.s3()).isEqualTo(15033);
        assertThat(ports.smtp()).isEqualTo(15025);
        assertThat(ports.service(Service.PORTAL)).isEqualTo(8080);
        assertThat(ports.service(Service.NOTIFICATIONS)).isEqualTo(8085);
    }

    @Test
    void no_two_parts_of_a_stack_share_a_port() {
        Ports ports = Ports.fromBases(27000, 27800);
        List<Integer> all = new java.util.ArrayList<>(List.of(ports.postgres(), ports.kafka(), ports.kafkaController(),
                ports.keycloak(), ports.keycloakManagement(), ports.s3(), ports.smtp(), ports.mailApi()));
        for (Service service : Service.values()) {
            all.add(ports.service(service));
        }
        Set<Integer> distinct = new HashSet<>(all);
        assertThat(distinct).hasSameSizeAs(all);
    }

    @Test
    void port_bases_come_from_the_environment() {
        Ports ports = Ports.fromEnvironment(Map.of("ROUTECARD_INFRA_PORT_BASE", "20000",
                "ROUTECARD_SERVICES_PORT_BASE", "9000"));
        assertThat(ports.postgres()).isEqualTo(20432);
        assertThat(ports.service(Service.TENANT)).isEqualTo(9001);
    }

    @Test
    void a_port_base_that_is_not_a_number_is_refused_with_its_name() {
        assertThatThrownBy(() -> Ports.fromEnvironment(Map.of("ROUTECARD_INFRA_PORT_BASE", "lots")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ROUTECARD_INFRA_PORT_BASE");
    }
}
