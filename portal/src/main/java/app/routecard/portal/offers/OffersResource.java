package app.routecard.portal.offers;

import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFQs routing offered this shop, newest first: what to make, by when, and how long the offer stands. The
 * RFQ's drawings are shared with the shop for as long as it may quote ("Shared files").
 */
@Path("/offers")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.TEXT_HTML)
public class OffersResource {

    private final ServiceClient services;
    private final PageContext pages;
    private final ObjectMapper json;

    public OffersResource(ServiceClient services, PageContext pages, ObjectMapper json) {
        this.services = services;
        this.pages = pages;
        this.json = json;
    }

    /** One offer as the board shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offer(String id, String status, int wave, OffsetDateTime expiresAt, JsonNode rfq) {
        public String number() {
            return rfq.path("number").asText();
        }

        public String title() {
            return rfq.path("title").asText();
        }

        public String shipBy() {
            return rfq.path("targetShipDate").asText();
        }

        public String shipTo() {
            return rfq.path("shipTo").asText();
        }

        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            rfq.path("lines").forEach(line -> lines.add(line.path("quantity").asText() + " × "
                    + line.path("process").asText().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", "
                    + line.path("material").asText()));
            return lines;
        }

        /** "41 h left", "expired". */
        public String timeLeft() {
            Duration left = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), expiresAt);
            if (left.isNegative() || left.isZero()) {
                return "expired";
            }
            return left.toHours() >= 1 ? left.toHours() + " h left" : left.toMinutes() + " min left";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offers(Page page, List<Offer> offers);
    }

    @GET
    public TemplateInstance board() {
        List<Offer> offers = json.convertValue(services.get("marketplace", "/api/offers", pages.token()).body(),
                new TypeReference<>() { });
        return Templates.offers(pages.page("Offers"), offers);
    }
}
