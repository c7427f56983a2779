package app.routecard.tenant.registry;

public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
