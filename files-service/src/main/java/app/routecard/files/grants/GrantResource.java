package app.routecard.files.grants;

import app.routecard.files.subjects.SubjectType;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.problem.InvalidField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Sharing files with another tenant, read-only, until an expiry; revocable. */
@Path("/api/grants")
@RolesAllowed({"shop_admin", "buyer"})
@Produces(MediaType.APPLICATION_JSON)
public class GrantResource {

    private final GrantService grants;

    public GrantResource(GrantService grants) {
        this.grants = grants;
    }

    /** One file ({@code fileId}) or every file of a subject ({@code subjectType} and {@code subjectId}). */
    public record NewGrant(@NotBlank @Size(max = 64) String granteeTenantId, UUID fileId, SubjectType subjectType,
                           UUID subjectId, @NotNull OffsetDateTime expiresAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant another tenant read access to a file or to every file of a subject until expiresAt")
    public Response create(@Valid @NotNull NewGrant request) {
        boolean subject = request.subjectType() != null || request.subjectId() != null;
        if (request.fileId() == null && !subject) {
            throw new InvalidField("fileId", "is required, or subjectType and subjectId");
        }
        if (request.fileId() != null && subject) {
            throw new InvalidField("fileId", "goes alone: a grant is for one file or for one subject's files");
        }
        if (subject && (request.subjectType() == null || request.subjectId() == null)) {
            throw new InvalidField(request.subjectType() == null ? "subjectType" : "subjectId",
                    "goes with subjectType and subjectId together");
        }
        GrantService.GrantView grant = grants.create(request.granteeTenantId().trim(), request.fileId(),
                request.subjectType(), request.subjectId(), request.expiresAt());
        return Response.created(URI.create("/api/grants/" + grant.id())).entity(grant).build();
    }

    @GET
    @Operation(summary = "The grants this tenant made, for a file or a subject, newest first")
    public Paged<GrantService.GrantView> list(@QueryParam("fileId") UUID fileId,
                                              @QueryParam("subjectType") SubjectType subjectType,
                                              @QueryParam("subjectId") UUID subjectId,
                                              @Valid @BeanParam ListWindow window) {
        return grants.list(fileId, subjectType, subjectId, window);
    }

    @POST
    @Path("/{grantId}/revoke")
    @Operation(summary = "Revoke a grant: the grantee's next request for the files is a 404")
    public GrantService.GrantView revoke(@PathParam("grantId") UUID grantId) {
        return grants.revoke(grantId);
    }
}
