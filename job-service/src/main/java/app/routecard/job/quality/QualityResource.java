package app.routecard.job.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A job's inspections and non-conformances. The floor inspects and reports; an admin decides dispositions. */
@Path("/api/jobs/{jobId}")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class QualityResource {

    private final QualityService quality;

    public QualityResource(QualityService quality) {
        this.quality = quality;
    }

    @POST
    @Path("/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an in-process or final inspection; measured values against nominal ± tolerance"
            + " decide pass or fail")
    public Response inspect(@PathParam("jobId") UUID jobId, @Valid @NotNull QualityDtos.NewInspection request) {
        QualityDtos.InspectionView view = quality.record(jobId, request);
        return Response.created(URI.create("/api/jobs/" + jobId + "/inspections/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/inspections")
    @Operation(summary = "The job's inspections by kind and result, newest first")
    public Paged<QualityDtos.InspectionView> inspections(@PathParam("jobId") UUID jobId,
                                                         @QueryParam("kind") InspectionKind kind,
                                                         @QueryParam("result") Verdict result,
                                                         @Valid @BeanParam ListWindow window) {
        return quality.inspections(jobId, kind, result, window);
    }

    @POST
    @Path("/ncrs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a non-conformance report for a failed inspection")
    public Response openNcr(@PathParam("jobId") UUID jobId, @Valid @NotNull QualityDtos.NewNcr request) {
        QualityDtos.NcrView view = quality.open(jobId, request);
        return Response.created(URI.create("/api/jobs/" + jobId + "/ncrs/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/ncrs")
    @Operation(summary = "The job's NCRs; open=true for those still awaiting a disposition")
    public Paged<QualityDtos.NcrView> ncrs(@PathParam("jobId") UUID jobId, @QueryParam("open") Boolean open,
                                           @Valid @BeanParam ListWindow window) {
        return quality.ncrs(jobId, open, window);
    }

    @POST
    @Path("/ncrs/{ncrId}/disposition")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide what happens to the non-conforming parts: rework, scrap, use-as-is or return")
    public QualityDtos.NcrView disposition(@PathParam("jobId") UUID jobId, @PathParam("ncrId") UUID ncrId,
                                           @Valid @NotNull QualityDtos.DispositionDecision decision) {
        return quality.disposition(jobId, ncrId, decision);
    }
}
