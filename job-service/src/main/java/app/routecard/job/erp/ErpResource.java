package app.routecard.job.erp;

import app.routecard.platform.service.problem.Conflicts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The ERP's door into the shop's jobs. Actuals go back to the ERP as job.actuals.reported events. */
@Path("/api/erp/production-orders")
@RolesAllowed("shop_admin")
@Produces(MediaType.APPLICATION_JSON)
public class ErpResource {

    private final ErpImportService imports;

    public ErpResource(ErpImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a production order as a job: 201 the first time, 200 with the same job on a retry")
    public Response importOrder(@Valid @NotNull ErpDtos.ProductionOrder order) {
        ErpDtos.Imported imported;
        try {
            imported = imports.importOrder(order);
        } catch (RuntimeException raced) {
            // Two deliveries of the same order at once: the unique index let one create the job; this one reads it.
            if (!Conflicts.isUniqueViolation(raced, "job_by_erp_order")) {
                throw raced;
            }
            imported = imports.importOrder(order);
        }
        URI location = URI.create("/api/jobs/" + imported.job().id());
        return (imported.created() ? Response.created(location) : Response.ok().location(location))
                .entity(imported).build();
    }
}
