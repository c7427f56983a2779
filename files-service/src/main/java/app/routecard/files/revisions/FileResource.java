package app.routecard.files.revisions;

import app.routecard.files.subjects.SubjectType;
import app.routecard.files.upload.Purpose;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.problem.InvalidField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A tenant's files and their revisions. */
@Path("/api/files")
@RolesAllowed({"shop_admin", "shop_floor", "buyer"})
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {

    private final FileCatalog catalog;

    public FileResource(FileCatalog catalog) {
        this.catalog = catalog;
    }

    public record Attachment(@NotNull SubjectType subjectType, @NotNull UUID subjectId) {
    }

    @GET
    @Operation(summary = "Files by subject (subjectType and subjectId), purpose or name, newest first")
    public Paged<FileViews.FileView> list(@QueryParam("subjectType") SubjectType subjectType,
                                          @QueryParam("subjectId") UUID subjectId,
                                          @QueryParam("purpose") Purpose purpose,
                                          @QueryParam("q") @Size(max = 100) String text,
                                          @QueryParam("archived") Boolean archived,
                                          @Valid @BeanParam ListWindow window) {
        if ((subjectType == null) != (subjectId == null)) {
            throw new InvalidField(subjectType == null ? "subjectType" : "subjectId",
                    "goes with subjectType and subjectId together");
        }
        return catalog.list(subjectType, subjectId, purpose, text, Boolean.TRUE.equals(archived), window);
    }

    @GET
    @Path("/{fileId}")
    public FileViews.FileView get(@PathParam("fileId") UUID fileId) {
        return catalog.get(fileId);
    }

    @POST
    @Path("/{fileId}/archive")
    @RolesAllowed({"shop_admin", "buyer"})
    @Operation(summary = "Archive the file: out of the lists; released revisions keep their bytes, others lose them")
    public FileViews.FileView archive(@PathParam("fileId") UUID fileId) {
        return catalog.archive(fileId);
    }

    @POST
    @Path("/{fileId}/attachments")
    @RolesAllowed({"shop_admin", "buyer"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the file with a subject (a job, shipment, quote or RFQ)")
    public FileViews.FileView attach(@PathParam("fileId") UUID fileId, @Valid @NotNull Attachment attachment) {
        return catalog.attach(fileId, attachment.subjectType(), attachment.subjectId());
    }
}
