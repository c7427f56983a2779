package app.routecard.portal.offers;

import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.FormValues;
import app.routecard.portal.web.ServiceProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
    private final SecurityIdentity identity;

    public OffersResource(ServiceClient services, PageContext pages, ObjectMapper json,
                          SecurityIdentity identity) {
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
                                             FormFeedback feedback);
    }

    static final List<String> REASONS = List.of("CAPACITY", "CAPABILITY", "MATERIAL", "LEAD_TIME", "PRICE_TARGET",
            "OTHER");

    @GET
    @Path("/{offerId}")
    public TemplateInstance show(@PathParam("offerId") UUID offerId,
                                 @QueryParam("done") String done) {
        return render(offerId, "declined".equals(done) ? FormFeedback.done("Offer declined."
                + " The buyer's RFQ goes on to other shops.") : FormFeedback.none());
    }

    @POST
    @Path("/{offerId}/decline")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("offerId") UUID offerId,
                                               @FormParam("reason") String reason,
                                               @FormParam("note") String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", FormValues.trimmedOrNull(reason));
        body.put("note", FormValues.trimmedOrNull(note));
        try {
            services.post("marketplace", "/api/offers/" + offerId + "/decline", pages.token(), body);
        } catch (ServiceProblem problem) {
            return FormValues.page(problem.status(), render(offerId,
                    FormFeedback.refused("decline", problem, Map.of(
                            "reason", FormValues.text(reason),
                            "note", FormValues.text(note)))));
        }
        return Response.seeOther(URI.create("/offers/" + offerId + "?done=declined"))
                .build();
    }

    private TemplateInstance render(UUID offerId, FormFeedback feedback) {
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
