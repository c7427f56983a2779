package app.routecard.job.shipping;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A job's shipments: partial or final, with carrier, tracking and proof files, then their delivery. */
@Path("/api/jobs/{jobId}/shipments")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    private final ShipmentService shipping;

    public ShipmentResource(ShipmentService shipping) {
        this.shipping = shipping;
    }

    @GET
    @Operation(summary = "Ordered vs shipped, on time or late, and every shipment")
    public ShipmentDtos.ShippingSummary list(@PathParam("jobId") UUID jobId) {
        return shipping.summary(jobId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a shipment; the job is shipped once all it ordered (or a final shipment) has left")
    public Response ship(@PathParam("jobId") UUID jobId, @Valid @NotNull ShipmentDtos.NewShipment request) {
        ShipmentDtos.ShipmentView view = shipping.ship(jobId, request);
        return Response.created(URI.create("/api/jobs/" + jobId + "/shipments/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/{shipmentId}/delivered")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a shipment's delivery; the job is delivered once every shipment is")
    public ShipmentDtos.ShipmentView delivered(@PathParam("jobId") UUID jobId,
                                               @PathParam("shipmentId") UUID shipmentId,
                                               @Valid ShipmentDtos.Delivery delivery) {
        return shipping.delivered(jobId, shipmentId, delivery);
    }
}
