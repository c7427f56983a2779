package app.routecard.platform.tenancy;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the tenant from a token's {@code tenant} claim, which Keycloak's organization-membership mapper fills
 * as {@code {"<alias>": {"id": "<organization id>"}}}. The organization id is the tenant id everywhere in
 * Routecard. A user must belong to exactly one organization: none or several is no tenant at all.
 */
public final class TenantClaim {

    public static final String NAME = "tenant";

    private TenantClaim() {
    }

    public static Optional<Tenant> parse(Object claim) {
        if (!(claim instanceof Map<?, ?> organizations) || organizations.size() != 1) {
            return Optional.empty();
        }
        Map.Entry<?, ?> only = organizations.entrySet().iterator().next();
        if (!(only.getValue() instanceof Map<?, ?> details) || !(only.getKey() instanceof String slug)) {
            return Optional.empty();
        }
        Object id = details.get("id");
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Tenant(UUID.fromString(unquote(id.toString())).toString(), unquote(slug)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
