package app.routecard.notifications.webhooks;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.notifications.rules.Notice;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.service.rules.RuleRefused;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The messages owed to a tenant's endpoints: made once per (endpoint, event) when an event tells the tenant
 * something, with a body fixed at that moment (Standard Webhooks' {@code type}, {@code timestamp}, {@code data}), and
 * the log of their attempts. The body carries the event's own data only to the tenant the event belongs to; another
 * tenant it concerns (the buyer of a shop's quote) gets the notice: title, text and the portal page.
 */
@ApplicationScoped
public class WebhookDeliveries {

    /** The test event an admin sends from the endpoint's page; it goes to the endpoint whatever its types. */
    public static final String TEST_EVENT = "webhook.test";

    /** An event that told some tenants something, with the notices it made. */
    public record Told(UUID eventId, String type, String tenantId, OffsetDateTime at, JsonNode data,
                       List<Notice> notices) {
    }

    private final EntityManager entities;
    private final ObjectMapper json;
    private final NotificationClock clock;
    private final String portalUrl;

    public WebhookDeliveries(EntityManager entities, ObjectMapper json, NotificationClock clock,
                             @ConfigProperty(name = "routecard.portal.url") String portalUrl) {
        this.entities = entities;
        this.json = json;
        this.clock = clock;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /**
     * Makes the messages these events owe the endpoints of the tenants they told, in the caller's all-tenants
     * transaction; a message made before (a redelivered or replayed event) is not made again.
     */
    public int enqueue(List<Told> events) {
        ArrayNode rows = json.createArrayNode();
        for (Told event : events) {
            Map<String, Notice> byTenant = new LinkedHashMap<>();
            event.notices().forEach(notice -> byTenant.putIfAbsent(notice.tenantId(), notice));
            byTenant.forEach((tenant, notice) -> rows.addObject().put("tenant", tenant)
                    .put("event", event.eventId().toString()).put("type", event.type())
                    .put("body", body(event, notice, tenant)));
        }
        if (rows.isEmpty()) {
            return 0;
        }
        return entities.createNativeQuery("insert into webhook_delivery (id, tenant_id, endpoint_id, message_id,"
                        + " event_id, event_type, body, status, attempts, next_attempt_at, created_at)"
                        + " select gen_random_uuid(), e.tenant_id, e.id, 'msg_' || replace(cast(m.event as text), '-', ''),"
                        + " m.event, m.type, m.body, 'PENDING', 0, :now, :now"
                        + " from jsonb_to_recordset(cast(:rows as jsonb)) as m(tenant text, event uuid, type text, body text)"
                        + " join webhook_endpoint e on e.tenant_id = m.tenant and e.enabled"
                        + " and (cardinality(e.event_types) = 0 or m.type = any(e.event_types))"
                        + " on conflict (endpoint_id, event_id) do nothing")
                .setParameter("rows", rows.toString()).setParameter("now", Timestamp.from(clock.now()))
                .executeUpdate();
    }

    /** A test message to one endpoint of the caller's tenant, sent at once. */
    public DeliveryRow enqueueTest(WebhookEndpoint endpoint) {
        UUID event = UUID.randomUUID();
        Instant now = clock.now();
        ObjectNode body = json.createObjectNode().put("type", TEST_EVENT).put("timestamp", now.toString());
        body.putObject("data").put("title", "A test event from Routecard").put("endpointId", endpoint.id.toString());
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("insert into webhook_delivery (id, tenant_id, endpoint_id, message_id, event_id,"
                        + " event_type, body, status, attempts, next_attempt_at, created_at) values (:id, :tenant,"
                        + " :endpoint, :message, :event, :type, :body, 'PENDING', 0, :now, :now)")
                .setParameter("id", id).setParameter("tenant", endpoint.tenantId).setParameter("endpoint", endpoint.id)
                .setParameter("message", "msg_" + event.toString().replace("-", "")).setParameter("event", event)
                .setParameter("type", TEST_EVENT).setParameter("body", body.toString())
                .setParameter("now", Timestamp.from(now)).executeUpdate();
        return row(id);
    }

    /** One endpoint's messages, newest first, each with its attempts. */
    @SuppressWarnings("unchecked")
    public Paged<WebhookDtos.DeliveryView> log(UUID endpointId, ListWindow window) {
        long total = ((Number) entities.createNativeQuery("select count(*) from webhook_delivery where endpoint_id = :e")
                .setParameter("e", endpointId).getSingleResult()).longValue();
        List<UUID> ids = entities.createNativeQuery("select id from webhook_delivery where endpoint_id = :e"
                        + " order by created_at desc, id limit :size offset :skip")
                .setParameter("e", endpointId).setParameter("size", window.size)
                .setParameter("skip", window.page * window.size).getResultList();
        return new Paged<>(views(ids), window.page, window.size, total);
    }

    /**
     * Sends a finished message again, with its id and body unchanged (the receiver dedupes by webhook-id): once, as
     * soon as a sender takes it. A message still being tried is refused.
     */
    public WebhookDtos.DeliveryView replay(UUID deliveryId) {
        DeliveryRow row = row(deliveryId);
        if (row.status().equals("PENDING")) {
            throw new RuleRefused(new Refusal("ReplayOnlyFinishedMessages",
                    "This message is still being tried; replay it once it succeeded or was dead-lettered."));
        }
        entities.createNativeQuery("update webhook_delivery set status = 'PENDING', next_attempt_at = :now,"
                        + " lease_until = null, finished_at = null where id = :id")
                .setParameter("now", Timestamp.from(clock.now())).setParameter("id", deliveryId).executeUpdate();
        return views(List.of(deliveryId)).get(0);
    }

    public WebhookDtos.DeliveryView view(UUID deliveryId) {
        row(deliveryId);
        return views(List.of(deliveryId)).get(0);
    }

    /** The bits of a message its sender and its checks need. */
    public record DeliveryRow(UUID id, UUID endpointId, String status) {
    }

    private DeliveryRow row(UUID id) {
        List<?> rows = entities.createNativeQuery("select id, endpoint_id, status from webhook_delivery where id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("No webhook message " + id);
        }
        Object[] row = (Object[]) rows.get(0);
        return new DeliveryRow((UUID) row[0], (UUID) row[1], (String) row[2]);
    }

    @SuppressWarnings("unchecked")
    private List<WebhookDtos.DeliveryView> views(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<WebhookDtos.AttemptView>> attempts = new LinkedHashMap<>();
        for (Object[] a : (List<Object[]>) entities.createNativeQuery("select delivery_id, attempt, started_at,"
                        + " status_code, error, duration_ms, outcome, next_attempt_at from webhook_attempt"
                        + " where delivery_id in (:ids) order by delivery_id, attempt")
                .setParameter("ids", ids).getResultList()) {
            attempts.computeIfAbsent((UUID) a[0], k -> new ArrayList<>()).add(new WebhookDtos.AttemptView(
                    ((Number) a[1]).intValue(), instant(a[2]), integer(a[3]), (String) a[4],
                    ((Number) a[5]).intValue(), (String) a[6], instant(a[7])));
        }
        Map<UUID, WebhookDtos.DeliveryView> views = new LinkedHashMap<>();
        for (Object[] d : (List<Object[]>) entities.createNativeQuery("select id, endpoint_id, message_id,"
                        + " event_type, status, attempts, next_attempt_at, last_status_code, last_error, created_at,"
                        + " finished_at from webhook_delivery where id in (:ids)")
                .setParameter("ids", ids).getResultList()) {
            UUID id = (UUID) d[0];
            views.put(id, new WebhookDtos.DeliveryView(id, (UUID) d[1], (String) d[2], (String) d[3],
                    (String) d[4], ((Number) d[5]).intValue(), "PENDING".equals(d[4]) ? instant(d[6]) : null,
                    integer(d[7]), (String) d[8], instant(d[9]), instant(d[10]),
                    attempts.getOrDefault(id, List.of())));
        }
        return ids.stream().map(views::get).toList();
    }

    private String body(Told event, Notice notice, String tenant) {
        ObjectNode body = json.createObjectNode().put("type", event.type()).put("timestamp", event.at().toString());
        ObjectNode data = body.putObject("data").put("title", notice.title());
        if (notice.body() != null && !notice.body().isBlank()) {
            data.put("text", notice.body());
        }
        data.put("url", portalUrl + notice.link());
        if (tenant.equals(event.tenantId()) && event.data() != null) {
            data.set("event", event.data());
        }
        return body.toString();
    }

    static Instant instant(Object value) {
        OffsetDateTime at = NativeValues.offsetDateTime(value);
        return at == null ? null : at.toInstant();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
