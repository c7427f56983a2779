package app.routecard.files.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The files released for a job, as the job page, the floor page and the traveler list them. */
@Path("/api/jobs/{jobId}/files")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class JobFilesResource {

    private final ReleaseService releases;

    public JobFilesResource(ReleaseService releases) {
        this.releases = releases;
    }

    @GET
    @Operation(summary = "The job's released files: current revisions, or with current=false the history")
    public List<ReleaseService.JobFile> ofJob(@PathParam("jobId") UUID jobId,
                                             @QueryParam("current") Boolean current) {
        return releases.ofJob(jobId, !Boolean.FALSE.equals(current));
    }
}
