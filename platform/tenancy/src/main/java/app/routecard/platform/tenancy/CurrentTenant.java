package app.routecard.platform.tenancy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant of the current request, taken from the validated access token and from nothing else; outside a
 * user's request (an event handler acting for one tenant through {@link TenantScope#forTenant}), that tenant.
 */
@RequestScoped
public class CurrentTenant {

    private final SecurityIdentity identity;
    private Optional<Tenant> tenant;

    public CurrentTenant(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Tenant> find() {
        if (tenant == null) {
            tenant = identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    ? Optional.empty()
                    : TenantClaim.parse(token.getClaim(TenantClaim.NAME));
        }
        if (tenant.isEmpty() && identity.isAnonymous()
                && TenantScope.current().orElse(null) instanceof TenantScope.ForTenant scoped) {
            return Optional.of(new Tenant(scoped.tenantId(), null));
        }
        return tenant;
    }

    /** The tenant; a request without one never reaches a resource (see {@link TenantRequestFilter}). */
    public Tenant get() {
        return find().orElseThrow(() -> new IllegalStateException("No tenant in this request"));
    }

    public String id() {
        return get().id();
    }
}
