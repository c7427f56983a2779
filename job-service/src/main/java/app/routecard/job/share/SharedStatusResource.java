package app.routecard.job.share;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The customer's side: no account, only the token. Never cached, never leaked through a Referer. */
@Path("/api/shared/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SharedStatusResource {

    private final ShareService sharing;

    public SharedStatusResource(ShareService sharing) {
        this.sharing = sharing;
    }

    @GET
    @Operation(summary = "A shared job's customer-safe status; unknown, expired or revoked tokens answer 404")
    public Response status(@PathParam("token") String token) {
        return Response.ok(sharing.open(token)).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
