package app.routecard.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/**
 * A new transaction inside a tenant scope: the order that matters, because the connection takes its tenant
 * setting when the transaction first uses it. Outside a request (a test, a consumer thread) a request context is
 * activated for the duration, as Hibernate asks the tenant resolver only inside one.
 */
public final class TenantTransactions {

    private TenantTransactions() {
    }

    public static <T> T forTenant(String tenantId, Supplier<T> work) {
        return TenantScope.forTenant(tenantId, () -> inRequestContext(() -> QuarkusTransaction.requiringNew().call(work::get)));
    }

    public static <T> T allTenants(String reason, Supplier<T> work) {
        return TenantScope.allTenants(reason, () -> inRequestContext(() -> QuarkusTransaction.requiringNew().call(work::get)));
    }

    private static <T> T inRequestContext(Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return work.get();
        }
        requestContext.activate();
        try {
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }
}
