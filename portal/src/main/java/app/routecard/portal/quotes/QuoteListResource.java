package app.routecard.portal.quotes;

import app.routecard.portal.services.JobService;
import app.routecard.portal.web.ListPage;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The shop's quotes to its customers: by status and text, newest first or sorted, paged. */
@Path("/quotes")
@RolesAllowed("shop_admin")
@Produces(MediaType.TEXT_HTML)
public class QuoteListResource {

    private final JobService jobService;
    private final PageContext pages;
    private final ObjectMapper json;

    public QuoteListResource(@RestClient JobService jobService, PageContext pages, ObjectMapper json) {
        this.jobService = jobService;
        this.pages = pages;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quotes(Page page, QuoteFilter filter, ListPage<QuoteViews.Quote> quotes,
                                              List<String> statuses, Map<String, String> sorts, String message,
                                              Map<String, String> fields);
    }

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("q") String text,
                         @QueryParam("sort") String sort, @QueryParam("page") String page) {
        QuoteFilter filter = QuoteFilter.of(status, text, sort, page);
        try {
            ListPage<QuoteViews.Quote> quotes = json.convertValue(jobService.quotes(QueryString.parse(
                    filter.query(filter.page()))), new TypeReference<>() { });
            return Response.ok(Templates.quotes(pages.page("Quotes"), filter, quotes, QuoteFilter.STATUSES,
                    QuoteFilter.SORTS, null, Map.of())).build();
        } catch (ServiceProblem problem) {
            ListPage<QuoteViews.Quote> none = ListPage.empty(QuoteFilter.PAGE_SIZE);
            return Response.status(problem.status()).entity(Templates.quotes(pages.page("Quotes"), filter, none,
                    QuoteFilter.STATUSES, QuoteFilter.SORTS, problem.message(), problem.fieldMessages())).build();
        }
    }
}
