package app.routecard.marketplace.quotes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in shop's quotes: sent for its offers, revised or withdrawn until the RFQ's quote deadline. */
@Path("/api/quotes")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService quotes;
    private final QuoteReads reads;

    public QuoteResource(QuoteService quotes, QuoteReads reads) {
        this.quotes = quotes;
        this.reads = reads;
    }

    @GET
    @Operation(summary = "The shop's quotes and counter-offers, latest change first")
    public List<QuoteDtos.QuoteView> list() {
        return reads.shopQuotes();
    }

    @GET
    @Path("/{id}")
    public QuoteDtos.QuoteView get(@PathParam("id") UUID id) {
        return reads.shopQuote(id);
    }

    @POST
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quote an offer: a unit price per quantity break and a lead time per line, validity, notes")
    public Response submit(@Valid @NotNull QuoteDtos.QuoteRequest request) {
        UUID id = quotes.submit(request);
        return Response.created(URI.create("/api/quotes/" + id)).entity(reads.shopQuote(id)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise the quote before the RFQ's quote deadline")
    public QuoteDtos.QuoteView revise(@PathParam("id") UUID id, @Valid @NotNull QuoteDtos.QuoteRequest request) {
        quotes.revise(id, request);
        return reads.shopQuote(id);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the quote before the RFQ's quote deadline")
    public QuoteDtos.QuoteView withdraw(@PathParam("id") UUID id, @Valid QuoteDtos.WithdrawRequest request) {
        quotes.withdraw(id, request == null ? null : request.reason());
        return reads.shopQuote(id);
    }
}
