package app.routecard.tenant.onboarding;

import app.routecard.platform.service.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How identity-provider trouble reaches clients, from any endpoint that calls Keycloak. */
public class IdentityProviderProblems {

    @ServerExceptionMapper
    public Response conflict(IdentityDirectory.Conflict e) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(new Problem("about:blank", "Conflict", 409,
                e.getMessage(), null, List.of(new Problem.FieldError("slug", "already taken")))).build();
    }

    @ServerExceptionMapper
    public Response unavailable(IdentityDirectory.Unavailable e) {
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(Problem.of(503, "Service Unavailable",
                "The identity provider did not answer; nothing was created. Retry the same request.")).build();
    }
}
