package app.routecard.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's display name and brand colour, as the tenant events last said them: for pages a person without an
 * account sees (a customer's share page names the shop) and e-mails, where no token carries them.
 */
@ApplicationScoped
public class TenantNames {

    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, String> colours = new ConcurrentHashMap<>();

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

    /** The tenant's brand colour (#rrggbb), if it chose one. */
    public Optional<String> colourOf(String tenantId) {
        return Optional.ofNullable(colours.get(tenantId));
    }

    /** Records the tenant's brand colour as its last event says it (none: no colour). */
    public void colour(String tenantId, String colour) {
        if (colour == null || colour.isBlank()) {
            colours.remove(tenantId);
        } else {
            colours.put(tenantId, colour);
        }
    }
}
