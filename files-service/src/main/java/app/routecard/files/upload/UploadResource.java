package app.routecard.files.upload;

import app.routecard.files.revisions.FileRevision;
import app.routecard.files.revisions.FileViews;
import app.routecard.files.subjects.SubjectType;
import app.routecard.platform.service.problem.InvalidField;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Uploads: a new file (its revision A) or a file's next revision, as {@code multipart/form-data} with the bytes in
 * the part named {@code file}. The body is read as a stream, never whole.
 */
@Path("/api/files")
@RolesAllowed({"shop_admin", "shop_floor", "buyer"})
@Produces(MediaType.APPLICATION_JSON)
public class UploadResource {

    private final UploadService uploads;

    public UploadResource(UploadService uploads) {
        this.uploads = uploads;
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a new file: purpose DRAWING or PROOF, an optional display name and subject")
    public Response create(@QueryParam("purpose") Purpose purpose,
                           @QueryParam("name") @Size(max = 200) String name,
                           @QueryParam("subjectType") SubjectType subjectType,
                           @QueryParam("subjectId") UUID subjectId,
                           @QueryParam("sha256") @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256,
                           @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("Content-Length") @jakarta.ws.rs.DefaultValue("-1") long length,
                           InputStream body) {
        if (purpose == null) {
            throw new InvalidField("purpose", "is required: DRAWING or PROOF");
        }
        if ((subjectType == null) != (subjectId == null)) {
            throw new InvalidField(subjectType == null ? "subjectType" : "subjectId",
                    "goes with subjectType and subjectId together");
        }
        FileRevision revision = uploads.upload(new UploadService.Upload(Optional.empty(), name, purpose,
                subjectType, subjectId, sha256), body, contentType, length);
        return Response.created(URI.create("/api/files/" + revision.fileId))
                .entity(FileViews.RevisionView.of(revision)).build();
    }

    @POST
    @Path("/{fileId}/revisions")
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload the next revision of a file")
    public Response revise(@PathParam("fileId") UUID fileId,
                           @QueryParam("sha256") @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256,
                           @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("Content-Length") @jakarta.ws.rs.DefaultValue("-1") long length,
                           InputStream body) {
        FileRevision revision = uploads.upload(new UploadService.Upload(Optional.of(fileId), null, null, null,
                null, sha256), body, contentType, length);
        return Response.created(URI.create("/api/files/" + fileId + "/revisions/" + revision.number))
                .entity(FileViews.RevisionView.of(revision)).build();
    }
}
