package app.routecard.portal.scorecards;

import app.routecard.platform.tenancy.CurrentTenant;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A shop's own scorecard: where it stands, what moved it, what would improve it. */
@Path("/scorecard")
@RolesAllowed("shop_admin")
@Produces(MediaType.TEXT_HTML)
public class ScorecardPageResource {

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final CurrentTenant tenant;

    public ScorecardPageResource(@RestClient MarketplaceService marketplaceService, PageContext pages,
                                 ObjectMapper json, CurrentTenant tenant) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
        this.tenant = tenant;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(Page page, ScorecardViews.Card card, TrendChart trend);
    }

    @GET
    public TemplateInstance own() {
        return Templates.scorecard(pages.page("Scorecard"), card(marketplaceService, json, tenant.id()),
                trend(marketplaceService, json, tenant.id()));
    }

    /** The supplier's composite over the last twelve weeks, as the signed-in user may read it. */
    static TrendChart trend(MarketplaceService marketplace, ObjectMapper json, String supplier) {
        return new TrendChart(json.convertValue(marketplace.scorecardHistory(supplier, QueryString.of("period", "WEEK",
                "count", "12")), new com.fasterxml.jackson.core.type.TypeReference<>() { }));
    }

    /** A supplier's scorecard as the signed-in user may read it. */
    static ScorecardViews.Card card(MarketplaceService marketplace, ObjectMapper json, String supplier) {
        return json.convertValue(marketplace.scorecard(supplier, QueryString.of()), ScorecardViews.Card.class);
    }
}
