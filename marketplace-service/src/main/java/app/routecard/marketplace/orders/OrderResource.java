package app.routecard.marketplace.orders;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The buyer's orders: one per awarded line, following the shop's job, and the buyer's receipts. */
@Path("/api/orders")
@RolesAllowed("buyer")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final OrderService orders;

    public OrderResource(OrderService orders) {
        this.orders = orders;
    }

    @GET
    @Operation(summary = "The buyer's orders, newest first, or one RFQ's")
    public List<OrderDtos.OrderView> list(@QueryParam("rfq") UUID rfqId) {
        return orders.list(rfqId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An order with what the shop did on its job and what was received")
    public OrderDtos.OrderView get(@PathParam("id") UUID id) {
        return orders.get(id);
    }

    @POST
    @Path("/{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record parts received: received, accepted and rejected quantity, why rejected")
    public OrderDtos.OrderView receive(@PathParam("id") UUID id, @Valid @NotNull OrderDtos.ReceiptRequest request) {
        orders.receive(id, request);
        return orders.get(id);
    }

    @POST
    @Path("/{id}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send back accepted parts found nonconforming: quantity and why (an NCR on the shop's job)")
    public OrderDtos.OrderView returnParts(@PathParam("id") UUID id, @Valid @NotNull OrderDtos.ReturnRequest request) {
        orders.returnParts(id, request);
        return orders.get(id);
    }
}
