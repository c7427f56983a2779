package app.routecard.portal.quality;

import static app.routecard.portal.web.FormValues.page;
import static app.routecard.portal.web.FormValues.text;
import static app.routecard.portal.web.FormValues.trimmedOrNull;

import app.routecard.portal.jobs.JobViews;
import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
 * A job's inspections and non-conformances: the floor and the office record inspections (measured against nominal
 * and tolerance, or an attribute check) and open an NCR for a failed one; a shop admin decides each NCR's
 * disposition, once. job-service judges pass or fail; this page only shows its verdicts and refusals.
 */
@Path("/jobs/{jobId}/quality")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class QualityPageResource {

    static final List<String> KINDS = List.of("IN_PROCESS", "FINAL");
    static final List<String> DISPOSITIONS = List.of("REWORK", "SCRAP", "USE_AS_IS", "RETURN");
    private static final Map<String, String> DONE = Map.of("inspected", "Inspection recorded.",
            "ncr", "NCR opened.", "dispositioned", "Disposition recorded.");

    private final JobService jobService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public QualityPageResource(@RestClient JobService jobService, PageContext pages, ObjectMapper json,
                               SecurityIdentity identity) {
        this.jobService = jobService;
        this.pages = pages;
        this.json = json;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quality(Page page, JobViews.Job job, List<JobViews.Step> steps,
                                               List<QualityViews.Inspection> inspections,
                                               List<QualityViews.Ncr> ncrs, boolean admin, FormFeedback feedback,
                                               List<String> kinds, List<String> dispositions);
    }

    @GET
    public TemplateInstance show(@PathParam("jobId") UUID jobId, @QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return render(jobId, message == null ? FormFeedback.none() : FormFeedback.done(message));
    }

    @POST
    @Path("/inspections")
    public Response inspect(@PathParam("jobId") UUID jobId, @FormParam("kind") String kind,
                            @FormParam("stepId") String stepId, @FormParam("characteristic") String characteristic,
                            @FormParam("nominal") String nominal, @FormParam("toleranceMinus") String minus,
                            @FormParam("tolerancePlus") String plus, @FormParam("unit") String unit,
                            @FormParam("measured") String measured, @FormParam("result") String result,
                            @FormParam("note") String note) {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("kind", text(kind));
        entered.put("stepId", text(stepId));
        entered.put("characteristic", text(characteristic));
        entered.put("nominal", text(nominal));
        entered.put("toleranceMinus", text(minus));
        entered.put("tolerancePlus", text(plus));
        entered.put("unit", text(unit));
        entered.put("measured", text(measured));
        entered.put("result", text(result));
        entered.put("note", text(note));
        MeasuredValues.Parsed values = MeasuredValues.parse(measured);
        if (!values.valid()) {
            return page(400, render(jobId, new FormFeedback("inspect", "The inspection was not recorded.", true,
                    Map.of("measured", values.problem()), entered)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", trimmedOrNull(kind));
        body.put("stepId", trimmedOrNull(stepId));
        body.put("characteristic", text(characteristic));
        // Numbers go on as typed: job-service names the field of one that is no number.
        body.put("nominal", trimmedOrNull(nominal));
        body.put("toleranceMinus", trimmedOrNull(minus));
        body.put("tolerancePlus", trimmedOrNull(plus));
        body.put("unit", trimmedOrNull(unit));
        body.put("measured", values.values());
        body.put("result", trimmedOrNull(result));
        body.put("note", trimmedOrNull(note));
        return act(jobId, "inspect", "inspected", entered,
                () -> jobService.inspect(jobId, body));
    }

    @POST
    @Path("/ncrs")
    public Response openNcr(@PathParam("jobId") UUID jobId, @FormParam("inspectionId") String inspectionId,
                            @FormParam("description") String description, @FormParam("quantity") String quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inspectionId", trimmedOrNull(inspectionId));
        body.put("description", text(description));
        body.put("quantity", trimmedOrNull(quantity));
        Map<String, String> entered = Map.of("inspectionId", text(inspectionId), "description", text(description),
                "quantity", text(quantity));
        return act(jobId, "ncr-" + text(inspectionId), "ncr", entered,
                () -> jobService.openNcr(jobId, body));
    }

    @POST
    @Path("/ncrs/{ncrId}/disposition")
    public Response disposition(@PathParam("jobId") UUID jobId, @PathParam("ncrId") UUID ncrId,
                                @FormParam("disposition") String disposition, @FormParam("note") String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("disposition", trimmedOrNull(disposition));
        body.put("note", trimmedOrNull(note));
        return act(jobId, "disposition-" + ncrId, "dispositioned", Map.of("disposition", text(disposition),
                "note", text(note)), () -> jobService.decideNcr(jobId, ncrId, body));
    }

    private Response act(UUID jobId, String form, String done, Map<String, String> entered, Runnable call) {
        try {
            call.run();
            return Response.seeOther(URI.create("/jobs/" + jobId + "/quality?done=" + done)).build();
        } catch (ServiceProblem problem) {
            return page(problem.status(), render(jobId, FormFeedback.refused(form, problem, entered)));
        }
    }

    private TemplateInstance render(UUID jobId, FormFeedback feedback) {
        JobViews.Job job = json.convertValue(jobService.job(jobId), JobViews.Job.class);
        JobViews.Route route = json.convertValue(jobService.route(jobId), JobViews.Route.class);
        List<QualityViews.Inspection> inspections = items(jobService.inspections(jobId, QueryString.of("size",
                "100")), new TypeReference<>() { });
        List<QualityViews.Ncr> ncrs = items(jobService.ncrs(jobId, QueryString.of("size", "100")),
                new TypeReference<>() { });
        return Templates.quality(pages.page("Quality of " + job.number()), job,
                route.steps() == null ? List.of() : route.steps(), inspections, ncrs,
                identity.hasRole("shop_admin"), feedback, KINDS, DISPOSITIONS);
    }

    private <T> List<T> items(JsonNode page, TypeReference<List<T>> type) {
        return page == null ? List.of() : json.convertValue(page.path("items"), type);
    }
}
