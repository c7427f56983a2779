package app.routecard.tenant.onboarding;

import app.routecard.platform.service.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How identity-provider trouble reaches clients, from any endpoint that calls Keycloak. */
public class IdentityProviderProblems {

    @ServerExceptionMapper
    public Response conflict(IdentityDirectory.Conflict e) {
        return Problem.forField(409, "Conflict", e.getMessage(), "slug", "already taken").toResponse();
    }

    @ServerExceptionMapper
    public Response unavailable(IdentityDirectory.Unavailable e) {
        return Problem.of(503, "Service Unavailable",
                "The identity provider did not answer; nothing was created. Retry the same request.").toResponse();
    }
}
