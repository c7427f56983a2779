package app.routecard.notifications.webhooks;

import app.routecard.notifications.inapp.Notifications;
import app.routecard.notifications.rules.Minutes;
import app.routecard.notifications.rules.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * How long each endpoint has been failing: a success forgets it; a failure starts the count if none runs. An endpoint
 * failing for longer than allowed ({@link EndpointHealthPolicy}) is switched off and its tenant's admins get a
 * notification. Runs in the sender's all-tenants transaction.
 */
@ApplicationScoped
public class EndpointFailures {

    /** The roles that administer a tenant, one per kind of tenant: the notice reaches whichever the tenant has. */
    static final List<String> ADMIN_ROLES = List.of("shop_admin", "buyer", "operator");

    private final EntityManager entities;
    private final WebhookSettings settings;
    private final Notifications notifications;

    public EndpointFailures(EntityManager entities, WebhookSettings settings, Notifications notifications) {
        this.entities = entities;
        this.settings = settings;
        this.notifications = notifications;
    }

    void succeeded(UUID endpointId) {
        entities.createNativeQuery("update webhook_endpoint set failing_since = null where id = :id")
                .setParameter("id", endpointId).executeUpdate();
    }

    void failed(UUID endpointId, Instant failedAt, Instant now, String error) {
        List<?> rows = entities.createNativeQuery("update webhook_endpoint set failing_since ="
                        + " coalesce(failing_since, :at) where id = :id returning tenant_id, failing_since, enabled, url")
                .setParameter("at", Timestamp.from(failedAt)).setParameter("id", endpointId).getResultList();
        if (rows.isEmpty()) {
            return; // removed meanwhile
        }
        Object[] row = (Object[]) rows.get(0);
        Instant failingSince = WebhookDeliveries.instant(row[1]);
        if (!(Boolean) row[2] || !EndpointHealthPolicy.disable(failingSince, now, settings.disableAfterFailing())) {
            return;
        }
        String tenant = (String) row[0];
        String url = (String) row[3];
        String reason = "Switched off: no success since " + Minutes.of(failingSince) + " (last attempt: " + error + ")";
        entities.createNativeQuery("update webhook_endpoint set enabled = false, disabled_reason = :reason"
                + " where id = :id").setParameter("reason", reason).setParameter("id", endpointId).executeUpdate();
        // One notice per time the endpoint is switched off: the id comes from the endpoint and when it began failing.
        UUID noticeId = UUID.nameUUIDFromBytes(("webhook-disabled:" + endpointId + ":" + failingSince)
                .getBytes(StandardCharsets.UTF_8));
        notifications.record(ADMIN_ROLES.stream().map(role -> new Notifications.Addressed(noticeId,
                now.atOffset(ZoneOffset.UTC), new Notice(tenant, role, "webhooks",
                        "Webhook endpoint switched off: " + url, reason,
                        "/organization/webhooks/" + endpointId))).toList());
    }

}
