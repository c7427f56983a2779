package app.routecard.portal.jobs;

import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormValues;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The shop's jobs board: every job with its stage, due date, progress and open blockers; filters for stage,
 * owner, due window, late, at risk (with the reason) and blocked, text search, sorting and paging. The filter
 * form updates the table in place with htmx and keeps the URL shareable.
 */
@Path("/jobs")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.TEXT_HTML)
public class JobsBoardResource {

    private final JobService jobService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public JobsBoardResource(@RestClient JobService jobService, PageContext pages, ObjectMapper json,
                             io.quarkus.security.identity.SecurityIdentity identity) {
        this.jobService = jobService;
        this.pages = pages;
        this.json = json;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Page page, BoardFilter filter, ListPage<JobViews.Job> jobs,
                                             List<String> stages, Map<String, String> sorts, String message,
                                             Map<String, String> fields, boolean admin);
    }

    @GET
    public Response board(@QueryParam("stage") List<String> stages, @QueryParam("owner") String owner,
                          @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
                          @QueryParam("late") String late, @QueryParam("atRisk") String atRisk,
                          @QueryParam("blocked") String blocked, @QueryParam("q") String text,
                          @QueryParam("page") @DefaultValue("0") String page, @QueryParam("sort") String sort) {
        BoardFilter filter = new BoardFilter(stages, owner, dueFrom, dueTo, late, atRisk, blocked, text,
                FormValues.pageNumber(page), sort);
        try {
            ListPage<JobViews.Job> jobs = json.convertValue(jobService.jobs(QueryString.parse(filter.query(
                    filter.page()))), new TypeReference<>() { });
            return Response.ok(Templates.board(pages.page("Jobs"), filter, jobs, BoardFilter.STAGES,
                    BoardFilter.SORTS, null, Map.of(), identity.hasRole("shop_admin"))).build();
        } catch (ServiceProblem problem) {
            ListPage<JobViews.Job> none = ListPage.empty(BoardFilter.PAGE_SIZE);
            return Response.status(problem.status()).entity(Templates.board(pages.page("Jobs"), filter, none,
                    BoardFilter.STAGES, BoardFilter.SORTS, problem.message(), problem.fieldMessages(),
                    identity.hasRole("shop_admin"))).build();
        }
    }
}
