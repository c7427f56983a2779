package app.routecard.platform.service.replicas;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A named PostgreSQL session advisory lock, held on a connection of its own: one replica of a service holds it at a
 * time. It ends with the holder's session, so a replica that dies (or loses its database) lets another take it at
 * its next try, with no lease to wait out. {@link #hold()} checks the session is still there before it says yes.
 * The session is opened outside the service's pool: a session that ends under the lock (a database restart) is
 * never handed to a request afterwards.
 */
public final class ReplicaLock implements AutoCloseable {

    /** Opens a new database session. */
    @FunctionalInterface
    public interface Sessions {
        Connection open() throws SQLException;
    }

    private final Sessions database;
    private final String name;
    private final long key;
    private Connection session;
    private boolean held;

    public ReplicaLock(Sessions database, String name) {
        this.database = database;
        this.name = name;
        this.key = keyOf(name);
    }

    /** The advisory lock key of a name: the first 8 bytes of its SHA-256 (stable across JVMs and releases). */
    public static long keyOf(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (digest[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** What the holder's session tells {@code pg_stat_activity}: the lock's name and this replica. */
    public static String holderLabel(String name) {
        return (name + " @ " + ManagementFactory.getRuntimeMXBean().getName());
    }

    /**
     * Whether this instance holds the lock now: keeps it if its session is alive, otherwise tries to take it (on the
     * session it keeps open while it waits). Answers false, never throws, when another replica holds it or the
     * database cannot be reached.
     */
    public synchronized boolean hold() {
        if (session != null && !alive(session)) {
            closeQuietly();
        }
        if (held) {
            return true;
        }
        try {
            if (session == null) {
                session = database.open();
                session.setAutoCommit(true);
            }
            try (PreparedStatement statement = session.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setQueryTimeout(5);
                statement.setLong(1, key);
                try (ResultSet result = statement.executeQuery()) {
                    held = result.next() && result.getBoolean(1);
                }
            }
            if (held) {
                String label = holderLabel(name);
                try (PreparedStatement statement = session.prepareStatement(
                        "select set_config('application_name', ?, false)")) {
                    statement.setString(1, label.substring(0, Math.min(63, label.length())));
                    statement.execute();
                }
            }
            return held;
        } catch (SQLException | RuntimeException e) {
            if (session != null) {
                closeQuietly();
            }
            return false;
        }
    }

    /** Whether this instance held the lock at its last {@link #hold()} (no database round trip). */
    public synchronized boolean held() {
        return held;
    }

    /** Lets the lock go (another replica may take it at once). */
    @Override
    public synchronized void close() {
        if (session != null) {
            // Ending the session releases the lock.
            closeQuietly();
        }
    }

    private static boolean alive(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            statement.execute("select 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void closeQuietly() {
        try {
            session.close();
        } catch (SQLException ignored) {
            // already broken
        }
        session = null;
        held = false;
    }
}
