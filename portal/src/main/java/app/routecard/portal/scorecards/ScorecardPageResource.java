package app.routecard.portal.scorecards;

import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A shop's own scorecard: where it stands, what moved it, what would improve it. */
@Path("/scorecard")
@RolesAllowed("shop_admin")
@Produces(MediaType.TEXT_HTML)
public class ScorecardPageResource {

    private final ServiceClient services;
    private final PageContext pages;
    private final ObjectMapper json;
    private final CurrentTenant tenant;

    public ScorecardPageResource(ServiceClient services, PageContext pages, ObjectMapper json, CurrentTenant tenant) {
        this.services = services;
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
        return Templates.scorecard(pages.page("Scorecard"), card(services, json, pages, tenant.id()),
                trend(services, json, pages, tenant.id()));
    }

    /** The supplier's composite over the last twelve weeks, as the signed-in user may read it. */
    static TrendChart trend(ServiceClient services, ObjectMapper json, PageContext pages, String supplier) {
        return new TrendChart(json.convertValue(services.get("marketplace", "/api/scorecards/"
                + URLEncoder.encode(supplier, StandardCharsets.UTF_8) + "/history?period=WEEK&count=12",
                pages.token()).body(), new com.fasterxml.jackson.core.type.TypeReference<>() { }));
    }

    /** A supplier's scorecard as the signed-in user may read it. */
    static ScorecardViews.Card card(ServiceClient services, ObjectMapper json, PageContext pages, String supplier) {
        return json.convertValue(services.get("marketplace", "/api/scorecards/"
                + URLEncoder.encode(supplier, StandardCharsets.UTF_8), pages.token()).body(), ScorecardViews.Card.class);
    }
}
