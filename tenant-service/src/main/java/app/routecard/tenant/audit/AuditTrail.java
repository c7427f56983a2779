package app.routecard.tenant.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Records an admin action of the current request in its tenant's audit trail. */
@RequestScoped
public class AuditTrail {

    private final SecurityIdentity identity;

    public AuditTrail(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Transactional
    public void record(String action, String target, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = identity.getPrincipal().getName();
        entry.action = action;
        entry.target = target;
        entry.detail = detail;
        entry.persist();
    }
}
