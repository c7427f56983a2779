package app.routecard.tenant.registry;

import java.util.regex.Pattern;

/**
 * A tenant's slug: its Keycloak organization alias and, for shops, the public name in share links. Lower-case
 * letters, digits and single hyphens, 3 to 40 characters, starting with a letter.
 */
public final class TenantSlug {

    public static final String PATTERN = "^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){2,39}$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private TenantSlug() {
    }

    public static boolean isValid(String slug) {
        return slug != null && COMPILED.matcher(slug).matches();
    }
}
