package app.routecard.tenant.operations;

import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.tenant.events.TenantEvents;
import app.routecard.tenant.registry.RegisteredTenant;
import app.routecard.tenant.registry.TenantKind;
import app.routecard.tenant.registry.TenantLifecyclePolicy;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.tenant.registry.TenantStatus;
import app.routecard.tenant.registry.TenantView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The platform operator's view of all tenants: list, search, page, suspend, reinstate. */
@Path("/api/tenants")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class TenantOperationsResource {

    private final Outbox outbox;
    private final SecurityIdentity identity;
    private final CurrentTenant currentTenant;

    public TenantOperationsResource(Outbox outbox, SecurityIdentity identity, CurrentTenant currentTenant) {
        this.outbox = outbox;
        this.identity = identity;
        this.currentTenant = currentTenant;
    }

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "slug", "slug", "createdAt", "createdAt", "status", "status", "kind", "kind");

    @GET
    @Operation(summary = "List and search tenants (name or slug contains q), filtered by kind and status")
    public TenantPage list(@QueryParam("q") @Size(max = 200) String q,
                           @QueryParam("kind") TenantKind kind,
                           @QueryParam("status") TenantStatus status,
                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                           @QueryParam("sort") @DefaultValue("name")
                           @Pattern(regexp = "-?(name|slug|createdAt|status|kind)") String sort) {
        return TenantTransactions.allTenants("operator lists tenants", () -> {
            StringBuilder where = new StringBuilder("1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (q != null && !q.isBlank()) {
                where.append(" and (lower(name) like :q or slug like :q)");
                parameters.put("q", "%" + q.trim().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
            }
            if (kind != null) {
                where.append(" and kind = :kind");
                parameters.put("kind", kind);
            }
            if (status != null) {
                where.append(" and status = :status");
                parameters.put("status", status);
            }
            boolean descending = sort.startsWith("-");
            String column = SORTABLE.get(descending ? sort.substring(1) : sort);
            Sort order = (descending ? Sort.descending(column) : Sort.ascending(column)).and("id");
            PanacheQuery<RegisteredTenant> query = RegisteredTenant.find(where.toString(), order, parameters);
            return new TenantPage(query.page(Page.of(page, size)).list().stream().map(TenantView::of).toList(),
                    page, size, query.count());
        });
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One tenant: any for operators, only your own for everyone else (others are not found)")
    public TenantView get(@PathParam("id") String id) {
        if (!identity.hasRole("operator")) {
            if (!id.equals(currentTenant.id())) {
                throw new NotFoundException("No tenant " + id);
            }
            return QuarkusTransaction.requiringNew().call(() -> TenantView.of(find(id)));
        }
        return TenantTransactions.allTenants("operator reads a tenant", () -> TenantView.of(find(id)));
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend a tenant: its users are refused by every service")
    public TenantView suspend(@PathParam("id") String id, @Valid @NotNull SuspensionRequest request) {
        return TenantTransactions.allTenants("operator suspends a tenant", () -> {
            RegisteredTenant tenant = find(id);
            Refusal.throwIfPresent(TenantLifecyclePolicy.checkSuspension(tenant.kind, tenant.status,
                    request.reason()));
            tenant.status = TenantStatus.SUSPENDED;
            tenant.suspensionReason = request.reason().trim();
            tenant.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            outbox.record(TenantEvents.suspended(tenant));
            return TenantView.of(tenant);
        });
    }

    @POST
    @Path("/{id}/reinstate")
    @Operation(summary = "Reinstate a suspended tenant")
    public TenantView reinstate(@PathParam("id") String id) {
        return TenantTransactions.allTenants("operator reinstates a tenant", () -> {
            RegisteredTenant tenant = find(id);
            Refusal.throwIfPresent(TenantLifecyclePolicy.checkReinstatement(tenant.status));
            tenant.status = TenantStatus.ACTIVE;
            tenant.suspensionReason = null;
            tenant.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            outbox.record(TenantEvents.reinstated(tenant));
            return TenantView.of(tenant);
        });
    }

    private static RegisteredTenant find(String id) {
        RegisteredTenant tenant = RegisteredTenant.findById(id);
        if (tenant == null) {
            throw new NotFoundException("No tenant " + id);
        }
        return tenant;
    }
}
