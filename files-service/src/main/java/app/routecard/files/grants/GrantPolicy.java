package app.routecard.files.grants;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Who may be granted a file, for how long, and when a grant counts. Plain Java. */
public final class GrantPolicy {

    static final Duration SHORTEST = Duration.ofHours(1);
    static final Duration LONGEST = Duration.ofDays(365);

    private GrantPolicy() {
    }

    /** Why a grant cannot be made (the field and the reason), or empty. */
    public static Optional<String[]> checkNew(String ownerTenant, String granteeTenant, OffsetDateTime expiresAt,
                                              OffsetDateTime now) {
        if (ownerTenant.equals(granteeTenant)) {
            return Optional.of(new String[]{"granteeTenantId", "is your own organization"});
        }
        if (expiresAt.isBefore(now.plus(SHORTEST))) {
            return Optional.of(new String[]{"expiresAt", "must be at least an hour from now"});
        }
        if (expiresAt.isAfter(now.plus(LONGEST))) {
            return Optional.of(new String[]{"expiresAt", "must be within a year"});
        }
        return Optional.empty();
    }

    /** A grant lets its grantee read until it expires or is revoked, whichever comes first. */
    public static boolean active(OffsetDateTime expiresAt, OffsetDateTime revokedAt, OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
