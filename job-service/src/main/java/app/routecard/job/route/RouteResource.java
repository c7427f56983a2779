package app.routecard.job.route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A job's route: plan it, then start, finish or skip its steps in order. */
@Path("/api/jobs/{jobId}/route")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

    private final RouteService route;

    public RouteResource(RouteService route) {
        this.route = route;
    }

    @GET
    @Operation(summary = "The job's steps and progress")
    public RouteDtos.RouteView get(@PathParam("jobId") UUID jobId) {
        return route.view(jobId);
    }

    @PUT
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan (or re-plan, before work starts) the job's route")
    public RouteDtos.RouteView replace(@PathParam("jobId") UUID jobId, @Valid @NotNull RouteDtos.NewRoute steps) {
        return route.replace(jobId, steps);
    }

    @POST
    @Path("/{stepId}/start")
    public RouteDtos.RouteView start(@PathParam("jobId") UUID jobId, @PathParam("stepId") UUID stepId) {
        return route.start(jobId, stepId);
    }

    @POST
    @Path("/{stepId}/finish")
    @Consumes(MediaType.APPLICATION_JSON)
    public RouteDtos.RouteView finish(@PathParam("jobId") UUID jobId, @PathParam("stepId") UUID stepId,
                                      @Valid @NotNull RouteDtos.Completion completion) {
        return route.finish(jobId, stepId, completion);
    }

    @POST
    @Path("/scan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a route card scan does: finish the running step, or start the next one")
    public RouteDtos.ScanResult scan(@PathParam("jobId") UUID jobId, @Valid RouteDtos.ScanInput input) {
        return route.scan(jobId, input);
    }

    /** The bare scan a phone sends, without a body. */
    @POST
    @Path("/scan")
    public RouteDtos.ScanResult scanWithoutBody(@PathParam("jobId") UUID jobId) {
        return route.scan(jobId, null);
    }

    @POST
    @Path("/{stepId}/skip")
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public RouteDtos.RouteView skip(@PathParam("jobId") UUID jobId, @PathParam("stepId") UUID stepId,
                                    @Valid @NotNull RouteDtos.Skip skip) {
        return route.skip(jobId, stepId, skip.reason());
    }
}
