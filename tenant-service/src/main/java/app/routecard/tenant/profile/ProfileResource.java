package app.routecard.tenant.profile;

import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.problem.Problem;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.tenant.events.TenantEvents;
import app.routecard.tenant.registry.RegisteredTenant;
import app.routecard.tenant.registry.TenantView;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A tenant's own profile, as its users see it and its admins change it. */
@Path("/api/tenants/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final CurrentTenant currentTenant;
    private final Outbox outbox;

    public ProfileResource(CurrentTenant currentTenant, Outbox outbox) {
        this.currentTenant = currentTenant;
        this.outbox = outbox;
    }

    @GET
    @Transactional
    @Operation(summary = "The caller's own tenant")
    public TenantView mine() {
        return TenantView.of(own());
    }

    @PATCH
    @Transactional
    @RolesAllowed({"shop_admin", "buyer", "operator"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your organization's display name, time zone, locale, contact or logo")
    public TenantView update(@Valid @NotNull ProfileUpdate update) {
        RegisteredTenant tenant = own();
        if (update.timeZone() != null) {
            try {
                tenant.timeZone = ZoneId.of(update.timeZone()).getId();
            } catch (DateTimeException e) {
                throw new InvalidTimeZone();
            }
        }
        if (update.name() != null) {
            tenant.name = update.name().trim();
        }
        if (update.locale() != null) {
            tenant.locale = update.locale();
        }
        if (update.contactEmail() != null) {
            tenant.contactEmail = update.contactEmail();
        }
        if (update.contactPhone() != null) {
            tenant.contactPhone = update.contactPhone();
        }
        if (update.brandColour() != null) {
            tenant.brandColour = update.brandColour().toLowerCase(java.util.Locale.ROOT);
        }
        if (update.logoFileId() != null) {
            tenant.logoFileId = update.logoFileId();
        }
        tenant.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        outbox.record(TenantEvents.updated(tenant));
        return TenantView.of(tenant);
    }

    private RegisteredTenant own() {
        RegisteredTenant tenant = RegisteredTenant.findById(currentTenant.id());
        if (tenant == null) {
            throw new NotFoundException("Your organization is not registered with Routecard yet");
        }
        return tenant;
    }

    static final class InvalidTimeZone extends RuntimeException {
    }

    @ServerExceptionMapper
    public Response invalidTimeZone(InvalidTimeZone e) {
        return Problem.forField(400, "Invalid request", "Invalid value for: timeZone", "timeZone",
                "an IANA time zone such as Europe/Zurich").toResponse();
    }
}
