package app.routecard.files.release;

import app.routecard.files.revisions.FileViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Releasing a drawing's revision for a job. */
@Path("/api/files/{fileId}")
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    private final ReleaseService releases;

    public ReleaseResource(ReleaseService releases) {
        this.releases = releases;
    }

    public record ReleaseRequest(@NotNull UUID jobId) {
    }

    @POST
    @Path("/revisions/{number}/release")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release this revision for a job; the job's older release of the file is superseded")
    public FileViews.ReleaseView release(@PathParam("fileId") UUID fileId,
                                         @PathParam("number") @Min(1) @Max(100_000) int number,
                                         @Valid @NotNull ReleaseRequest request) {
        return releases.release(fileId, number, request.jobId());
    }
}
