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
        return identityProviderAway();
    }

    /** A call that took too long: Keycloak is overloaded or gone. */
    @ServerExceptionMapper
    public Response timedOut(org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException e) {
        return identityProviderAway();
    }

    /** Keycloak kept failing, so calls are not even tried for a few seconds. */
    @ServerExceptionMapper
    public Response circuitOpen(org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException e) {
        return identityProviderAway();
    }

    private static Response identityProviderAway() {
        return Response.fromResponse(Problem.of(503, "Service Unavailable",
                "The identity provider did not answer; nothing was created. Retry the same request.").toResponse())
                .header("Retry-After", "5").build();
    }
}
