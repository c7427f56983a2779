package app.routecard.tenant.registry;

/** What a tenant is on the platform; decides the role its first admin gets. */
public enum TenantKind {
    BUYER("buyer"),
    SHOP("shop_admin"),
    OPERATOR("operator");

    private final String adminRole;

    TenantKind(String adminRole) {
        this.adminRole = adminRole;
    }

    public String adminRole() {
        return adminRole;
    }
}
