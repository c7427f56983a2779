package app.routecard.tenant.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Your organization's audit trail, newest first. No tenant filter here: Hibernate and RLS apply it. */
@Path("/api/audit")
@RolesAllowed({"shop_admin", "buyer", "operator"})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record AuditView(OffsetDateTime occurredAt, String actor, String action, String target, String detail) {
    }

    @GET
    @Transactional
    @Operation(summary = "What your organization's admins did, newest first")
    public List<AuditView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return AuditEntry.<AuditEntry>findAll(Sort.descending("occurredAt")).page(Page.of(page, size)).list()
                .stream().map(e -> new AuditView(e.occurredAt, e.actor, e.action, e.target, e.detail)).toList();
    }
}
