package app.routecard.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's display name, as the tenant events last said it: for pages a person without an account sees (a
 * customer's share page names the shop), where no token carries it.
 */
@ApplicationScoped
public class TenantNames {

    private final Map<String, String> names = new ConcurrentHashMap<>();

    public Optional<String> of(String tenantId) {
        return Optional.ofNullable(names.get(tenantId));
    }

    /** Every tenant known by name, id to name (an organization picker's choices). */
    public Map<String, String> all() {
        return Map.copyOf(names);
    }

    /** Records the tenant's name; an event without one leaves the last known name. */
    public void name(String tenantId, String name) {
        if (name != null && !name.isBlank()) {
            names.put(tenantId, name);
        }
    }
}
