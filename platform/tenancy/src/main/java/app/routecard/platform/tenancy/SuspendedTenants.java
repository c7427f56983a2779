package app.routecard.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This service's view of which tenants are suspended and why, kept current from tenant events. A suspended
 * tenant's users are refused by every endpoint.
 */
@ApplicationScoped
public class SuspendedTenants {

    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    public Optional<String> reason(String tenantId) {
        return Optional.ofNullable(reasons.get(tenantId));
    }

    public void suspended(String tenantId, String reason) {
        reasons.put(tenantId, reason == null || reason.isBlank() ? "no reason given" : reason);
    }

    public void reinstated(String tenantId) {
        reasons.remove(tenantId);
    }
}
