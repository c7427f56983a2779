package app.routecard.marketplace.rfq;

import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A buyer's RFQs. Only the buyer's tenant sees them; suppliers see the offers routing makes of them. */
@Path("/api/rfqs")
@RolesAllowed("buyer")
@Produces(MediaType.APPLICATION_JSON)
public class RfqResource {

    private final RfqService rfqs;

    public RfqResource(RfqService rfqs) {
        this.rfqs = rfqs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft an RFQ with its lines")
    public Response create(@Valid @NotNull RfqDtos.RfqRequest request) {
        RfqDtos.RfqView rfq = rfqs.create(request);
        return Response.created(URI.create("/api/rfqs/" + rfq.id())).entity(rfq).build();
    }

    @GET
    @Operation(summary = "The buyer's RFQs by status or text (number, title), newest first")
    public Paged<RfqDtos.RfqSummary> list(@QueryParam("status") RfqStatus status,
                                          @QueryParam("q") @Size(max = 100) String text,
                                          @Valid @BeanParam ListWindow window) {
        return rfqs.list(status, text, window);
    }

    @GET
    @Path("/{id}")
    public RfqDtos.RfqView get(@PathParam("id") UUID id) {
        return rfqs.get(id);
    }

    @GET
    @Path("/{id}/routing")
    @Operation(summary = "The RFQ's waves: every shop judged, in or out with its reasons, rank inputs, who was offered")
    public java.util.List<RfqService.WaveView> routing(@PathParam("id") UUID id) {
        return rfqs.routing(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft RFQ (its lines are replaced)")
    public RfqDtos.RfqView replace(@PathParam("id") UUID id, @Valid @NotNull RfqDtos.RfqRequest request) {
        return rfqs.replace(id, request);
    }

    @POST
    @Path("/{id}/post")
    @Operation(summary = "Post the draft: open to quotes, routed to suppliers")
    public RfqDtos.RfqView post(@PathParam("id") UUID id) {
        return rfqs.post(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an RFQ that is not decided, with the reason")
    public RfqDtos.RfqView cancel(@PathParam("id") UUID id, @Valid @NotNull RfqDtos.CancelRequest request) {
        return rfqs.cancel(id, request.reason());
    }
}
