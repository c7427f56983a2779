package app.routecard.marketplace.scoring;

import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A supplier's scorecard, computed as of now with its explanation and the observations behind it. The supplier
 * reads its own; a buyer reads any supplier's, network-wide or ({@code view=mine}) as the buyer experienced it;
 * the operator reads any. Anyone else, including another shop, gets 404.
 */
@Path("/api/scorecards")
@RolesAllowed({"shop_admin", "shop_floor", "buyer", "operator"})
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    private final ScorecardReads reads;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public ScorecardResource(ScorecardReads reads, CurrentTenant tenant, SecurityIdentity identity) {
        this.reads = reads;
        this.tenant = tenant;
        this.identity = identity;
    }

    @GET
    @Path("/{supplierTenantId}/history")
    @Operation(summary = "The supplier's scorecard at the end of each of the last weeks or months, oldest first"
            + " (for trend charts); the same readers and views as the scorecard")
    public List<ScorecardReads.Point> history(@PathParam("supplierTenantId") String supplier,
                                              @QueryParam("view") String view,
                                              @QueryParam("period") @DefaultValue("WEEK") String period,
                                              @QueryParam("count") @DefaultValue("12") @Min(2) @Max(60) int count) {
        ScorecardReads.Period every;
        try {
            every = ScorecardReads.Period.valueOf(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("period", "must be WEEK or MONTH");
        }
        Access access = access(supplier, view);
        return reads.history(supplier, access.buyer(), every, count)
                .orElseThrow(() -> new NotFoundException("No supplier " + supplier));
    }

    @GET
    @Path("/{supplierTenantId}")
    @Operation(summary = "A supplier's scorecard as of now: per dimension count, weighted count, alpha, beta, score"
            + " and lower bound, the composite, the standing, the parameters used and the observations behind it")
    public ScorecardReads.ScorecardView scorecard(@PathParam("supplierTenantId") String supplier,
                                                  @QueryParam("view") String view) {
        Access access = access(supplier, view);
        return reads.read(supplier, access.buyer(), access.reader())
                .orElseThrow(() -> new NotFoundException("No supplier " + supplier));
    }

    /** Who reads a supplier's scorecard, and whose orders only when a buyer asks for its own view. */
    private record Access(ScorecardReads.Reader reader, String buyer) {
    }

    /** The supplier itself, the operator, or a buyer (network-wide or, with view=mine, its own); anyone else 404. */
    private Access access(String supplier, String view) {
        String caller = tenant.id();
        if (caller.equals(supplier)) {
            return new Access(ScorecardReads.Reader.SUPPLIER, null);
        }
        if (identity.hasRole("operator")) {
            return new Access(ScorecardReads.Reader.OPERATOR, null);
        }
        if (identity.hasRole("buyer")) {
            return "mine".equals(view) ? new Access(ScorecardReads.Reader.BUYER_OWN, caller)
                    : new Access(ScorecardReads.Reader.BUYER_NETWORK, null);
        }
        throw new NotFoundException("No supplier " + supplier);
    }
}
