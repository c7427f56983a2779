package app.routecard.portal.jobs;

import static app.routecard.portal.web.FormValues.page;
import static app.routecard.portal.web.FormValues.text;
import static app.routecard.portal.web.FormValues.trimmedOrNull;

import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.FormNumbers;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.JsonNode;
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
 * One job, for the office: its header, stage, route with step actions, route planning, blockers, share links,
 * traveler and QR code, and its timeline. Each form posts here and is answered with the page: a 303 back to it on
 * success, or the page again with the service's refusal next to the form that caused it.
 */
@Path("/jobs/{jobId}")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class JobPageResource {

    static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");
    static final List<String> MANUAL_STAGES = List.of("RELEASED", "IN_PROGRESS", "INSPECTION", "READY_TO_SHIP",
            "ON_HOLD", "CLOSED", "CANCELLED", "PLANNED");
    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("stage", "Stage changed."), Map.entry("details", "Job saved."),
            Map.entry("route", "Route planned."), Map.entry("started", "Step started."),
            Map.entry("finished", "Step finished."), Map.entry("skipped", "Step skipped."),
            Map.entry("blocked", "Blocker raised."), Map.entry("resolved", "Blocker resolved."),
            Map.entry("revoked", "Share link revoked."), Map.entry("created", "Job created."),
            Map.entry("shipped", "Shipment recorded."), Map.entry("delivered", "Delivery recorded."),
            Map.entry("uploaded", "Uploaded. Release a drawing to put it on the floor page and the traveler."),
            Map.entry("released", "Revision released: the floor page and the traveler show it."),
            Map.entry("proof", "Proof added to the shipment."));

    private final JobService jobService;
    private final PageContext pages;
    private final JobPage jobPage;

    public JobPageResource(@RestClient JobService jobService, PageContext pages, JobPage jobPage) {
        this.jobService = jobService;
        this.pages = pages;
        this.jobPage = jobPage;
    }


    @GET
    public TemplateInstance show(@PathParam("jobId") UUID jobId, @QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return jobPage.render(jobId, message == null ? FormFeedback.none() : FormFeedback.done(message), null);
    }

    @GET
    @Path("/traveler.pdf")
    @Produces("application/pdf")
    public Response traveler(@PathParam("jobId") UUID jobId) {
        byte[] traveler = jobService.traveler(jobId);
        return Response.ok(traveler, "application/pdf").header("Content-Disposition",
                "inline; filename=\"traveler.pdf\"").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    public Response qr(@PathParam("jobId") UUID jobId) {
        return Response.ok(jobService.qrCode(jobId), "image/svg+xml").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/stage")
    public Response stage(@PathParam("jobId") UUID jobId, @FormParam("to") String to,
                          @FormParam("reason") String reason, @FormParam("override") String override) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("reason", trimmedOrNull(reason));
        body.put("override", "on".equals(override));
        return act(jobId, "stage", Map.of("to", text(to), "reason", text(reason)),
                () -> jobService.changeStage(jobId, body));
    }

    @POST
    @Path("/details")
    public Response details(@PathParam("jobId") UUID jobId, @FormParam("customerName") String customerName,
                            @FormParam("dueDate") String dueDate, @FormParam("priority") String priority,
                            @FormParam("owner") String owner, @FormParam("specialInstructions") String instructions,
                            @FormParam("reason") String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerName", trimmedOrNull(customerName));
        body.put("dueDate", trimmedOrNull(dueDate));
        body.put("priority", trimmedOrNull(priority));
        body.put("owner", owner == null ? null : owner.trim());
        body.put("specialInstructions", instructions == null ? null : instructions);
        body.put("reason", trimmedOrNull(reason));
        Map<String, String> entered = Map.of("customerName", text(customerName), "dueDate", text(dueDate),
                "priority", text(priority), "owner", text(owner), "specialInstructions", text(instructions),
                "reason", text(reason));
        return act(jobId, "details", entered,
                () -> jobService.changeJob(jobId, body));
    }

    @POST
    @Path("/route")
    public Response planRoute(@PathParam("jobId") UUID jobId, @FormParam("steps") String steps) {
        RoutePlan.Parsed plan = RoutePlan.parse(steps);
        Map<String, String> entered = Map.of("steps", text(steps));
        if (!plan.valid()) {
            return page(400, jobPage.render(jobId, new FormFeedback("route", "The route was not planned.",
                    true, Map.of("steps", plan.problem()), entered), null));
        }
        return act(jobId, "route", entered, () -> jobService.planRoute(jobId,
                Map.of("steps", plan.asJson())));
    }

    @POST
    @Path("/steps/{stepId}/start")
    public Response start(@PathParam("jobId") UUID jobId, @PathParam("stepId") UUID stepId) {
        return act(jobId, "started", Map.of(), () -> jobService.startStep(jobId, stepId,
                Map.of()));
    }

    @POST
    @Path("/steps/{stepId}/finish")
    public Response finish(@PathParam("jobId") UUID jobId, @PathParam("stepId") UUID stepId,
                           @FormParam("good") String good, @FormParam("scrap") String scrap) {
        Map<String, Object> body = new LinkedHashMap<>();
        // Passed on as typed: job-service names a quantity that is no number, or a negative one.
        body.put("goodQuantity", trimmedOrNull(good));
        body.put("scrapQuantity", scrap == null || scrap.isBlank() ? "0" : scrap.trim());
        return act(jobId, "finished", Map.of("good", text(good), "scrap", text(scrap)), () -> jobService.finishStep(
                jobId, stepId, body));
    }

    @POST
    @Path("/steps/{stepId}/skip")
    public Response skip(@PathParam("jobId") UUID jobId, @PathParam("stepId") UUID stepId,
                         @FormParam("reason") String reason) {
        return act(jobId, "skipped", Map.of("reason", text(reason)), () -> jobService.skipStep(jobId, stepId,
                Map.of("reason", text(reason))));
    }

    @POST
    @Path("/blockers")
    public Response raiseBlocker(@PathParam("jobId") UUID jobId, @FormParam("category") String category,
                                 @FormParam("note") String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", trimmedOrNull(category));
        body.put("note", text(note));
        return act(jobId, "blocked", Map.of("category", text(category), "note", text(note)),
                () -> jobService.raiseBlocker(jobId, body));
    }

    @POST
    @Path("/blockers/{blockerId}/resolve")
    public Response resolveBlocker(@PathParam("jobId") UUID jobId, @PathParam("blockerId") UUID blockerId,
                                   @FormParam("note") String note) {
        return act(jobId, "resolved", Map.of("note", text(note)), () -> jobService.resolveBlocker(jobId, blockerId,
                Map.of("note", text(note))));
    }

    @POST
    @Path("/share-links")
    public Response createShareLink(@PathParam("jobId") UUID jobId, @FormParam("label") String label,
                                    @FormParam("days") String days, @FormParam("customerEmail") String customerEmail,
                                    @FormParam("message") String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", trimmedOrNull(label));
        body.put("customerEmail", trimmedOrNull(customerEmail));
        body.put("message", trimmedOrNull(message));
        Map<String, String> entered = Map.of("label", text(label), "days", text(days), "customerEmail",
                text(customerEmail), "message", text(message));
        Integer validDays = FormNumbers.wholeNumber("days", days, new LinkedHashMap<>());
        if (days != null && !days.isBlank() && validDays == null) {
            return page(400, jobPage.render(jobId, new FormFeedback("share", "The share link was not created.",
                    true, Map.of("days", "from 1 to 90 days"), entered), null));
        }
        body.put("expiresInHours", validDays == null ? null : validDays * 24);
        try {
            JsonNode created = jobService.createShareLink(jobId, body);
            JobPage.NewLink link = new JobPage.NewLink(created.path("url").asText(),
                    created.path("expiresAt").asText("").replaceAll("T.*", ""));
            String sent = body.get("customerEmail") == null ? "" : " It is on its way to " + body.get("customerEmail")
                    + " by e-mail.";
            return page(200, jobPage.render(jobId, new FormFeedback("share", "Share link created. Copy it now: it"
                    + " is shown only once." + sent, false, Map.of(), Map.of()), link));
        } catch (ServiceProblem problem) {
            Map<String, String> fields = new LinkedHashMap<>(problem.fieldMessages());
            if (fields.containsKey("expiresInHours")) {
                fields.put("days", "from 1 to 90 days");
            }
            return page(problem.status(), jobPage.render(jobId, new FormFeedback("share", problem.message(), true,
                    fields, entered), null));
        }
    }

    @POST
    @Path("/shipments")
    public Response ship(@PathParam("jobId") UUID jobId, @FormParam("quantity") String quantity,
                         @FormParam("carrier") String carrier, @FormParam("trackingNumber") String trackingNumber,
                         @FormParam("finalShipment") String finalShipment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("quantity", trimmedOrNull(quantity));
        body.put("carrier", trimmedOrNull(carrier));
        body.put("trackingNumber", trimmedOrNull(trackingNumber));
        body.put("finalShipment", "on".equals(finalShipment));
        return act(jobId, "shipped", Map.of("quantity", text(quantity), "carrier", text(carrier),
                "trackingNumber", text(trackingNumber)), () -> jobService.ship(jobId, body));
    }

    @POST
    @Path("/shipments/{shipmentId}/delivered")
    public Response delivered(@PathParam("jobId") UUID jobId, @PathParam("shipmentId") UUID shipmentId) {
        return act(jobId, "delivered", Map.of(), () -> jobService.delivered(jobId, shipmentId,
                Map.of()));
    }

    @POST
    @Path("/share-links/{linkId}/revoke")
    public Response revokeShareLink(@PathParam("jobId") UUID jobId, @PathParam("linkId") UUID linkId) {
        return act(jobId, "revoked", Map.of(), () -> jobService.revokeShareLink(jobId, linkId,
                Map.of()));
    }

    private Response act(UUID jobId, String done, Map<String, String> entered, Runnable call) {
        try {
            call.run();
            return Response.seeOther(URI.create("/jobs/" + jobId + "?done=" + done)).build();
        } catch (ServiceProblem problem) {
            String form = switch (done) {
                case "started", "finished", "skipped" -> "route";
                case "blocked", "resolved" -> "blockers";
                case "revoked" -> "share";
                case "shipped", "delivered" -> "shipping";
                default -> done;
            };
            return page(problem.status(), jobPage.render(jobId, FormFeedback.refused(form, problem, entered),
                    null));
        }
    }
}
