package app.routecard.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's time zone, kept current from tenant events: "today", "late" and "on time" are the tenant's own
 * calendar's, not the server's. A tenant not heard of yet counts in UTC.
 */
@ApplicationScoped
public class TenantCalendars {

    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    public ZoneId zone(String tenantId) {
        return zones.getOrDefault(tenantId, ZoneOffset.UTC);
    }

    public LocalDate today(String tenantId) {
        return LocalDate.now(zone(tenantId));
    }

    /** Records the tenant's zone; an unknown zone id leaves the last known one. */
    public void zone(String tenantId, String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return;
        }
        try {
            zones.put(tenantId, ZoneId.of(zoneId));
        } catch (DateTimeException e) {
            // keep what we had: a bad value in one event must not move a tenant's dates
        }
    }
}
