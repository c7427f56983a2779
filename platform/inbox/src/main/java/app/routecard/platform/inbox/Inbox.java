package app.routecard.platform.inbox;

import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Applies an event exactly once per consumer: the inbox row and the handler's writes commit in one transaction in
 * the event's tenant, and the row's key (consumer, event id) makes a second delivery a no-op.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entities;

    public Inbox(EntityManager entities) {
        this.entities = entities;
    }

    /** Whether the event was applied now (false: this consumer had applied it before). */
    public boolean apply(EventHandler handler, InboxEvent event) {
        return TenantTransactions.forTenant(event.tenantId(), () -> {
            int recorded = entities.createNativeQuery("""
                            insert into inbox_event (consumer, event_id, tenant_id, type, handled_at)
                            values (:consumer, :id, :tenant, :type, :at) on conflict do nothing""")
                    .setParameter("consumer", handler.name()).setParameter("id", event.id())
                    .setParameter("tenant", event.tenantId()).setParameter("type", event.type())
                    .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
            if (recorded == 0) {
                return false;
            }
            handler.handle(event);
            return true;
        });
    }

    /** Whether this consumer has applied the event (for tests and the replay of dead letters). */
    public boolean applied(String consumer, java.util.UUID eventId, String tenantId) {
        return TenantTransactions.forTenant(tenantId, () -> ((Number) entities.createNativeQuery(
                "select count(*) from inbox_event where consumer = :consumer and event_id = :id")
                .setParameter("consumer", consumer).setParameter("id", eventId).getSingleResult()).longValue() > 0);
    }
}
