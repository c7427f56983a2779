package app.routecard.marketplace.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's routing audit: any posted RFQ of any buyer, with its whole decision wave by wave. */
@Path("/api/operations/routing")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingAuditResource {

    private final RoutingAudit audit;

    public RoutingAuditResource(RoutingAudit audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Posted RFQs of every buyer by number or title, newest first")
    public List<RoutingAudit.RfqEntry> search(@QueryParam("q") @Size(max = 100) String text,
                                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return audit.search(text, limit);
    }

    @GET
    @Path("/{rfqId}")
    @Operation(summary = "An RFQ's whole routing: every wave's seed, candidates in and out with reasons and rank"
            + " inputs, and the offers made")
    public RoutingAudit.RfqAudit audit(@PathParam("rfqId") UUID rfqId) {
        return audit.audit(rfqId);
    }
}
