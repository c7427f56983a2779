package app.routecard.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * PostgreSQL 17 from the zonky binaries, one cluster for the stack with a database and a non-superuser login role
 * per service, plus one for Keycloak.
 */
final class PostgresServer extends Component {

    PostgresServer(StackLayout stack) {
        super(stack, "postgres");
    }

    private Path dataDir() {
        return stack.dataDir("postgres").resolve("data");
    }

    @Override
    void prepare() throws Exception {
        Path bin = Distributions.postgres(stack).resolve("bin");
        if (Files.isRegularFile(dataDir().resolve("PG_VERSION"))) {
            return;
        }
        Files.createDirectories(dataDir().getParent());
        Path pwfile = Files.createTempFile(dataDir().getParent(), "pw", ".txt");
        try {
            Files.writeString(pwfile, DevCredentials.POSTGRES_SUPERUSER_PASSWORD + "\n");
            List<String> initdb = asUnprivileged(List.of(bin.resolve("initdb").toString(),
                    "-D", dataDir().toString(), "-U", DevCredentials.POSTGRES_SUPERUSER,
                    "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C"));
            Commands.run(initdb, stack.logsDir().resolve("postgres-initdb.log"), Duration.ofMinutes(2));
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    @Override
    void start() throws Exception {
        Path bin = Distributions.postgres(stack).resolve("bin");
        List<String> command = asUnprivileged(List.of(bin.resolve("postgres").toString(),
                "-D", dataDir().toString(),
                "-p", String.valueOf(stack.ports().postgres()),
                "-h", "127.0.0.1",
                "-c", "unix_socket_directories=",
                "-c", "max_connections=300",
                "-c", "shared_buffers=128MB"));
        launch(command, Map.of(), dataDir().toString());
    }

    @Override
    boolean ready() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    void afterReady() throws SQLException {
        List<String> databases = new ArrayList<>();
        databases.add(DevCredentials.KEYCLOAK_DATABASE);
        for (Service service : Service.values()) {
            databases.add(service.database());
        }
        try (Connection connection = connect("postgres")) {
            for (String database : databases) {
                ensureRoleAndDatabase(connection, database);
            }
        }
    }

    private static void ensureRoleAndDatabase(Connection connection, String name) throws SQLException {
        String password = DevCredentials.databasePassword(name).replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", name)) {
                statement.execute("create role \"" + name + "\" login nosuperuser nocreatedb nocreaterole"
                        + " password '" + password + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                statement.execute("create database \"" + name + "\" owner \"" + name + "\"");
                // One service never reads another's database: only the owner may connect.
                statement.execute("revoke all on database \"" + name + "\" from public");
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", DevCredentials.POSTGRES_SUPERUSER);
        properties.setProperty("password", DevCredentials.POSTGRES_SUPERUSER_PASSWORD);
        properties.setProperty("connectTimeout", "2");
        // The driver directly, not DriverManager: the launcher also runs inside Quarkus test class loaders.
        Connection connection = new org.postgresql.Driver().connect(stack.jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("PostgreSQL driver refused " + stack.jdbcUrl(database));
        }
        return connection;
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    void stop() {
        // SIGINT is PostgreSQL's "fast" shutdown; SIGTERM would wait for every client to disconnect.
        process.stop("INT", Duration.ofSeconds(30));
    }

    @Override
    List<Integer> ports() {
        return List.of(stack.ports().postgres());
    }

    @Override
    String endpoint() {
        return "postgresql://127.0.0.1:" + stack.ports().postgres();
    }

    /** PostgreSQL refuses to run as root; as root, run it in a user namespace as an unprivileged user. */
    private static List<String> asUnprivileged(List<String> command) {
        if (!Jvm.runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--user", "--map-user=65534", "--map-group=65534"));
        wrapped.addAll(command);
        return wrapped;
    }
}
