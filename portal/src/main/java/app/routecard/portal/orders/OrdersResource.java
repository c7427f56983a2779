package app.routecard.portal.orders;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.FormValues;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.core.type.TypeReference;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The buyer's orders: one per awarded RFQ line, each following the shop's job live (the progress part of the page
 * reloads itself every few seconds), the receipt form — received, accepted, rejected and why — and the return form
 * for accepted parts found nonconforming later (an NCR on the shop's job, and a failure in its quality score).
 */
@Path("/orders")
@RolesAllowed("buyer")
@Produces(MediaType.TEXT_HTML)
public class OrdersResource {

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;

    public OrdersResource(@RestClient MarketplaceService marketplaceService, PageContext pages, ObjectMapper json) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance orders(Page page, List<OrderViews.Order> orders);

        static native TemplateInstance order(Page page, OrderViews.Order order, FormFeedback feedback);

        static native TemplateInstance order$progress(OrderViews.Order order);
    }

    @GET
    public TemplateInstance list() {
        List<OrderViews.Order> orders = json.convertValue(marketplaceService.orders(QueryString.of()),
                new TypeReference<>() { });
        return Templates.orders(pages.page("Orders"), orders);
    }

    @GET
    @Path("/{orderId}")
    public TemplateInstance show(@PathParam("orderId") UUID orderId, @QueryParam("done") String done) {
        FormFeedback feedback = switch (done == null ? "" : done) {
            case "received" -> FormFeedback.done("Receipt recorded. It counts in the supplier's quality score.");
            case "returned" -> FormFeedback.done("Return recorded. The supplier sees it as an NCR on its job, and it"
                    + " counts against its quality score.");
            default -> FormFeedback.none();
        };
        return Templates.order(pages.page("Order"), order(orderId), feedback);
    }

    /** The live part of the order page: status, the job's progress and its history (htmx polls it). */
    @GET
    @Path("/{orderId}/progress")
    public TemplateInstance progress(@PathParam("orderId") UUID orderId) {
        return Templates.order$progress(order(orderId));
    }

    @POST
    @Path("/{orderId}/receipts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response receive(@PathParam("orderId") UUID orderId, @FormParam("received") String received,
                            @FormParam("accepted") String accepted, @FormParam("rejected") String rejected,
                            @FormParam("reason") String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("received", FormValues.trimmedOrNull(received));
        body.put("accepted", FormValues.trimmedOrNull(accepted));
        body.put("rejected", FormValues.trimmedOrNull(rejected) == null ? "0" : rejected.strip());
        body.put("reason", FormValues.trimmedOrNull(reason));
        try {
            marketplaceService.recordReceipt(orderId, body);
        } catch (ServiceProblem problem) {
            return FormValues.page(problem.status(), Templates.order(pages.page("Order"), order(orderId),
                    FormFeedback.refused("receipt", problem, Map.of("received", FormValues.text(received),
                            "accepted", FormValues.text(accepted), "rejected", FormValues.text(rejected),
                            "reason", FormValues.text(reason)))));
        }
        return Response.seeOther(URI.create("/orders/" + orderId + "?done=received")).build();
    }

    @POST
    @Path("/{orderId}/returns")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnParts(@PathParam("orderId") UUID orderId, @FormParam("quantity") String quantity,
                                @FormParam("reason") String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("quantity", FormValues.trimmedOrNull(quantity));
        body.put("reason", FormValues.trimmedOrNull(reason));
        try {
            marketplaceService.recordReturn(orderId, body);
        } catch (ServiceProblem problem) {
            return FormValues.page(problem.status(), Templates.order(pages.page("Order"), order(orderId),
                    FormFeedback.refused("return", problem, Map.of("quantity", FormValues.text(quantity),
                            "reason", FormValues.text(reason)))));
        }
        return Response.seeOther(URI.create("/orders/" + orderId + "?done=returned")).build();
    }

    private OrderViews.Order order(UUID orderId) {
        return json.convertValue(marketplaceService.order(orderId),
                OrderViews.Order.class);
    }
}
