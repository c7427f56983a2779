package app.routecard.notifications.inapp;

import app.routecard.notifications.rules.Notice;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Stores notifications, once per (event, tenant, role), in the caller's all-tenants transaction. */
@ApplicationScoped
public class Notifications {

    /** A notice, the event it came from and when that happened. */
    public record Addressed(UUID eventId, OffsetDateTime at, Notice notice) {
    }

    private final EntityManager entities;
    private final ObjectMapper json;

    public Notifications(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    /** Stores the notices not stored before; answers how many are new. */
    public int record(List<Addressed> addressed) {
        if (addressed.isEmpty()) {
            return 0;
        }
        ArrayNode rows = json.createArrayNode();
        for (Addressed one : addressed) {
            Notice notice = one.notice();
            rows.addObject().put("id", UUID.randomUUID().toString()).put("tenant", notice.tenantId())
                    .put("role", notice.role()).put("category", notice.category()).put("title", notice.title())
                    .put("body", notice.body()).put("link", notice.link()).put("event", one.eventId().toString())
                    .put("at", one.at().toString()).put("person", notice.alsoPerson());
        }
        return entities.createNativeQuery("""
                insert into notification (id, tenant_id, recipient_role, category, title, body, link,
                                          source_event_id, created_at, also_person)
                select n.id, n.tenant, n.role, n.category, n.title, n.body, n.link, n.event, n.at, n.person
                from jsonb_to_recordset(cast(:rows as jsonb)) as n(id uuid, tenant text, role text, category text,
                    title text, body text, link text, event uuid, at timestamptz, person text)
                where n.tenant <> ''
                on conflict (source_event_id, tenant_id, recipient_role) do nothing""")
                .setParameter("rows", rows.toString()).executeUpdate();
    }
}
