package app.routecard.job.quotes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** A shop's quotes to its own customers (not marketplace quotes): prices and lead times that become jobs. */
@Path("/api/quotes")
@RolesAllowed("shop_admin")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService quotes;

    public QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a quote with its lines")
    public Response create(@Valid @NotNull QuoteDtos.NewQuote request) {
        QuoteDtos.QuoteView quote = quotes.create(request);
        return Response.created(URI.create("/api/quotes/" + quote.id())).entity(quote).build();
    }

    @GET
    @Operation(summary = "Quotes by status or text (number, customer), paged and sorted")
    public QuoteDtos.QuotePage list(@QueryParam("status") QuoteStatus status,
                                    @QueryParam("q") @Size(max = 100) String text,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                                    @QueryParam("sort") @DefaultValue("-createdAt")
                                    @Pattern(regexp = "-?(createdAt|number|validUntil|customerName|status)")
                                    String sort) {
        return quotes.list(status, text, page, size, sort);
    }

    @GET
    @Path("/{id}")
    public QuoteDtos.QuoteView get(@PathParam("id") UUID id) {
        return quotes.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft quote")
    public QuoteDtos.QuoteView replace(@PathParam("id") UUID id, @Valid @NotNull QuoteDtos.NewQuote request) {
        return quotes.replace(id, request);
    }

    @POST
    @Path("/{id}/send")
    @Operation(summary = "Mark the draft as sent to the customer; it no longer changes")
    public QuoteDtos.QuoteView send(@PathParam("id") UUID id) {
        return quotes.send(id);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the customer's acceptance: a job per line, released unless release=false")
    public QuoteDtos.QuoteView accept(@PathParam("id") UUID id, @Valid QuoteDtos.Acceptance acceptance) {
        return quotes.accept(id, acceptance);
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the customer declined, with the reason")
    public QuoteDtos.QuoteView decline(@PathParam("id") UUID id, @Valid @NotNull QuoteDtos.Decline decline) {
        return quotes.decline(id, decline.reason());
    }
}
