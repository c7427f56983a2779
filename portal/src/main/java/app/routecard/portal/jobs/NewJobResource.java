package app.routecard.portal.jobs;

import static app.routecard.portal.web.FormValues.trimmedOrNull;

import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A new job typed in by the office (jobs also come from accepted quotes and the ERP). */
@Path("/jobs/new")
@RolesAllowed("shop_admin")
@Produces(MediaType.TEXT_HTML)
public class NewJobResource {

    private final JobService jobService;
    private final PageContext pages;

    public NewJobResource(@RestClient JobService jobService, PageContext pages) {
        this.jobService = jobService;
        this.pages = pages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, FormFeedback feedback, List<String> priorities);
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(pages.page("New job"), FormFeedback.none(), JobPageResource.PRIORITIES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("customerName") String customerName,
                           @FormParam("partNumber") String partNumber, @FormParam("revision") String revision,
                           @FormParam("quantity") String quantity, @FormParam("dueDate") String dueDate,
                           @FormParam("priority") String priority, @FormParam("owner") String owner,
                           @FormParam("specialInstructions") String instructions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerName", customerName);
        body.put("partNumber", partNumber);
        body.put("revision", revision);
        body.put("quantity", trimmedOrNull(quantity));
        body.put("dueDate", trimmedOrNull(dueDate));
        body.put("priority", trimmedOrNull(priority));
        body.put("owner", trimmedOrNull(owner));
        body.put("specialInstructions", trimmedOrNull(instructions));
        Map<String, String> entered = new LinkedHashMap<>();
        body.forEach((key, value) -> entered.put(key, value == null ? "" : value.toString()));
        try {
            String id = jobService.createJob(body).path("id").asText();
            return Response.seeOther(URI.create("/jobs/" + id + "?done=created")).build();
        } catch (ServiceProblem problem) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE).entity(Templates.form(
                    pages.page("New job"), FormFeedback.refused("job", problem, entered),
                    JobPageResource.PRIORITIES)).build();
        }
    }

}
