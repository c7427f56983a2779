package app.routecard.portal.floor;

import static app.routecard.portal.web.FormValues.page;

import app.routecard.portal.jobs.BlockerCategories;
import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormNumbers;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.JsonNode;
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
 * The page behind the QR code on every route card, made for a phone on the shop floor: the job, the current
 * step in large type, one button that does what a scan does, "raise a blocker" in two taps, the released files
 * and the next steps. Its URL is printed on paper, so it never changes: {@code /floor/jobs/{id}}.
 */
@Path("/floor/jobs/{jobId}")
@RolesAllowed({"shop_floor", "shop_admin"})
@Produces(MediaType.TEXT_HTML)
public class FloorResource {

    static final List<String> BLOCKER_CATEGORIES = BlockerCategories.ALL;
    private static final Map<String, String> DONE = Map.of(
            "started", "Step started.", "finished", "Step finished.", "blocked", "Blocker raised.");

    private final JobService jobService;
    private final PageContext pages;
    private final ObjectMapper json;

    public FloorResource(@RestClient JobService jobService, PageContext pages, ObjectMapper json) {
        this.jobService = jobService;
        this.pages = pages;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance floor(Page page, FloorData floor, List<String> categories, String message,
                                             boolean error, Map<String, String> fields, Map<String, String> entered);
    }

    @GET
    public TemplateInstance show(@PathParam("jobId") UUID jobId, @QueryParam("done") String done) {
        return render(jobId, done == null ? null : DONE.get(done), false, Map.of(), Map.of());
    }

    @POST
    @Path("/scan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response scan(@PathParam("jobId") UUID jobId, @FormParam("good") String good,
                         @FormParam("scrap") String scrap) {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("good", good == null ? "" : good);
        entered.put("scrap", scrap == null ? "" : scrap);
        Map<String, String> fields = new LinkedHashMap<>();
        Integer goodQuantity = FormNumbers.wholeNumber("good", good, fields);
        Integer scrapQuantity = FormNumbers.wholeNumber("scrap", scrap, fields);
        if (!fields.isEmpty()) {
            return page(400, render(jobId, "Please check the quantities.", true, fields, entered));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("goodQuantity", goodQuantity);
        body.put("scrapQuantity", scrapQuantity);
        try {
            JsonNode answer = jobService.scan(jobId, body);
            String action = answer == null ? "" : answer.path("action").asText();
            return seeOther(jobId, "finished".equals(action) ? "finished" : "started");
        } catch (ServiceProblem problem) {
            Map<String, String> named = new LinkedHashMap<>();
            problem.fieldMessages().forEach((field, message) ->
                    named.put(field.startsWith("scrap") ? "scrap" : field.startsWith("good") ? "good" : field, message));
            return page(problem.status(), render(jobId, problem.message(), true, named, entered));
        }
    }

    @POST
    @Path("/blockers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raiseBlocker(@PathParam("jobId") UUID jobId, @FormParam("category") String category,
                                 @FormParam("note") String note, @FormParam("stepId") String stepId) {
        Map<String, String> entered = Map.of("category", category == null ? "" : category,
                "note", note == null ? "" : note);
        Map<String, String> fields = new LinkedHashMap<>();
        if (category == null || !BLOCKER_CATEGORIES.contains(category)) {
            fields.put("category", "Choose what is blocking the job");
        }
        if (note == null || note.isBlank()) {
            fields.put("note", "Say what is wrong, in a few words");
        }
        if (!fields.isEmpty()) {
            return page(400, render(jobId, "The blocker was not raised.", true, fields, entered));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("note", note.trim());
        if (stepId != null && stepId.matches("[0-9a-fA-F-]{36}")) {
            body.put("stepId", stepId);
        }
        try {
            jobService.raiseBlocker(jobId, body);
            return seeOther(jobId, "blocked");
        } catch (ServiceProblem problem) {
            return page(problem.status(), render(jobId, problem.message(), true, problem.fieldMessages(), entered));
        }
    }

    private TemplateInstance render(UUID jobId, String message, boolean error, Map<String, String> fields,
                                    Map<String, String> entered) {
        FloorData floor = json.convertValue(jobService.floor(jobId), FloorData.class);
        return Templates.floor(pages.page(floor.job().number() + " on the floor"), floor, BLOCKER_CATEGORIES,
                message, error, fields, entered);
    }

    private static Response seeOther(UUID jobId, String done) {
        return Response.seeOther(URI.create("/floor/jobs/" + jobId + "?done=" + done)).build();
    }
}
