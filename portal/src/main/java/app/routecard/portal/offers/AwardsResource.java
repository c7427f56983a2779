package app.routecard.portal.offers;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.FormValues;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

/** One award to the shop: what the buyer ordered, at what price, by when; acknowledged here, and its job. */
@Path("/awards/{awardId}")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.TEXT_HTML)
public class AwardsResource {

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public AwardsResource(@RestClient MarketplaceService marketplaceService, PageContext pages, ObjectMapper json,
                          SecurityIdentity identity) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance award(Page page, OfferViews.Award award, boolean admin, FormFeedback feedback);
    }

    @GET
    public TemplateInstance show(@PathParam("awardId") UUID awardId, @QueryParam("done") String done) {
        return render(awardId, "acknowledged".equals(done) ? FormFeedback.done("Award acknowledged: the buyer's"
                + " order shows it.") : FormFeedback.none());
    }

    @POST
    @Path("/acknowledge")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("awardId") UUID awardId) {
        try {
            marketplaceService.acknowledge(awardId, Map.of());
        } catch (ServiceProblem problem) {
            return FormValues.page(problem.status(), render(awardId, FormFeedback.refused("acknowledge", problem,
                    Map.of())));
        }
        return Response.seeOther(URI.create("/awards/" + awardId + "?done=acknowledged")).build();
    }

    private TemplateInstance render(UUID awardId, FormFeedback feedback) {
        OfferViews.Award award = json.convertValue(marketplaceService.award(awardId),
                OfferViews.Award.class);
        return Templates.award(pages.page(award.orderNumber()), award, identity.hasRole("shop_admin"), feedback);
    }
}
