package app.routecard.job.jobs;

import app.routecard.job.stage.JobStage;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A shop's jobs. Every query runs filtered to the caller's tenant by Hibernate and by row-level security. */
@Path("/api/jobs")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final JobService jobs;

    public JobResource(JobService jobs) {
        this.jobs = jobs;
    }

    @POST
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a job (stage planned) with the next job number of the year")
    public Response create(@Valid @NotNull JobDtos.NewJob request) {
        Job job = jobs.create(request);
        return Response.created(URI.create("/api/jobs/" + job.id)).entity(JobDtos.JobView.of(job, 0)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "Jobs by stage and owner, paged and sorted")
    public JobDtos.JobPage list(@QueryParam("stage") JobStage stage,
                                @QueryParam("owner") String owner,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                                @QueryParam("sort") @DefaultValue("dueDate")
                                @Pattern(regexp = "-?(dueDate|number|createdAt|priority|stage)") String sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (stage != null) {
            where.append(" and stage = :stage");
            parameters.put("stage", stage);
        }
        if (owner != null && !owner.isBlank()) {
            where.append(" and owner = :owner");
            parameters.put("owner", owner);
        }
        boolean descending = sort.startsWith("-");
        String column = descending ? sort.substring(1) : sort;
        Sort order = (descending ? Sort.descending(column) : Sort.ascending(column)).and("number");
        var query = Job.<Job>find(where.toString(), order, parameters);
        List<JobDtos.JobView> items = query.page(Page.of(page, size)).list().stream()
                .map(job -> JobDtos.JobView.of(job, jobs.openBlockers(job.id))).toList();
        return new JobDtos.JobPage(items, page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @Transactional
    public JobDtos.JobView get(@PathParam("id") UUID id) {
        return JobDtos.JobView.of(jobs.find(id), jobs.openBlockers(id));
    }

    @POST
    @Path("/{id}/stage")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a job to another stage; 409 names the rule that forbids it")
    public JobDtos.JobView changeStage(@PathParam("id") UUID id, @Valid @NotNull JobDtos.StageChange change) {
        return JobDtos.JobView.of(jobs.changeStage(id, change), jobs.openBlockers(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a job's customer, due date, priority, owner or special instructions")
    public JobDtos.JobView update(@PathParam("id") UUID id, @Valid @NotNull JobDtos.JobChanges changes) {
        return JobDtos.JobView.of(jobs.update(id, changes), jobs.openBlockers(id));
    }

    @PUT
    @Path("/{id}/files")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the released files the job is made from (listed on the traveler and the floor view)")
    public JobDtos.JobView releaseFiles(@PathParam("id") UUID id, @Valid @NotNull JobDtos.ReleasedFiles files) {
        return JobDtos.JobView.of(jobs.releaseFiles(id, files.files()), jobs.openBlockers(id));
    }

    @GET
    @Path("/{id}/timeline")
    @Transactional
    public List<JobDtos.TimelineView> timeline(@PathParam("id") UUID id) {
        jobs.find(id);
        return TimelineEntry.<TimelineEntry>list("jobId", Sort.ascending("occurredAt"), id).stream()
                .map(e -> new JobDtos.TimelineView(e.occurredAt, e.actor, e.what, e.why)).toList();
    }
}
