package app.routecard.tenant.registry;

import app.routecard.platform.service.rules.Refusal;
import java.util.Locale;
import java.util.Optional;

/** The rules of suspending and reinstating a tenant, each named so a refusal says which one. Plain Java. */
public final class TenantLifecyclePolicy {

    private TenantLifecyclePolicy() {
    }

    /** Only an active tenant can be suspended, never the platform operator's own, and always with a reason. */
    public static Optional<Refusal> checkSuspension(TenantKind kind, TenantStatus status, String reason) {
        if (kind == TenantKind.OPERATOR) {
            return Refusal.refuse("OperatorTenantsStayActive", "An operator tenant cannot be suspended");
        }
        if (status != TenantStatus.ACTIVE) {
            return Refusal.refuse("SuspendOnlyActiveTenants", "Only an active tenant can be suspended; this one is "
                    + name(status));
        }
        return Refusal.requireReason("SuspensionNeedsAReason", reason);
    }

    /** Only a suspended tenant can be reinstated. */
    public static Optional<Refusal> checkReinstatement(TenantStatus status) {
        return status == TenantStatus.SUSPENDED ? Optional.empty()
                : Refusal.refuse("ReinstateOnlySuspendedTenants", "Only a suspended tenant can be reinstated; this"
                + " one is " + name(status));
    }

    private static String name(TenantStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
