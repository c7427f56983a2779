package app.routecard.platform.inbox;

import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

    /**
     * Applies the events this consumer has not applied before, in one transaction in the all-tenants scope: their
     * inbox rows and the handler's writes commit together. Answers how many were new.
     */
    public int applyAll(BatchEventHandler handler, List<InboxEvent> events) {
        return TenantTransactions.allTenants(handler.allTenantsReason(), () -> {
            Map<UUID, InboxEvent> distinct = new LinkedHashMap<>();
            events.forEach(event -> distinct.putIfAbsent(event.id(), event));
            // One statement for the whole batch: the rows travel as three arrays, the answer is the ids not seen before.
            List<InboxEvent> all = List.copyOf(distinct.values());
            Set<UUID> recorded = new HashSet<>();
            for (Object id : entities.createNativeQuery("""
                            insert into inbox_event (consumer, event_id, tenant_id, type, handled_at)
                            select :consumer, e.id, e.tenant, e.type, :at
                            from unnest(cast(:ids as uuid[]), cast(:tenants as text[]), cast(:types as text[]))
                                as e(id, tenant, type)
                            on conflict do nothing returning event_id""")
                    .setParameter("consumer", handler.name())
                    .setParameter("ids", NativeValues.arrayLiteral(all.stream().map(InboxEvent::id).toList()))
                    .setParameter("tenants", NativeValues.arrayLiteral(all.stream().map(InboxEvent::tenantId).toList()))
                    .setParameter("types", NativeValues.arrayLiteral(all.stream().map(InboxEvent::type).toList()))
                    .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC)).getResultList()) {
                recorded.add(UUID.fromString(id.toString()));
            }
            List<InboxEvent> fresh = distinct.values().stream().filter(event -> recorded.contains(event.id()))
                    .toList();
            if (!fresh.isEmpty()) {
                handler.handleAll(fresh);
            }
            return fresh.size();
        });
    }

    /** Whether this consumer has applied the event (for tests and the replay of dead letters). */
    public boolean applied(String consumer, java.util.UUID eventId, String tenantId) {
        return TenantTransactions.forTenant(tenantId, () -> ((Number) entities.createNativeQuery(
                "select count(*) from inbox_event where consumer = :consumer and event_id = :id")
                .setParameter("consumer", consumer).setParameter("id", eventId).getSingleResult()).longValue() > 0);
    }
}
