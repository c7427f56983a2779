package app.routecard.files.download;

import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Download links (never the bytes themselves) and the owner's download log. */
@Path("/api/files/{fileId}")
@Produces(MediaType.APPLICATION_JSON)
public class DownloadResource {

    private final DownloadService downloads;

    public DownloadResource(DownloadService downloads) {
        this.downloads = downloads;
    }

    @POST
    @Path("/revisions/{number}/download")
    @RolesAllowed({"shop_admin", "shop_floor", "buyer"})
    @Operation(summary = "A presigned link to the revision's bytes, valid for at most five minutes; audited")
    public DownloadService.DownloadLink link(@PathParam("fileId") UUID fileId,
                                             @PathParam("number") @Min(1) @Max(100_000) int number) {
        return downloads.link(fileId, number);
    }

    @GET
    @Path("/downloads")
    @RolesAllowed({"shop_admin", "buyer"})
    @Operation(summary = "Who downloaded which revision of this file, and when (newest first)")
    public Paged<DownloadService.DownloadEntry> log(@PathParam("fileId") UUID fileId,
                                                    @Valid @BeanParam ListWindow window) {
        return downloads.log(fileId, window);
    }
}
