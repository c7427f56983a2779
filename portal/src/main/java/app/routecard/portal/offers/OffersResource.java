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
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public OffersResource(ServiceClient services, PageContext pages, ObjectMapper json,
                          io.quarkus.security.identity.SecurityIdentity identity) {
        this.services = services;
        this.pages = pages;
        this.json = json;
        this.identity = identity;
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

        public boolean open() {
            return "NEW".equals(status) || "VIEWED".equals(status);
        }

        public String quotesDue() {
            return rfq.path("quoteDeadline").asText().replace('T', ' ').replaceAll(":\\d{2}(\\.\\d+)?Z$", " UTC");
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

        static native TemplateInstance offer(Page page, Offer offer, List<String> reasons, boolean admin,
                                             app.routecard.portal.web.FormFeedback feedback);
    }

    static final List<String> REASONS = List.of("CAPACITY", "CAPABILITY", "MATERIAL", "LEAD_TIME", "PRICE_TARGET",
            "OTHER");

    @GET
    @Path("/{offerId}")
    public TemplateInstance show(@jakarta.ws.rs.PathParam("offerId") java.util.UUID offerId,
                                 @jakarta.ws.rs.QueryParam("done") String done) {
        return render(offerId, "declined".equals(done) ? app.routecard.portal.web.FormFeedback.done("Offer declined."
                + " The buyer's RFQ goes on to other shops.") : app.routecard.portal.web.FormFeedback.none());
    }

    @jakarta.ws.rs.POST
    @Path("/{offerId}/decline")
    @RolesAllowed("shop_admin")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public jakarta.ws.rs.core.Response decline(@jakarta.ws.rs.PathParam("offerId") java.util.UUID offerId,
                                               @jakarta.ws.rs.FormParam("reason") String reason,
                                               @jakarta.ws.rs.FormParam("note") String note) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("reason", app.routecard.portal.web.FormValues.trimmedOrNull(reason));
        body.put("note", app.routecard.portal.web.FormValues.trimmedOrNull(note));
        try {
            services.post("marketplace", "/api/offers/" + offerId + "/decline", pages.token(), body);
        } catch (app.routecard.portal.web.ServiceProblem problem) {
            return app.routecard.portal.web.FormValues.page(problem.status(), render(offerId,
                    app.routecard.portal.web.FormFeedback.refused("decline", problem, java.util.Map.of(
                            "reason", app.routecard.portal.web.FormValues.text(reason),
                            "note", app.routecard.portal.web.FormValues.text(note)))));
        }
        return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create("/offers/" + offerId + "?done=declined"))
                .build();
    }

    private TemplateInstance render(java.util.UUID offerId, app.routecard.portal.web.FormFeedback feedback) {
        Offer offer = json.convertValue(services.get("marketplace", "/api/offers/" + offerId, pages.token()).body(),
                Offer.class);
        return Templates.offer(pages.page(offer.number()), offer, REASONS, identity.hasRole("shop_admin"),
                feedback);
    }

    @GET
    public TemplateInstance board() {
        List<Offer> offers = json.convertValue(services.get("marketplace", "/api/offers", pages.token()).body(),
                new TypeReference<>() { });
        return Templates.offers(pages.page("Offers"), offers);
    }
}
