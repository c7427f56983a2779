package app.routecard.tenant.events;

import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.tenant.registry.RegisteredTenant;
import app.routecard.tenant.registry.TenantKind;
import app.routecard.tenant.registry.TenantStatus;

/** The tenant.* integration events: what other services learn about tenants. */
public final class TenantEvents {

    /**
     * {@code timeZone}: the tenant's IANA zone, in which other services judge its dates (late, on time);
     * {@code brandColour}: #rrggbb for its e-mails, or null.
     */
    public record TenantSnapshot(String id, String slug, String name, TenantKind kind, TenantStatus status,
                                 String suspensionReason, String timeZone, String brandColour) {
    }

    private TenantEvents() {
    }

    public static IntegrationEvent created(RegisteredTenant tenant) {
        return event("tenant.created", tenant);
    }

    public static IntegrationEvent updated(RegisteredTenant tenant) {
        return event("tenant.updated", tenant);
    }

    public static IntegrationEvent suspended(RegisteredTenant tenant) {
        return event("tenant.suspended", tenant);
    }

    public static IntegrationEvent reinstated(RegisteredTenant tenant) {
        return event("tenant.reinstated", tenant);
    }

    private static IntegrationEvent event(String type, RegisteredTenant tenant) {
        return new IntegrationEvent(type, tenant.id, tenant.id, new TenantSnapshot(tenant.id, tenant.slug,
                tenant.name, tenant.kind, tenant.status, tenant.suspensionReason, tenant.timeZone,
                tenant.brandColour));
    }
}
