package app.routecard.tenant.members;

import app.routecard.tenant.registry.TenantKind;
import java.util.Map;
import java.util.Set;

/** Which roles a tenant's members may hold, by tenant kind: a buyer organization has no shop-floor staff. */
public final class MemberRoles {

    private static final Map<TenantKind, Set<String>> ALLOWED = Map.of(
            TenantKind.SHOP, Set.of("shop_admin", "shop_floor"),
            TenantKind.BUYER, Set.of("buyer"),
            TenantKind.OPERATOR, Set.of("operator"));

    private MemberRoles() {
    }

    public static boolean allowed(TenantKind kind, String role) {
        return ALLOWED.get(kind).contains(role);
    }

    public static Set<String> allowedFor(TenantKind kind) {
        return ALLOWED.get(kind);
    }
}
