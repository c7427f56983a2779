package app.routecard.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak 26 from the official distribution, on the stack's PostgreSQL, importing the Routecard realm from
 * {@code infra/keycloak}. Every stack gets its own Keycloak home (its data and realm import) whose program files
 * are links into the one unpacked, pre-built distribution.
 */
final class KeycloakServer extends Component {

    static final String REALM_FILE = "infra/keycloak/routecard-realm.json";

    KeycloakServer(StackLayout stack) {
        super(stack, "keycloak");
    }

    private Path home() {
        return stack.dataDir("keycloak");
    }

    @Override
    void prepare() throws Exception {
        Path dist = Distributions.keycloak(stack);
        Files.createDirectories(home().resolve("data/import"));
        for (String shared : List.of("lib", "conf", "providers", "themes", "bin")) {
            Path link = home().resolve(shared);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, dist.resolve(shared));
            }
        }
        String realm = renderRealm();
        Files.writeString(home().resolve("data/import/routecard-realm.json"), realm);
        Path importedHash = home().resolve("imported-realm.sha256");
        if (!Files.exists(importedHash)) {
            Files.writeString(importedHash, sha256(realm));
        }
    }

    /**
     * Keycloak imports the realm file only into an empty database; later edits of the file are not applied to a
     * stack that already imported it. This says whether that has happened to this stack.
     */
    static boolean realmChangedSinceImport(StackLayout stack) {
        Path importedHash = stack.dataDir("keycloak").resolve("imported-realm.sha256");
        try {
            if (!Files.exists(importedHash)) {
                return false;
            }
            String current = sha256(new KeycloakServer(stack).renderRealm());
            return !current.equals(Files.readString(importedHash).trim());
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The realm JSON with this stack's URLs filled in. */
    String renderRealm() throws IOException {
        String template = Files.readString(stack.root().resolve(REALM_FILE));
        // Published for phones, the stack speaks plain HTTP to addresses Keycloak may not count as private
        // (a VPN's 100.64/10, a company's own range): it must not demand HTTPS from them.
        return template.replace("{{PORTAL_URL}}", stack.serviceUrl(Service.PORTAL))
                .replace("{{SSL_REQUIRED}}", stack.reachableFromTheNetwork() ? "none" : "external")
                .replace("{{SMTP_PORT}}", String.valueOf(stack.ports().smtp()));
    }

    @Override
    void start() {
        List<String> jvm = new ArrayList<>(List.of(
                "-Xms64m", "-Xmx512m", "-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m", "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US",
                "-Djava.security.egd=file:/dev/urandom",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Dkc.home.dir=" + home(),
                "-Djboss.server.config.dir=" + home().resolve("conf"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dpicocli.disable.closures=true",
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory="
                        + "io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory"));
        List<String> main = List.of("-cp", home().resolve("lib/quarkus-run.jar").toString(),
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint",
                "start", "--optimized",
                "--db=postgres",
                "--db-url=" + stack.jdbcUrl(DevCredentials.KEYCLOAK_DATABASE),
                "--db-username=" + DevCredentials.KEYCLOAK_DATABASE,
                "--db-password=" + DevCredentials.databasePassword(DevCredentials.KEYCLOAK_DATABASE),
                "--http-enabled=true",
                // reachable from the network only when the stack is published for phones (ROUTECARD_PUBLIC_HOST)
                "--http-host=" + (stack.reachableFromTheNetwork() ? "0.0.0.0" : "127.0.0.1"),
                "--http-port=" + stack.ports().keycloak(),
                "--http-management-port=" + stack.ports().keycloakManagement(),
                "--hostname=" + stack.keycloakUrl(),
                "--hostname-strict=false",
                "--cache=local",
                "--import-realm");
        launch(java(jvm, main), Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", DevCredentials.KEYCLOAK_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", DevCredentials.KEYCLOAK_ADMIN_PASSWORD), "-Dkc.home.dir=" + home());
    }

    @Override
    boolean ready() {
        return Probes.httpStatus("http://127.0.0.1:" + stack.ports().keycloakManagement() + "/health/ready") == 200
                && Probes.httpStatus(stack.issuer() + "/.well-known/openid-configuration") == 200;
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(240);
    }

    @Override
    List<Integer> ports() {
        return List.of(stack.ports().keycloak(), stack.ports().keycloakManagement());
    }

    @Override
    String endpoint() {
        return stack.keycloakUrl() + "/admin  (realm " + StackLayout.REALM + ")";
    }
}
