package app.routecard.portal.rfqs;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.FormValues;
import app.routecard.portal.web.ListPage;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The buyer's RFQs: by status or text, newest first, paged. */
@Path("/rfqs")
@RolesAllowed("buyer")
@Produces(MediaType.TEXT_HTML)
public class RfqListResource {

    static final List<String> STATUSES = List.of("DRAFT", "OPEN", "QUOTING_CLOSED", "AWARDED", "PARTLY_AWARDED",
            "CANCELLED");

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;

    public RfqListResource(@RestClient MarketplaceService marketplaceService, PageContext pages, ObjectMapper json) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
    }

    /** The list's filter as the address keeps it. */
    public record Filter(String status, String q, int page) {
        public String pageLink(int target) {
            String query = new QueryString().add("status", status).add("q", q).add("page", target > 0
                    ? String.valueOf(target) : null).toString();
            return query.isEmpty() ? "/rfqs" : "/rfqs?" + query;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rfqs(Page page, Filter filter, ListPage<RfqViews.Summary> rfqs,
                                            List<String> statuses);
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("q") String q,
                                 @QueryParam("page") String page) {
        String known = status != null && Set.copyOf(STATUSES).contains(status) ? status : null;
        Filter filter = new Filter(known, FormValues.trimmedOrNull(q), FormValues.pageNumber(page));
        String query = new QueryString().add("status", filter.status()).add("q", filter.q())
                .add("page", String.valueOf(filter.page())).add("size", "20").toString();
        ListPage<RfqViews.Summary> rfqs = json.convertValue(marketplaceService.rfqs(QueryString.parse(query)),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
        return Templates.rfqs(pages.page("RFQs"), filter, rfqs, STATUSES);
    }
}
