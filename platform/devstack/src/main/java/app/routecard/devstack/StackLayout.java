package app.routecard.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where one stack keeps its state. {@code root} is the checkout; {@code home} holds the stack's data, logs and
 * PID files (the dev stack uses {@code .routecard/}); unpacked server distributions are shared by every stack of
 * the checkout under {@code .routecard/dist}.
 */
public record StackLayout(Path root, Path home, Ports ports) {

    public static final String REALM = "routecard";

    public StackLayout {
        root = root.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
    }

    /** The dev stack of a checkout, with ROUTECARD_HOME and the port bases overridable from the environment. */
    public static StackLayout fromEnvironment(Path root, Map<String, String> env) {
        String home = env.get("ROUTECARD_HOME");
        Path homePath = home == null || home.isBlank() ? root.resolve(".routecard") : Path.of(home);
        return new StackLayout(root, homePath, Ports.fromEnvironment(env));
    }

    /** Walks up from {@code start} to the checkout root (the directory holding the {@code routecard} script). */
    public static Path findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("routecard")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside a Routecard checkout: " + start);
    }

    public Path dataDir(String component) {
        return home.resolve(component);
    }

    public Path logsDir() {
        return home.resolve("logs");
    }

    public Path runDir() {
        return home.resolve("run");
    }

    public Path distDir() {
        return root.resolve(".routecard").resolve("dist");
    }

    /** Server artifacts fetched from Maven Central by the devstack-servers module. */
    public Path fetchedServers() {
        return root.resolve("platform/devstack-servers/target/servers");
    }

    public Path serviceJar(Service service) {
        return root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String keycloakUrl() {
        return "http://localhost:" + ports.keycloak();
    }

    public String issuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database;
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + ports.kafka();
    }

    public String s3Endpoint() {
        return "http://127.0.0.1:" + ports.s3();
    }

    public String serviceUrl(Service service) {
        return "http://localhost:" + ports.service(service);
    }
}
