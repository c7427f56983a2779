package app.routecard.portal.scorecards;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A supplier's scorecard for a buyer choosing whom to award: across the whole network, or as the buyer itself
 * experienced it (its own orders only). Another buyer's orders are never named; a shop that is not a supplier of
 * the network is not found.
 */
@Path("/suppliers/{supplier}")
@RolesAllowed("buyer")
@Produces(MediaType.TEXT_HTML)
public class SupplierScorecardResource {

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;

    public SupplierScorecardResource(@RestClient MarketplaceService marketplaceService, PageContext pages,
                                     ObjectMapper json) {
        this.marketplaceService = marketplaceService;
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
        ScorecardViews.Card card = json.convertValue(marketplaceService.scorecard(supplier,
                mine ? QueryString.of("view", "mine") : QueryString.of()), ScorecardViews.Card.class);
        TrendChart trend = new TrendChart(json.convertValue(marketplaceService.scorecardHistory(supplier, mine
                ? QueryString.of("period", "WEEK", "count", "12", "view", "mine")
                : QueryString.of("period", "WEEK", "count", "12")),
                new com.fasterxml.jackson.core.type.TypeReference<>() { }));
        return Templates.supplier(pages.page("Scorecard of " + card.name()), card, trend, mine);
    }
}
