package app.routecard.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusyPortTest {

    private static final long OUR_PID = ProcessHandle.current().pid();

    @TempDir
    Path home;

    private static ServerSocket listenOn(int port) throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    @Test
    void a_port_someone_listens_on_is_taken_and_its_process_is_named() throws Exception {
        try (ServerSocket socket = listenOn(0)) {
            int port = socket.getLocalPort();
            assertThat(PortOwners.isFree(port)).isFalse();
            assertThat(PortOwners.listener(port)).contains(OUR_PID);
            assertThat(PortOwners.describe(port)).startsWith("PID " + OUR_PID + " (").contains("java");
        }
    }

    @Test
    void a_port_nobody_listens_on_is_free() throws Exception {
        int port;
        try (ServerSocket socket = listenOn(0)) {
            port = socket.getLocalPort();
        }
        assertThat(PortOwners.isFree(port)).isTrue();
        assertThat(PortOwners.listener(port)).isEmpty();
    }

    @Test
    void up_with_a_services_port_taken_fails_at_once_naming_the_port_the_service_and_the_process() throws Exception {
        int servicesBase = 22800;
        int jobServicePort = servicesBase + Service.JOB.portOffset();
        StackLayout layout = new StackLayout(Path.of("").toAbsolutePath(), home, Ports.fromBases(22000, servicesBase));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ServerSocket squatter = listenOn(jobServicePort)) {
            long begin = System.nanoTime();
            assertThatThrownBy(() -> new DevStack(layout).up(true,
                    new PrintStream(printed, true, StandardCharsets.UTF_8)))
                    .isInstanceOf(DevStack.StackFailure.class)
                    .hasMessageContaining("port " + jobServicePort + " (job-service) is taken by PID " + OUR_PID)
                    .hasMessageContaining("Nothing was started");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
        }
        assertThat(Files.exists(home.resolve("run"))).as("no PID file was written").isFalse();
    }

    @Test
    void a_service_is_ready_only_when_its_own_health_document_says_up() {
        assertThat(Probes.isUp("{\"status\": \"UP\", \"checks\": [{\"name\": \"db\", \"status\": \"UP\"}]}")).isTrue();
        assertThat(Probes.isUp("{\"status\": \"DOWN\", \"checks\": []}")).isFalse();
        assertThat(Probes.isUp("<html>It works!</html>")).isFalse();
        assertThat(Probes.isUp("{\"status\": \"UP\"}")).as("not a MicroProfile Health document").isFalse();
    }

    @Test
    void unknown_options_are_an_error_not_ignored() {
        assertThat(Main.unknownOption("up", java.util.List.of("--no-services", "--build"))).isEmpty();
        assertThat(Main.unknownOption("up", java.util.List.of("--no-service"))).hasValueSatisfying(message ->
                assertThat(message).contains("--no-service"));
        assertThat(Main.unknownOption("down", java.util.List.of("--force"))).isPresent();
        assertThat(Main.unknownOption("env", java.util.List.of("job-service"))).isEmpty();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"status", "--verbose"}, java.util.Map.of(), new PrintStream(
                new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option for 'status': --verbose");
    }
}
