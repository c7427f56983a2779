package app.routecard.tenant.onboarding;

import app.routecard.platform.service.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/api/tenants")
@RolesAllowed("operator")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private final OnboardingService onboarding;

    public OnboardingResource(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @POST
    @Operation(summary = "Onboard a tenant: Keycloak organization, first admin, set-password e-mail (idempotent by slug)")
    public Response onboard(@Valid @NotNull OnboardingRequest request) {
        OnboardingService.Outcome outcome = onboarding.onboard(request);
        return (outcome.created() ? Response.created(URI.create("/api/tenants/" + outcome.tenant().id()))
                : Response.ok()).entity(outcome.tenant()).build();
    }

    @ServerExceptionMapper
    public Response slugTaken(OnboardingService.SlugTaken e) {
        return Problem.forField(409, "Conflict", e.getMessage(), "slug", "already taken").toResponse();
    }
}
