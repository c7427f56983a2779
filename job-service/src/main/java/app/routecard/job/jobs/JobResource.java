package app.routecard.job.jobs;

import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.job.stage.JobStage;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A shop's jobs. Every query runs filtered to the caller's tenant by Hibernate and by row-level security. */
@Path("/api/jobs")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final JobService jobs;
    private final JobSearch search;

    public JobResource(JobService jobs, JobSearch search) {
        this.jobs = jobs;
        this.search = search;
    }

    @POST
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a job (stage planned) with the next job number of the year")
    public Response create(@Valid @NotNull JobDtos.NewJob request) {
        Job job = jobs.create(request);
        return Response.created(URI.create("/api/jobs/" + job.id)).entity(search.view(job)).build();
    }

    @GET
    @Operation(summary = "Jobs by stage, owner, due window, late / at risk, blocked or text (number, customer,"
            + " part), paged and sorted")
    public JobDtos.JobPage list(@QueryParam("stage") List<JobStage> stages,
                                @QueryParam("owner") @Size(max = 254) String owner,
                                @QueryParam("dueFrom") LocalDate dueFrom,
                                @QueryParam("dueTo") LocalDate dueTo,
                                @QueryParam("late") Boolean late,
                                @QueryParam("atRisk") Boolean atRisk,
                                @QueryParam("blocked") Boolean blocked,
                                @QueryParam("q") @Size(max = 100) String text,
                                @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                                @QueryParam("sort") @DefaultValue("dueDate") @Pattern(regexp = JobOrder.PATTERN)
                                String sort) {
        return search.search(new JobDtos.JobQuery(stages, owner, dueFrom, dueTo, late, atRisk, blocked, text, page,
                size, sort));
    }

    @GET
    @Path("/{id}")
    @Transactional
    public JobDtos.JobView get(@PathParam("id") UUID id) {
        return search.view(jobs.find(id));
    }

    @POST
    @Path("/{id}/stage")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a job to another stage; 409 names the rule that forbids it")
    public JobDtos.JobView changeStage(@PathParam("id") UUID id, @Valid @NotNull JobDtos.StageChange change) {
        return search.view(jobs.changeStage(id, change));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a job's customer, due date, priority, owner or special instructions")
    public JobDtos.JobView update(@PathParam("id") UUID id, @Valid @NotNull JobDtos.JobChanges changes) {
        return search.view(jobs.update(id, changes));
    }

    @PUT
    @Path("/{id}/files")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the released files the job is made from (listed on the traveler and the floor view)")
    public JobDtos.JobView releaseFiles(@PathParam("id") UUID id, @Valid @NotNull JobDtos.ReleasedFiles files) {
        return search.view(jobs.releaseFiles(id, files.files()));
    }

    @GET
    @Path("/{id}/timeline")
    @Transactional
    @Operation(summary = "Every change of the job (who, when, what, why), oldest first unless order=desc")
    public Paged<JobDtos.TimelineView> timeline(@PathParam("id") UUID id, @Valid @BeanParam ListWindow window) {
        jobs.find(id);
        return Paged.of(TimelineEntry.<TimelineEntry>find("jobId", window.sort("occurredAt", Sort.Direction.Ascending,
                "id"), id), window, e -> new JobDtos.TimelineView(e.occurredAt, e.actor, e.what, e.why));
    }
}
