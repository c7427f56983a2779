package app.routecard.job.blockers;

import app.routecard.platform.service.rules.Refusal;
import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobService;
import app.routecard.job.jobs.Timeline;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.job.route.RouteStep;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Blockers on a job or one of its steps: raise, see with their age, resolve. */
@Path("/api/jobs/{jobId}/blockers")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class BlockerResource {

    private final JobService jobs;
    private final Timeline timeline;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public BlockerResource(JobService jobs, Timeline timeline, Outbox outbox, CurrentTenant tenant,
                           SecurityIdentity identity) {
        this.jobs = jobs;
        this.timeline = timeline;
        this.outbox = outbox;
        this.tenant = tenant;
        this.identity = identity;
    }

    @GET
    @Transactional
    @Operation(summary = "The job's blockers (open=true for the open ones) with their age, newest first")
    public Paged<BlockerDtos.BlockerView> list(@PathParam("jobId") UUID jobId, @QueryParam("open") Boolean open,
                                               @Valid @BeanParam ListWindow window) {
        jobs.find(jobId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String query = open == null ? "jobId = ?1" : open ? "jobId = ?1 and resolvedAt is null"
                : "jobId = ?1 and resolvedAt is not null";
        return Paged.of(Blocker.<Blocker>find(query, window.sort("raisedAt", Sort.Direction.Descending, "id"), jobId),
                window, blocker -> BlockerDtos.BlockerView.of(blocker, now));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise a blocker on the job or on one of its steps")
    public Response raise(@PathParam("jobId") UUID jobId, @Valid @NotNull BlockerDtos.NewBlocker request) {
        Job job = jobs.find(jobId);
        RouteStep.requireOnJob(request.stepId(), jobId);
        Blocker blocker = new Blocker();
        blocker.id = UUID.randomUUID();
        blocker.jobId = jobId;
        blocker.stepId = request.stepId();
        blocker.category = request.category();
        blocker.note = request.note().trim();
        blocker.raisedBy = identity.getPrincipal().getName();
        blocker.raisedAt = OffsetDateTime.now(ZoneOffset.UTC);
        blocker.persist();
        timeline.record(job, "blocked (" + blocker.category.name().toLowerCase() + ")", blocker.note);
        outbox.record(new IntegrationEvent("job.blocked", jobId.toString(), tenant.id(), new BlockerDtos.BlockerEvent(
                jobId, job.number, blocker.id, blocker.stepId, blocker.category, blocker.note, job.owner)));
        return Response.created(URI.create("/api/jobs/" + jobId + "/blockers/" + blocker.id))
                .entity(BlockerDtos.BlockerView.of(blocker, blocker.raisedAt)).build();
    }

    @POST
    @Path("/{blockerId}/resolve")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve an open blocker with a note")
    public BlockerDtos.BlockerView resolve(@PathParam("jobId") UUID jobId, @PathParam("blockerId") UUID blockerId,
                                           @Valid @NotNull BlockerDtos.Resolution resolution) {
        Job job = jobs.lock(jobId);
        Blocker blocker = Blocker.find("id = ?1 and jobId = ?2", blockerId, jobId).firstResult();
        if (blocker == null) {
            throw new NotFoundException("No blocker " + blockerId + " on this job");
        }
        Refusal.throwIfPresent(BlockerPolicy.checkResolve(blocker.resolvedAt));
        blocker.resolvedBy = identity.getPrincipal().getName();
        blocker.resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
        blocker.resolutionNote = resolution.note().trim();
        timeline.record(job, "unblocked (" + blocker.category.name().toLowerCase() + ")", blocker.resolutionNote);
        outbox.record(new IntegrationEvent("job.unblocked", jobId.toString(), tenant.id(),
                new BlockerDtos.BlockerEvent(jobId, job.number, blocker.id, blocker.stepId, blocker.category,
                        blocker.resolutionNote, job.owner)));
        return BlockerDtos.BlockerView.of(blocker, blocker.resolvedAt);
    }
}
