package app.routecard.platform.tenancy;

import app.routecard.platform.service.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an authenticated request whose token names no tenant (401) or a suspended tenant (403), and puts the
 * tenant on every log line of the request.
 */
public class TenantRequestFilter {

    public static final String MDC_KEY = "tenant";

    private final SecurityIdentity identity;
    private final CurrentTenant currentTenant;
    private final SuspendedTenants suspendedTenants;

    public TenantRequestFilter(SecurityIdentity identity, CurrentTenant currentTenant,
                               SuspendedTenants suspendedTenants) {
        this.identity = identity;
        this.currentTenant = currentTenant;
        this.suspendedTenants = suspendedTenants;
    }

    @ServerRequestFilter
    public Optional<Response> requireTenant(ContainerRequestContext request) {
        MDC.remove(MDC_KEY);
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Optional<Tenant> tenant = currentTenant.find();
        if (tenant.isEmpty()) {
            return Optional.of(problem(401, "Unauthorized",
                    "The access token names no tenant: the user must belong to exactly one organization"));
        }
        MDC.put(MDC_KEY, tenant.get().slug());
        TenantMetricsTag.remember(tenant.get().slug());
        Optional<String> suspension = suspendedTenants.reason(tenant.get().id());
        if (suspension.isPresent()) {
            return Optional.of(problem(403, "Tenant suspended",
                    "Your organization is suspended: " + suspension.get()));
        }
        return Optional.empty();
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, title, detail)).build();
    }
}
