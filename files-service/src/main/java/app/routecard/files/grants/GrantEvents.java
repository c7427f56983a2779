package app.routecard.files.grants;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The data of {@code file.grant.created} and {@code file.grant.revoked}. */
public final class GrantEvents {

    private GrantEvents() {
    }

    public record Created(UUID grantId, String granteeTenantId, UUID fileId, String subjectType, UUID subjectId,
                          OffsetDateTime expiresAt, String createdBy) {
    }

    public record Revoked(UUID grantId, String granteeTenantId, UUID fileId, String subjectType, UUID subjectId,
                          String revokedBy, OffsetDateTime revokedAt) {
    }
}
