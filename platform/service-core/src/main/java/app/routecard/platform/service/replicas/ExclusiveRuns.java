package app.routecard.platform.service.replicas;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scheduled work that must not run on two replicas at once: a run first takes the work's {@link ReplicaLock}, and a
 * replica that finds it taken skips this run (the holder is doing the same work). What a run does is still kept in
 * the database's rows, so a run that dies half-way is finished by the next one, on whichever replica.
 */
@ApplicationScoped
public class ExclusiveRuns {

    private final ReplicaLock.Sessions database;

    public ExclusiveRuns(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                         @ConfigProperty(name = "quarkus.datasource.username") String username,
                         @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        Properties login = new Properties();
        login.setProperty("user", username);
        password.ifPresent(secret -> login.setProperty("password", secret));
        // A lock's session is quiet: the server ends it if the holder's process is gone, and it fails fast if not.
        login.setProperty("tcpKeepAlive", "true");
        login.setProperty("connectTimeout", "5");
        login.setProperty("socketTimeout", "30");
        login.setProperty("ApplicationName", "routecard replica lock");
        this.database = () -> DriverManager.getConnection(url, login);
    }

    /** Runs {@code work} unless another replica runs the work of this name now; answers whether it ran. */
    public boolean runAlone(String name, Runnable work) {
        return callAlone(name, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** {@code work}'s answer, or empty when another replica runs the work of this name now (this run is skipped). */
    public <T> Optional<T> callAlone(String name, Supplier<T> work) {
        try (ReplicaLock lock = new ReplicaLock(database, name)) {
            return lock.hold() ? Optional.of(work.get()) : Optional.empty();
        }
    }

    /** A lock of this name for a replica to hold for as long as it does the work (the outbox relay's). */
    public ReplicaLock lock(String name) {
        return new ReplicaLock(database, name);
    }
}
