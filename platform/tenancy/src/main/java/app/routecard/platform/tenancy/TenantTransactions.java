package app.routecard.platform.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/**
 * A new transaction inside a tenant scope: the order that matters, because the connection takes its tenant
 * setting when the transaction first uses it.
 */
public final class TenantTransactions {

    private TenantTransactions() {
    }

    public static <T> T forTenant(String tenantId, Supplier<T> work) {
        return TenantScope.forTenant(tenantId, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    public static <T> T allTenants(String reason, Supplier<T> work) {
        return TenantScope.allTenants(reason, () -> QuarkusTransaction.requiringNew().call(work::get));
    }
}
