package app.routecard.platform.tenancy;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/** Hibernate's discriminator multitenancy fills and filters {@code @TenantId} with the tenant of the moment. */
@PersistenceUnitExtension
@ApplicationScoped
public class RoutecardTenantResolver implements TenantResolver {

    @Override
    public String getDefaultTenantId() {
        return TenantAccess.NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return TenantAccess.now()
                .filter(TenantScope.ForTenant.class::isInstance)
                .map(access -> ((TenantScope.ForTenant) access).tenantId())
                .orElse(TenantAccess.NO_TENANT);
    }
}
