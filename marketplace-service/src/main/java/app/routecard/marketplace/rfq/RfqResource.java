package app.routecard.marketplace.rfq;

import app.routecard.marketplace.awards.AwardDtos;
import app.routecard.marketplace.awards.AwardService;
import app.routecard.marketplace.quotes.BuyerQuotes;
import app.routecard.marketplace.quotes.QuoteDtos;
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
    private final BuyerQuotes quotes;
    private final AwardService awards;

    public RfqResource(RfqService rfqs, BuyerQuotes quotes, AwardService awards) {
        this.rfqs = rfqs;
        this.quotes = quotes;
        this.awards = awards;
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

    @GET
    @Path("/{id}/quotes")
    @Operation(summary = "The quotes and counter-offers received on the RFQ")
    public java.util.List<QuoteDtos.QuoteView> quotes(@PathParam("id") UUID id) {
        return quotes.received(id);
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "The quotes side by side per line: prices per break, lead time, ship date fit, awardable")
    public BuyerQuotes.Comparison comparison(@PathParam("id") UUID id) {
        return quotes.comparison(id);
    }

    @POST
    @Path("/{id}/awards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Award a quote, whole or some lines: each line becomes an order and the shop's job")
    public Response award(@PathParam("id") UUID id, @Valid @NotNull AwardDtos.AwardRequest request) {
        return Response.status(Response.Status.CREATED).entity(awards.award(id, request)).build();
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
