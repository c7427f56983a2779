package app.routecard.notifications.mail;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.platform.inbox.InboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

/**
 * A shop's update to its customer, who has no account: job-service tells {@code job.customer_update.sent} with the
 * share link, and this makes one e-mail to the customer's address (once per event, whatever the redeliveries),
 * sent by {@link MailSender} in the shop's name and colour. In the follower's all-tenants transaction.
 */
@ApplicationScoped
public class CustomerMails {

    public static final String TYPE = "job.customer_update.sent";

    private final EntityManager entities;
    private final NotificationClock clock;

    public CustomerMails(EntityManager entities, NotificationClock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    public void learn(List<InboxEvent> events) {
        for (InboxEvent event : events) {
            if (!event.type().equals(TYPE) || event.data().path("customerEmail").asText("").isBlank()) {
                continue;
            }
            String email = event.data().path("customerEmail").asText().trim().toLowerCase(Locale.ROOT);
            Timestamp now = Timestamp.from(clock.now());
            entities.createNativeQuery("insert into email_message (id, tenant_id, kind, recipient_user,"
                            + " recipient_email, recipient_name, status, attempts, next_attempt_at, created_at,"
                            + " source_event_id, content) values (gen_random_uuid(), :tenant, 'CUSTOMER', :user,"
                            + " :email, :name, 'PENDING', 0, :now, :now, :event, cast(:content as jsonb))"
                            + " on conflict (source_event_id) do nothing")
                    .setParameter("tenant", event.tenantId()).setParameter("user", "customer:" + email)
                    .setParameter("email", email)
                    .setParameter("name", event.data().path("customerName").asText(null))
                    .setParameter("now", now).setParameter("event", event.id())
                    .setParameter("content", event.data().toString()).executeUpdate();
        }
    }
}
