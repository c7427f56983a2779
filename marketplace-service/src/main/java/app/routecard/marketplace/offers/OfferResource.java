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

    public OfferResource(ObjectMapper json) {
        this.json = json;
    }

    public record OfferView(UUID id, UUID rfqId, String status, int wave, OffsetDateTime expiresAt,
                            OffsetDateTime offeredAt, JsonNode rfq) {
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
    public OfferView get(@PathParam("id") UUID id) {
        Offer offer = Offer.findById(id);
        if (offer == null) {
            throw new NotFoundException("No offer " + id);
        }
        return view(offer);
    }

    private OfferView view(Offer offer) {
        try {
            return new OfferView(offer.id, offer.rfqId, offer.status, offer.waveNumber, offer.expiresAt,
                    offer.createdAt, json.readTree(offer.rfqSnapshot));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
