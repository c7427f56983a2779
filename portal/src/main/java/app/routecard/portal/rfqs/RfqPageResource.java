package app.routecard.portal.rfqs;

import static app.routecard.portal.web.FormValues.page;
import static app.routecard.portal.web.FormValues.text;

import app.routecard.portal.files.DropZone;
import app.routecard.portal.files.SubjectFiles;
import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One of the buyer's RFQs: its lines and drawings; a draft is posted, an undecided one cancelled with a reason. */
@Path("/rfqs/{rfqId}")
@RolesAllowed("buyer")
@Produces(MediaType.TEXT_HTML)
public class RfqPageResource {

    private static final Map<String, String> DONE = Map.of("created", "RFQ drafted. Add its drawings, then post it.",
            "uploaded", "Drawings added.", "posted", "RFQ posted: it is open to quotes and goes to the suppliers"
                    + " that can make it.", "cancelled", "RFQ cancelled.", "awarded", "Awarded: the order is the"
                    + " supplier's job now. Follow it under Orders.");

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final SubjectFiles subjectFiles;

    public RfqPageResource(@RestClient MarketplaceService marketplaceService, PageContext pages, ObjectMapper json,
                           SubjectFiles subjectFiles) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
        this.subjectFiles = subjectFiles;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rfq(Page page, RfqViews.Rfq rfq, SubjectFiles.Listing drawings, DropZone zone,
                                           java.util.List<RfqViews.Wave> waves, RfqViews.Comparison comparison,
                                           java.util.List<RfqViews.Order> orders, FormFeedback feedback);
    }

    @GET
    public TemplateInstance show(@PathParam("rfqId") UUID rfqId, @QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return render(rfqId, message == null ? FormFeedback.none() : FormFeedback.done(message));
    }

    @POST
    @Path("/post")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("rfqId") UUID rfqId) {
        return act(rfqId, "posted", "post", Map.of(), () -> marketplaceService.postRfq(rfqId,
                Map.of()));
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("rfqId") UUID rfqId, @FormParam("reason") String reason) {
        return act(rfqId, "cancelled", "cancel", Map.of("reason", text(reason)), () -> marketplaceService.cancelRfq(
                rfqId, Map.of("reason", text(reason))));
    }

    @POST
    @Path("/award")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response award(@PathParam("rfqId") UUID rfqId, @FormParam("quoteId") String quoteId,
                          @FormParam("lineId") String lineId, @FormParam("quantity") String quantity) {
        Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("lineId", lineId);
        line.put("quantity", app.routecard.portal.web.FormValues.trimmedOrNull(quantity));
        Map<String, Object> body = Map.of("quoteId", text(quoteId), "lines", java.util.List.of(line));
        return act(rfqId, "awarded", "award-" + lineId, Map.of("quantity", text(quantity)), () ->
                marketplaceService.awardRfq(rfqId, body));
    }

    /** Every open line of the RFQ to one quote, in one award, each at its first quantity break. */
    @POST
    @Path("/award-whole")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response awardWhole(@PathParam("rfqId") UUID rfqId, @FormParam("quoteId") String quoteId) {
        RfqViews.Comparison comparison = json.convertValue(marketplaceService.comparison(rfqId),
                RfqViews.Comparison.class);
        java.util.List<Map<String, Object>> lines = comparison.openLines().stream()
                .map(line -> Map.<String, Object>of("lineId", line.lineId())).toList();
        Map<String, Object> body = Map.of("quoteId", text(quoteId), "lines", lines);
        return act(rfqId, "awarded", "award-whole", Map.of(), () ->
                marketplaceService.awardRfq(rfqId, body));
    }

    private Response act(UUID rfqId, String done, String form, Map<String, String> entered, Runnable call) {
        try {
            call.run();
            return Response.seeOther(URI.create("/rfqs/" + rfqId + "?done=" + done)).build();
        } catch (ServiceProblem problem) {
            return page(problem.status(), render(rfqId, FormFeedback.refused(form, problem, entered)));
        }
    }

    private TemplateInstance render(UUID rfqId, FormFeedback feedback) {
        RfqViews.Rfq rfq = json.convertValue(marketplaceService.rfq(rfqId),
                RfqViews.Rfq.class);
        java.util.List<RfqViews.Wave> waves = json.convertValue(marketplaceService.routing(rfqId),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
        RfqViews.Comparison comparison = rfq.draft() ? null : json.convertValue(
                marketplaceService.comparison(rfqId), RfqViews.Comparison.class);
        java.util.List<RfqViews.Order> orders = rfq.draft() ? java.util.List.of() : json.convertValue(
                marketplaceService.orders(QueryString.of("rfq", rfqId.toString())),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
        return Templates.rfq(pages.page(rfq.number()), rfq, subjectFiles.of("RFQ", rfqId),
                DropZone.drawingsForRfq(rfqId), waves, comparison, orders, feedback);
    }
}
