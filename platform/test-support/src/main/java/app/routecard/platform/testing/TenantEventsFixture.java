package app.routecard.platform.testing;

import java.util.UUID;

/**
 * Publishes tenant events to the shared stack's Kafka as tenant-service does, so a service's tests can check how
 * it reacts (e.g. to a suspension) without running tenant-service.
 */
public final class TenantEventsFixture {

    private TenantEventsFixture() {
    }

    public static void publish(String type, String tenantId, String slug, String status, String reason) {
        publish(type, tenantId, slug, status, reason, null);
    }

    /** With the tenant's time zone, as tenant-service's events carry it. */
    public static void publish(String type, String tenantId, String slug, String status, String reason,
                               String timeZone) {
        publish(type, tenantId, slug, null, status, reason, timeZone);
    }

    /** An active tenant's profile with its display name (tenant.updated), as tenant-service publishes it. */
    public static void named(String tenantId, String slug, String name) {
        publish("tenant.updated", tenantId, slug, name, "ACTIVE", null, null);
    }

    /** An active tenant's profile with its display name and brand colour (#rrggbb). */
    public static void branded(String tenantId, String slug, String name, String colour) {
        publish("tenant.updated", tenantId, slug, name, "ACTIVE", null, null, colour);
    }

    private static void publish(String type, String tenantId, String slug, String name, String status,
                                String reason, String timeZone) {
        publish(type, tenantId, slug, name, status, reason, timeZone, null);
    }

    private static void publish(String type, String tenantId, String slug, String name, String status,
                                String reason, String timeZone, String colour) {
        String data = "{\"id\":\"" + tenantId + "\",\"slug\":\"" + slug + "\",\"status\":\"" + status + "\""
                + (name == null ? "" : ",\"name\":\"" + name + "\"")
                + (colour == null ? "" : ",\"brandColour\":\"" + colour + "\"")
                + (reason == null ? "" : ",\"suspensionReason\":\"" + reason + "\"")
                + (timeZone == null ? "" : ",\"timeZone\":\"" + timeZone + "\"") + "}";
        TopicWriter.publish("routecard.tenant", tenantId,
                TopicWriter.cloudEvent(UUID.randomUUID(), type, tenantId, tenantId, data));
    }
}
