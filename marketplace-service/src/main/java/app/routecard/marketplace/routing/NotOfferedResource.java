package app.routecard.marketplace.routing;

import app.routecard.platform.tenancy.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Why not me": the RFQs routing judged the signed-in shop for and did not offer it, each with the shop's own
 * reasons only. An RFQ the shop was never a candidate for answers 404, like any other tenant's object.
 */
@Path("/api/routing/not-offered")
@RolesAllowed("shop_admin")
@Produces(MediaType.APPLICATION_JSON)
public class NotOfferedResource {

    private final RoutingAudit audit;
    private final CurrentTenant tenant;

    public NotOfferedResource(RoutingAudit audit, CurrentTenant tenant) {
        this.audit = audit;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "RFQs the shop was judged for but not offered, with its own reasons")
    public List<RoutingAudit.NotOffered> list() {
        return audit.notOffered(tenant.id(), null);
    }

    @GET
    @Path("/{rfqId}")
    @Operation(summary = "Why the shop was not offered this RFQ (404 unless it was a candidate)")
    public RoutingAudit.NotOffered one(@PathParam("rfqId") UUID rfqId) {
        return audit.notOffered(tenant.id(), rfqId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No RFQ " + rfqId));
    }
}
