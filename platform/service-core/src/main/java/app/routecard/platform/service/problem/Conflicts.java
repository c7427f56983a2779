package app.routecard.platform.service.problem;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises, anywhere in an exception's cause chain, the failures that mean "someone else changed this first":
 * an optimistic-lock failure ({@code @Version}), a unique violation (SQLState 23505), a serialization failure
 * (40001) or a deadlock (40P01). Each is the client's race, not a server fault: 409, reload and retry.
 */
public final class Conflicts {

    /** PostgreSQL's SQLState for a unique violation. */
    public static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");
    private static final Set<String> OPTIMISTIC_LOCK_FAILURES = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleObjectStateException",
            "org.hibernate.StaleStateException",
            "org.hibernate.dialect.lock.OptimisticEntityLockException");

    /** What kind of conflict a failure was. */
    public enum Kind { CHANGED_CONCURRENTLY, ALREADY_EXISTS }

    /** A recognised conflict; {@code constraint} is the violated unique constraint or index, when known. */
    public record Conflict(Kind kind, String constraint) {
    }

    private Conflicts() {
    }

    public static Optional<Conflict> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isOptimisticLockFailure(cause)) {
                return Optional.of(new Conflict(Kind.CHANGED_CONCURRENTLY, null));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return Optional.of(new Conflict(Kind.ALREADY_EXISTS, constraintOf(failure)));
                }
                if (RETRYABLE.contains(sql.getSQLState())) {
                    return Optional.of(new Conflict(Kind.CHANGED_CONCURRENTLY, null));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is a unique violation of the named constraint or index (by SQLState, not message). */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        return of(failure).filter(c -> c.kind() == Kind.ALREADY_EXISTS && constraint.equals(c.constraint()))
                .isPresent();
    }

    /** The 409 a client gets for the conflict; it never shows SQL, table data or a stack trace. */
    public static Problem problem(Conflict conflict) {
        return conflict.kind() == Kind.ALREADY_EXISTS
                ? Problem.of(409, "Conflict", "This already exists (another request created it at the same time);"
                + " reload and try again")
                : Problem.of(409, "Conflict", "Changed by someone else in the meantime; reload and try again");
    }

    private static boolean isOptimisticLockFailure(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (OPTIMISTIC_LOCK_FAILURES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The constraint name as the driver or Hibernate reports it structurally (never parsed from a message). */
    private static String constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return violation.getConstraintName();
            }
        }
        return null;
    }
}
