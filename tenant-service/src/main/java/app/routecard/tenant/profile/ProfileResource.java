package app.routecard.tenant.profile;

import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.tenant.registry.RegisteredTenant;
import app.routecard.tenant.registry.TenantView;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A tenant's own profile, as its users see it. */
@Path("/api/tenants/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final CurrentTenant currentTenant;

    public ProfileResource(CurrentTenant currentTenant) {
        this.currentTenant = currentTenant;
    }

    @GET
    @Transactional
    @Operation(summary = "The caller's own tenant")
    public TenantView mine() {
        RegisteredTenant tenant = RegisteredTenant.findById(currentTenant.id());
        if (tenant == null) {
            throw new NotFoundException("Your organization is not registered with Routecard yet");
        }
        return TenantView.of(tenant);
    }
}
