package app.routecard.files.grants;

import app.routecard.files.download.DownloadService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Files other tenants granted to this one: read-only, until the grant expires or is revoked. */
@Path("/api/granted-files")
@RolesAllowed({"shop_admin", "shop_floor", "buyer"})
@Produces(MediaType.APPLICATION_JSON)
public class GrantedFileResource {

    private final GrantedFiles granted;

    public GrantedFileResource(GrantedFiles granted) {
        this.granted = granted;
    }

    @GET
    @Operation(summary = "Every file another tenant granted to this one and that is still granted")
    public List<GrantedFiles.GrantedFile> list() {
        return granted.list();
    }

    @GET
    @Path("/{fileId}")
    public GrantedFiles.GrantedFile get(@PathParam("fileId") UUID fileId) {
        return granted.get(fileId);
    }

    @POST
    @Path("/{fileId}/revisions/{number}/download")
    @Operation(summary = "A presigned link to a granted file's revision, valid for at most five minutes; audited"
            + " in the owner's download log")
    public DownloadService.DownloadLink link(@PathParam("fileId") UUID fileId,
                                             @PathParam("number") @Min(1) @Max(100_000) int number) {
        return granted.link(fileId, number);
    }
}
