package app.routecard.notifications.rules;

import java.util.Locale;

/**
 * What one event tells the holders of a role in a tenant, and perhaps one more person: a category (for
 * preferences), a title, a line of detail and the portal page it is about.
 *
 * @param tenantId   the recipients' tenant
 * @param role       the recipients' role in it ({@code shop_admin}, {@code buyer}, ...)
 * @param link       a portal path, always starting with a slash
 * @param alsoPerson one more recipient in the tenant by user name (a job's owner), lower case, or null
 */
public record Notice(String tenantId, String role, String category, String title, String body, String link,
                     String alsoPerson) {

    /** The role of a notice to one person rather than a role's holders: {@code person:<user name>}. */
    public static final String PERSON = "person:";

    public Notice {
        alsoPerson = alsoPerson == null || alsoPerson.isBlank() ? null : alsoPerson.trim().toLowerCase(Locale.ROOT);
    }

    /** A notice to the holders of a role only. */
    public Notice(String tenantId, String role, String category, String title, String body, String link) {
        this(tenantId, role, category, title, body, link, null);
    }

    /** The same notice, also to this person (none: unchanged). */
    public Notice alsoTo(String person) {
        return new Notice(tenantId, role, category, title, body, link, person);
    }
}
