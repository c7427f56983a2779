package app.routecard.tenant.registry;

import java.time.OffsetDateTime;

/** A tenant as the API shows it. */
public record TenantView(String id, String slug, String name, TenantKind kind, TenantStatus status,
                         String suspensionReason, String adminEmail, String timeZone, String locale,
                         String contactEmail, String contactPhone, String logoFileId, String brandColour,
                         String publicSlug, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static TenantView of(RegisteredTenant tenant) {
        return new TenantView(tenant.id, tenant.slug, tenant.name, tenant.kind, tenant.status,
                tenant.suspensionReason, tenant.adminEmail, tenant.timeZone, tenant.locale, tenant.contactEmail,
                tenant.contactPhone, tenant.logoFileId, tenant.brandColour, tenant.publicSlug, tenant.createdAt, tenant.updatedAt);
    }
}
