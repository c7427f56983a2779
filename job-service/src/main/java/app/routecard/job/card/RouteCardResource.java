package app.routecard.job.card;

import app.routecard.job.blockers.Blocker;
import app.routecard.job.blockers.BlockerDtos;
import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobDtos;
import app.routecard.job.jobs.JobService;
import app.routecard.job.jobs.JobSearch;
import app.routecard.job.links.PortalLinks;
import app.routecard.job.route.RouteDtos;
import app.routecard.job.route.RoutePolicy;
import app.routecard.job.route.RouteStep;
import app.routecard.job.route.StepStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The route card: its QR code, the printable traveler, and the floor view the QR code opens. */
@Path("/api/jobs/{jobId}")
@RolesAllowed({"shop_admin", "shop_floor"})
public class RouteCardResource {

    /** What an operator's phone shows after a scan: the job, the step to do now, files, blockers. */
    public record FloorView(JobDtos.JobView job, int progressPercent, RouteDtos.StepView currentStep,
                            List<RouteDtos.StepView> steps, List<BlockerDtos.BlockerView> openBlockers,
                            String floorUrl) {
    }

    private final JobService jobs;
    private final JobSearch search;
    private final PortalLinks links;

    public RouteCardResource(JobService jobs, JobSearch search, PortalLinks links) {
        this.jobs = jobs;
        this.search = search;
        this.links = links;
    }

    @GET
    @Path("/qr.png")
    @Produces("image/png")
    @Transactional
    @Operation(summary = "The job's QR code (PNG), encoding the URL of its floor view")
    public Response qrPng(@PathParam("jobId") UUID jobId,
                          @QueryParam("size") @DefaultValue("300") @Min(100) @Max(2000) int size) {
        jobs.find(jobId);
        return Response.ok(QrCodes.png(links.floorView(jobId), size), "image/png").build();
    }

    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    @Transactional
    @Operation(summary = "The job's QR code (SVG), encoding the URL of its floor view")
    public Response qrSvg(@PathParam("jobId") UUID jobId) {
        jobs.find(jobId);
        return Response.ok(QrCodes.svg(links.floorView(jobId)), "image/svg+xml").build();
    }

    @GET
    @Path("/traveler.pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(summary = "The printable traveler: header, QR code, special instructions, released files, steps"
            + " with sign-off boxes")
    public Response traveler(@PathParam("jobId") UUID jobId) {
        Job job = jobs.find(jobId);
        List<RouteStep> steps = RouteStep.ofJob(jobId);
        TravelerPdf.Traveler traveler = new TravelerPdf.Traveler(job.number, job.customerName, job.partNumber,
                job.revision, job.quantity, job.dueDate, job.priority.name().toLowerCase(Locale.ROOT), job.owner,
                job.specialInstructions, links.floorView(jobId),
                job.releasedFiles.stream().map(f -> new TravelerPdf.FileLine(f.name(), f.revision(),
                        f.revision() == null ? null : links.fileRevision(f.fileId(), f.revision()))).toList(),
                steps.stream().map(s -> new TravelerPdf.StepLine(s.position, s.name, s.workCenter, s.plannedHours,
                        s.instructions, s.status.name())).toList());
        return Response.ok(new TravelerPdf().render(traveler), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"traveler-" + job.number + ".pdf\"").build();
    }

    @GET
    @Path("/floor")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The floor view: the job, its current step, released files and open blockers")
    public FloorView floor(@PathParam("jobId") UUID jobId) {
        Job job = jobs.find(jobId);
        List<RouteStep> steps = RouteStep.ofJob(jobId);
        RouteStep current = steps.stream().filter(s -> s.status == StepStatus.RUNNING).findFirst()
                .or(() -> steps.stream().filter(s -> s.status == StepStatus.PENDING).findFirst()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<BlockerDtos.BlockerView> blockers = Blocker.openListOn(jobId).stream()
                .map(b -> BlockerDtos.BlockerView.of(b, now)).toList();
        return new FloorView(search.view(job),
                RoutePolicy.progressPercent(steps.stream().map(s -> s.status).toList()),
                current == null ? null : RouteDtos.StepView.of(current),
                steps.stream().map(RouteDtos.StepView::of).toList(), blockers, links.floorView(jobId));
    }
}
