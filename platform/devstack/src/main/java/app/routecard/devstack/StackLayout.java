package app.routecard.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where one stack keeps its state. {@code root} is the checkout; {@code home} holds the stack's data, logs and
 * PID files (the dev stack uses {@code .routecard/}); unpacked server distributions are shared by every stack of
 * the checkout under {@code .routecard/dist}. {@code publicHost} is the name people's browsers reach the stack by:
 * {@code localhost} on this machine, or the machine's address on the network ({@code ROUTECARD_PUBLIC_HOST}) so
 * that a phone can open the floor page from a traveler's QR code, sign in and open a released drawing. Only the
 * portal, Keycloak and the object store (presigned downloads) are reached by browsers; everything else stays on
 * the loopback address.
 */
public record StackLayout(Path root, Path home, Ports ports, String publicHost) {

    public static final String REALM = "routecard";
    public static final String LOCALHOST = "localhost";
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");

    public StackLayout {
        root = root.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        publicHost = publicHost == null || publicHost.isBlank() ? LOCALHOST : publicHost.trim();
        if (!HOST.matcher(publicHost).matches()) {
            throw new IllegalArgumentException("ROUTECARD_PUBLIC_HOST must be a host name or an IPv4 address"
                    + " (e.g. 192.168.1.20 or shop-pc.local), not '" + publicHost + "'");
        }
    }

    /** A stack browsers reach on this machine only. */
    public StackLayout(Path root, Path home, Ports ports) {
        this(root, home, ports, LOCALHOST);
    }

    /** Whether browsers on other machines (a phone) reach the portal and Keycloak. */
    public boolean reachableFromTheNetwork() {
        return !LOCALHOST.equals(publicHost);
    }

    /**
     * The dev stack of a checkout, with ROUTECARD_HOME, the port bases and ROUTECARD_PUBLIC_HOST overridable from
     * the environment.
     */
    public static StackLayout fromEnvironment(Path root, Map<String, String> env) {
        String home = env.get("ROUTECARD_HOME");
        Path homePath = home == null || home.isBlank() ? root.resolve(".routecard") : Path.of(home);
        return new StackLayout(root, homePath, Ports.fromEnvironment(env), env.get("ROUTECARD_PUBLIC_HOST"));
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

    /** The launcher's own classpath (./routecard runs it; the balancers run from it too). */
    public String launcherClasspath() {
        Path target = root.resolve("platform/devstack/target");
        return target.resolve("devstack.jar") + java.io.File.pathSeparator + target.resolve("lib") + "/*";
    }

    public Path serviceJar(Service service) {
        return root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Keycloak as browsers and services reach it; the issuer of every token. */
    public String keycloakUrl() {
        return "http://" + publicHost + ":" + ports.keycloak();
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

    /** The object store as browsers reach it: presigned download links point here. */
    public String s3PublicEndpoint() {
        return "http://" + publicHost + ":" + ports.s3();
    }

    public String s3Endpoint() {
        return "http://127.0.0.1:" + ports.s3();
    }

    /** A service's base URL; the portal's is where browsers open it (the address in QR codes and share links). */
    public String serviceUrl(Service service) {
        return "http://" + (service == Service.PORTAL ? publicHost : LOCALHOST) + ":" + ports.service(service);
    }
}
