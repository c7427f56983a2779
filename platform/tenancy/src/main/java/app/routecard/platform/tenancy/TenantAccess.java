package app.routecard.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.util.Optional;

/** What the data access happening now may see: a scope set in code wins over the request's tenant. */
final class TenantAccess {

    /** Matches no tenant: what Hibernate filters on when nothing named a tenant. */
    static final String NO_TENANT = "00000000-0000-0000-0000-000000000000";

    private TenantAccess() {
    }

    static Optional<TenantScope.Access> now() {
        Optional<TenantScope.Access> scoped = TenantScope.current();
        if (scoped.isPresent()) {
            return scoped;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return Optional.empty();
        }
        return Arc.container().instance(CurrentTenant.class).get().find()
                .map(tenant -> new TenantScope.ForTenant(tenant.id()));
    }
}
