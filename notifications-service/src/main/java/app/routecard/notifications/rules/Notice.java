package app.routecard.notifications.rules;

/**
 * What one event tells the holders of a role in a tenant: a category (for preferences), a title, a line of detail
 * and the portal page it is about.
 *
 * @param tenantId the recipients' tenant
 * @param role     the recipients' role in it ({@code shop_admin}, {@code buyer}, ...)
 * @param link     a portal path, always starting with a slash
 */
public record Notice(String tenantId, String role, String category, String title, String body, String link) {
}
