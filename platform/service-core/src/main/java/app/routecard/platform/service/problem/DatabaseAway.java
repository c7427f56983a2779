package app.routecard.platform.service.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises, anywhere in an exception's cause chain, the failures that mean "the database is not there right now":
 * a connection exception (SQLState class 08), a server shutting down or starting (57P01–57P03), too many
 * connections (53300), or the pool unable to hand out a connection. The client is not at fault and may try again:
 * 503 with {@code Retry-After}, never a 500.
 */
public final class DatabaseAway {

    private static final Set<String> AWAY = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "java.net.ConnectException",
            "java.io.EOFException");

    private DatabaseAway() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || CONNECTION_FAILURES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || AWAY.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
