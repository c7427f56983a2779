package app.routecard.job.share;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The shop's side of sharing a job with its customer: the links and the next update it promises. */
@Path("/api/jobs/{jobId}")
@RolesAllowed("shop_admin")
@Produces(MediaType.APPLICATION_JSON)
public class ShareResource {

    private final ShareService sharing;

    public ShareResource(ShareService sharing) {
        this.sharing = sharing;
    }

    @POST
    @Path("/share-links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an expiring share link; the response is the only time its token is shown")
    public Response create(@PathParam("jobId") UUID jobId, @Valid ShareDtos.NewShareLink request) {
        ShareDtos.CreatedShareLink created = sharing.create(jobId, request);
        return Response.created(URI.create("/api/jobs/" + jobId + "/share-links/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/share-links")
    @RolesAllowed({"shop_admin", "shop_floor"})
    @Operation(summary = "The job's share links (never their tokens), active or not")
    public Paged<ShareDtos.ShareLinkView> list(@PathParam("jobId") UUID jobId, @Valid @BeanParam ListWindow window) {
        return sharing.list(jobId, window);
    }

    @POST
    @Path("/share-links/{linkId}/revoke")
    @Operation(summary = "Revoke a share link: it answers 404 from now on")
    public ShareDtos.ShareLinkView revoke(@PathParam("jobId") UUID jobId, @PathParam("linkId") UUID linkId) {
        return sharing.revoke(jobId, linkId);
    }

    @PUT
    @Path("/customer-update")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the next customer update's date and message (shown on the share page)")
    public ShareDtos.CustomerUpdate customerUpdate(@PathParam("jobId") UUID jobId,
                                                   @Valid @NotNull ShareDtos.CustomerUpdate update) {
        var job = sharing.setCustomerUpdate(jobId, update);
        return new ShareDtos.CustomerUpdate(job.nextUpdateOn, job.nextUpdateMessage);
    }
}
