package app.routecard.marketplace.offers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The RFQs routing offered the signed-in shop: its own offers only, newest first. */
@Path("/api/offers")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    private final ObjectMapper json;
    private final OfferAnswers answers;
    private final app.routecard.marketplace.quotes.QuoteReads quotes;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public OfferResource(ObjectMapper json, OfferAnswers answers, app.routecard.marketplace.quotes.QuoteReads quotes,
                         io.quarkus.security.identity.SecurityIdentity identity) {
        this.json = json;
        this.answers = answers;
        this.quotes = quotes;
        this.identity = identity;
    }

    public record DeclineRequest(@jakarta.validation.constraints.NotNull OfferPolicy.DeclineReason reason,
                                 @jakarta.validation.constraints.Size(max = 1000) String note) {
    }

    /** An offer with the RFQ as offered, and the shop's answer (quote or counter-offer) once it gave one. */
    public record OfferView(UUID id, UUID rfqId, String status, int wave, OffsetDateTime expiresAt,
                            OffsetDateTime offeredAt, JsonNode rfq,
                            app.routecard.marketplace.quotes.QuoteDtos.QuoteView answer) {
        OfferView withAnswer(app.routecard.marketplace.quotes.QuoteDtos.QuoteView quote) {
            return new OfferView(id, rfqId, status, wave, expiresAt, offeredAt, rfq, quote);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "The shop's offers, newest first, each with the RFQ as it was offered")
    public List<OfferView> list() {
        return Offer.<Offer>list("order by createdAt desc").stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One offer with the RFQ as offered and the shop's answer; the admin's first look marks it viewed")
    public OfferView get(@PathParam("id") UUID id) {
        Offer offer = Offer.findById(id);
        if (offer == null) {
            throw new NotFoundException("No offer " + id);
        }
        if (identity.hasRole("shop_admin")) {
            answers.viewed(offer);
        }
        return view(offer).withAnswer(quotes.forOffer(id).orElse(null));
    }

    @jakarta.ws.rs.POST
    @Path("/{id}/counter")
    @RolesAllowed("shop_admin")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counter the offer: another quantity, lead time or ship date (and a unit price if any)")
    public OfferView counter(@PathParam("id") UUID id, @jakarta.validation.Valid @jakarta.validation.constraints.NotNull
                             app.routecard.marketplace.quotes.QuoteDtos.CounterRequest request) {
        answers.counter(id, request);
        return get(id);
    }

    @jakarta.ws.rs.POST
    @Path("/{id}/decline")
    @RolesAllowed("shop_admin")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline the offer with a reason (capacity, capability, material, lead time, price target,"
            + " other with a note); the RFQ's next wave opens at once")
    public OfferView decline(@PathParam("id") UUID id,
                             @jakarta.validation.Valid @jakarta.validation.constraints.NotNull DeclineRequest request) {
        answers.decline(id, request.reason(), request.note());
        return get(id);
    }

    private OfferView view(Offer offer) {
        try {
            return new OfferView(offer.id, offer.rfqId, offer.status, offer.waveNumber, offer.expiresAt,
                    offer.createdAt, json.readTree(offer.rfqSnapshot), null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
