package app.routecard.platform.tenancy;

/** A tenant as a request knows it: its id (the Keycloak organization id) and its slug (the organization alias). */
public record Tenant(String id, String slug) {
}
