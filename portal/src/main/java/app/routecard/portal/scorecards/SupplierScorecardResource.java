package app.routecard.portal.scorecards;

import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A supplier's scorecard for a buyer choosing whom to award: across the whole network, or as the buyer itself
 * experienced it (its own orders only). Another buyer's orders are never named; a shop that is not a supplier of
 * the network is not found.
 */
@Path("/suppliers/{supplier}")
@RolesAllowed("buyer")
@Produces(MediaType.TEXT_HTML)
public class SupplierScorecardResource {

    private final ServiceClient services;
    private final PageContext pages;
    private final ObjectMapper json;

    public SupplierScorecardResource(ServiceClient services, PageContext pages, ObjectMapper json) {
        this.services = services;
        this.pages = pages;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance supplier(Page page, ScorecardViews.Card card, TrendChart trend, boolean mine);
    }

    @GET
    public TemplateInstance show(@PathParam("supplier") String supplier, @QueryParam("view") String view) {
        boolean mine = "mine".equals(view);
        String path = "/api/scorecards/" + URLEncoder.encode(supplier, StandardCharsets.UTF_8);
        String query = mine ? "?view=mine" : "";
        ScorecardViews.Card card = json.convertValue(services.get("marketplace", path + query, pages.token()).body(),
                ScorecardViews.Card.class);
        TrendChart trend = new TrendChart(json.convertValue(services.get("marketplace", path
                + "/history?period=WEEK&count=12" + (mine ? "&view=mine" : ""), pages.token()).body(),
                new com.fasterxml.jackson.core.type.TypeReference<>() { }));
        return Templates.supplier(pages.page("Scorecard of " + card.name()), card, trend, mine);
    }
}
