package app.routecard.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the data access of the current thread acts for, when it is not a user's request: an event handler or the
 * outbox relay acting for one tenant, or an operator path that must see every tenant. Open the transaction
 * inside the scope: the database connection takes its tenant when it is taken from the pool.
 */
public final class TenantScope {

    /** What a scope grants: one tenant's rows, or every tenant's (named so it is never granted by accident). */
    public sealed interface Access permits ForTenant, AllTenants {
    }

    public record ForTenant(String tenantId) implements Access {
    }

    public record AllTenants(String reason) implements Access {
    }

    private static final ThreadLocal<Access> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static <T> T forTenant(String tenantId, Supplier<T> work) {
        return within(new ForTenant(tenantId), work);
    }

    /** Cross-tenant access, for the few paths the product needs it (operators, relays); give the reason. */
    public static <T> T allTenants(String reason, Supplier<T> work) {
        return within(new AllTenants(reason), work);
    }

    public static void forTenant(String tenantId, Runnable work) {
        within(new ForTenant(tenantId), () -> {
            work.run();
            return null;
        });
    }

    public static void allTenants(String reason, Runnable work) {
        within(new AllTenants(reason), () -> {
            work.run();
            return null;
        });
    }

    static Optional<Access> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    private static <T> T within(Access access, Supplier<T> work) {
        Access previous = CURRENT.get();
        CURRENT.set(access);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
