package app.routecard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replicas as the launcher reads them, the ports they get, and bad input refused before anything starts. */
class ReplicasTest {

    @TempDir
    Path home;

    @Test
    void counts_come_from_the_command_line_over_a_settings_file() throws Exception {
        Replicas parsed = Replicas.parse("marketplace-service=3,job-service=2");
        assertThat(parsed.of(Service.MARKETPLACE)).isEqualTo(3);
        assertThat(parsed.of(Service.JOB)).isEqualTo(2);
        assertThat(parsed.of(Service.PORTAL)).isEqualTo(1);
        assertThat(parsed.replicated(Service.FILES)).isFalse();

        Path settings = home.resolve("stack.properties");
        Files.writeString(settings, "replicas.marketplace-service=2\nreplicas.notifications-service=2\n");
        Replicas merged = Replicas.fromSettings(settings).with(Replicas.parse("marketplace-service=3"));
        assertThat(merged.of(Service.MARKETPLACE)).isEqualTo(3);
        assertThat(merged.of(Service.NOTIFICATIONS)).isEqualTo(2);
        assertThat(merged.toString()).isEqualTo("marketplace-service=3,notifications-service=2");
    }

    @Test
    void each_replica_has_a_port_of_its_own_and_the_balancer_keeps_the_services_port() {
        Ports ports = Ports.fromBases(15000, 8080);
        StackLayout stack = new StackLayout(home, home, ports, null);
        DevStack replicated = new DevStack(stack, Replicas.parse("marketplace-service=3,job-service=2"));
        List<DevStack.ComponentStatus> status = replicated.status();
        assertThat(status).extracting(DevStack.ComponentStatus::name).contains("marketplace-service-1",
                "marketplace-service-2", "marketplace-service-3", "marketplace-service-balancer", "job-service-1",
                "job-service-2", "job-service-balancer", "tenant-service").doesNotContain("marketplace-service");
        assertThat(status).filteredOn(s -> s.name().startsWith("marketplace-service-"))
                .extracting(DevStack.ComponentStatus::port).containsExactly(8211, 8212, 8213, 8083);
        List<Integer> every = status.stream().map(DevStack.ComponentStatus::port).toList();
        assertThat(every).as("no two processes share a port").doesNotHaveDuplicates();
    }

    @Test
    void bad_counts_and_unknown_services_are_refused_naming_the_value() {
        assertThatThrownBy(() -> Replicas.parse("marketplace-service=0")).hasMessageContaining("marketplace-service=0");
        assertThatThrownBy(() -> Replicas.parse("marketplace-service=abc"))
                .hasMessageContaining("marketplace-service=abc");
        assertThatThrownBy(() -> Replicas.parse("marketplace-service=10")).hasMessageContaining("from 1 to 9");
        assertThatThrownBy(() -> Replicas.parse("billing-service=2")).hasMessageContaining("'billing-service'");
        assertThatThrownBy(() -> Replicas.parse("marketplace-service")).hasMessageContaining("'marketplace-service'");
        assertThatThrownBy(() -> Replicas.parse("job-service=2,job-service=3")).hasMessageContaining("twice");
    }

    @Test
    void the_launcher_exits_non_zero_naming_the_value_and_starts_nothing() {
        Map<String[], String> named = Map.of(
                new String[] {"up", "--replicas", "marketplace-service=0"}, "marketplace-service=0",
                new String[] {"up", "--replicas", "marketplace-service=abc"}, "marketplace-service=abc",
                new String[] {"up", "--replicas=warehouse-service=2"}, "'warehouse-service'",
                new String[] {"up", "--settings", "no-such-settings.properties"}, "no-such-settings.properties",
                new String[] {"up", "--replicas"}, "--replicas needs a value");
        for (Map.Entry<String[], String> bad : named.entrySet()) {
            String[] args = bad.getKey();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(args, Map.of("ROUTECARD_HOME", home.toString(), "ROUTECARD_INFRA_PORT_BASE", "29000",
                    "ROUTECARD_SERVICES_PORT_BASE", "29800"), new PrintStream(out), new PrintStream(err));
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(String.join(" ", args)).isEqualTo(2);
            assertThat(said).as(String.join(" ", args)).contains(bad.getValue());
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Starting Routecard");
        }
        assertThat(home.resolve("run")).as("no process was started").doesNotExist();
    }
}
