package app.routecard.portal.offers;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.FormValues;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The shop's offers board (new, viewed, expiring with the time left, answered) with its awards, and one offer's
 * page: what to make, the drawings, and the shop's answer — a quote per line and quantity break, a decline with a
 * reason, or a counter-offer; a standing quote is revised or withdrawn there until the deadline.
 */
@Path("/offers")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.TEXT_HTML)
public class OffersResource {

    static final List<String> REASONS = List.of("CAPACITY", "CAPABILITY", "MATERIAL", "LEAD_TIME", "PRICE_TARGET",
            "OTHER");
    private static final Map<String, String> DONE = Map.of(
            "declined", "Offer declined. The buyer's RFQ goes on to other shops.",
            "quoted", "Quote sent. The buyer sees it beside the others; you can revise it until quotes are due.",
            "revised", "Quote revised.", "withdrawn", "Quote withdrawn.",
            "countered", "Counter-offer sent to the buyer.");

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public OffersResource(@RestClient MarketplaceService marketplaceService, PageContext pages, ObjectMapper json,
                          SecurityIdentity identity) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offers(Page page, List<OfferViews.Offer> offers,
                                              List<OfferViews.Award> awards, List<OfferViews.NotOffered> notOffered);

        static native TemplateInstance offer(Page page, OfferViews.Offer offer, List<QuoteRow> quoteRows,
                                             List<String> reasons, boolean admin, FormFeedback feedback);
    }

    @GET
    public TemplateInstance board() {
        List<OfferViews.Offer> offers = json.convertValue(marketplaceService.offers(),
                new TypeReference<>() { });
        List<OfferViews.Award> awards = json.convertValue(marketplaceService.awards(),
                new TypeReference<>() { });
        List<OfferViews.NotOffered> notOffered = identity.hasRole("shop_admin") ? json.convertValue(
                marketplaceService.notOffered(), new TypeReference<>() { })
                : List.of();
        return Templates.offers(pages.page("Offers"), offers, awards, notOffered);
    }

    @GET
    @Path("/{offerId}")
    public TemplateInstance show(@PathParam("offerId") UUID offerId, @QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return render(offerId, message == null ? FormFeedback.none() : FormFeedback.done(message));
    }

    @POST
    @Path("/{offerId}/decline")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("offerId") UUID offerId, @FormParam("reason") String reason,
                            @FormParam("note") String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", FormValues.trimmedOrNull(reason));
        body.put("note", FormValues.trimmedOrNull(note));
        return act(offerId, "declined", "decline", Map.of("reason", FormValues.text(reason), "note",
                FormValues.text(note)), () -> marketplaceService.declineOffer(offerId,
                body));
    }

    @POST
    @Path("/{offerId}/quote")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response quote(@PathParam("offerId") UUID offerId, MultivaluedMap<String, String> form) {
        OfferViews.Offer offer = offer(offerId);
        Map<String, String> fields = single(form);
        Map<String, Object> body = QuoteAnswerForm.body(offerId.toString(), offer.lines(), fields);
        boolean revise = offer.answer() != null && !offer.answer().counterOffer();
        return act(offerId, revise ? "revised" : "quoted", "quote", QuoteAnswerForm.entered(fields), () -> {
            if (revise) {
                marketplaceService.reviseQuote(UUID.fromString(offer.answer().id()), body);
            } else {
                marketplaceService.submitQuote(body);
            }
        });
    }

    @POST
    @Path("/{offerId}/withdraw")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("offerId") UUID offerId, @FormParam("reason") String reason) {
        OfferViews.Offer offer = offer(offerId);
        if (offer.answer() == null) {
            return Response.seeOther(URI.create("/offers/" + offerId)).build();
        }
        return act(offerId, "withdrawn", "withdraw", Map.of("reason", FormValues.text(reason)), () ->
                marketplaceService.withdrawQuote(UUID.fromString(offer.answer().id()),
                        Map.of("reason", FormValues.text(reason))));
    }

    @POST
    @Path("/{offerId}/counter")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response counter(@PathParam("offerId") UUID offerId, MultivaluedMap<String, String> form) {
        Map<String, String> fields = single(form);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("quantity", "leadDays", "shipDate", "unitPrice", "note")) {
            body.put(field, FormValues.trimmedOrNull(fields.get("counter-" + field)));
        }
        Map<String, String> entered = new LinkedHashMap<>();
        body.forEach((field, value) -> entered.put(field, value == null ? "" : value.toString()));
        return act(offerId, "countered", "counter", entered, () -> marketplaceService.counterOffer(offerId,
                body));
    }

    private Response act(UUID offerId, String done, String form, Map<String, String> entered, Runnable call) {
        try {
            call.run();
            return Response.seeOther(URI.create("/offers/" + offerId + "?done=" + done)).build();
        } catch (ServiceProblem problem) {
            return FormValues.page(problem.status(), render(offerId, FormFeedback.refused(form, problem, entered)));
        }
    }

    private OfferViews.Offer offer(UUID offerId) {
        return json.convertValue(marketplaceService.offer(offerId),
                OfferViews.Offer.class);
    }

    private TemplateInstance render(UUID offerId, FormFeedback feedback) {
        OfferViews.Offer offer = offer(offerId);
        return Templates.offer(pages.page(offer.number()), offer, QuoteRow.of(offer, feedback), REASONS,
                identity.hasRole("shop_admin"), feedback);
    }

    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((field, values) -> fields.put(field, values.isEmpty() ? "" : values.get(0)));
        return fields;
    }
}
