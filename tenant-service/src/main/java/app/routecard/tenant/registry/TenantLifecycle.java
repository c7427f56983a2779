package app.routecard.tenant.registry;

/** The rules of suspending and reinstating a tenant, as named policies. */
public final class TenantLifecycle {

    /** Thrown when a rule forbids a change; the message names the rule. */
    public static final class RuleViolation extends RuntimeException {
        public RuleViolation(String message) {
            super(message);
        }
    }

    private TenantLifecycle() {
    }

    /** Only an active tenant can be suspended, never the platform operator's own, and always with a reason. */
    public static void checkSuspension(TenantKind kind, TenantStatus status, String reason) {
        if (kind == TenantKind.OPERATOR) {
            throw new RuleViolation("An operator tenant cannot be suspended");
        }
        if (status != TenantStatus.ACTIVE) {
            throw new RuleViolation("Only an active tenant can be suspended; this one is " + status);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("A suspension needs a reason");
        }
    }

    /** Only a suspended tenant can be reinstated. */
    public static void checkReinstatement(TenantStatus status) {
        if (status != TenantStatus.SUSPENDED) {
            throw new RuleViolation("Only a suspended tenant can be reinstated; this one is " + status);
        }
    }
}
