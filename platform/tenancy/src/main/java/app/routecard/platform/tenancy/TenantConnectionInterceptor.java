package app.routecard.platform.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Row-level security's half of isolation: every connection taken from the pool carries the tenant in
 * {@code app.tenant_id} (or {@code app.cross_tenant = on} inside an all-tenants scope), and is reset when
 * returned. Policies created by {@code enable_tenant_rls(...)} filter on these settings, so a query that forgot
 * its tenant filter still sees only its tenant's rows.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        String tenant = "";
        String crossTenant = "off";
        TenantScope.Access access = TenantAccess.now().orElse(null);
        if (access instanceof TenantScope.ForTenant forTenant) {
            tenant = forTenant.tenantId();
        } else if (access instanceof TenantScope.AllTenants) {
            crossTenant = "on";
        }
        apply(connection, tenant, crossTenant);
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        apply(connection, "", "off");
    }

    private static void apply(Connection connection, String tenant, String crossTenant) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('app.tenant_id', ?, false), set_config('app.cross_tenant', ?, false)")) {
            statement.setString(1, tenant);
            statement.setString(2, crossTenant);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the tenant on a database connection", e);
        }
    }
}
