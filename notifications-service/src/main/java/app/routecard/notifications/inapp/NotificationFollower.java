package app.routecard.notifications.inapp;

import app.routecard.notifications.deadlines.Deadlines;
import app.routecard.notifications.mail.CustomerMails;
import app.routecard.notifications.rules.Notice;
import app.routecard.notifications.rules.RecipientPolicy;
import app.routecard.notifications.webhooks.WebhookDeliveries;
import app.routecard.platform.inbox.BatchEventHandler;
import app.routecard.platform.inbox.InboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the events people must hear about into in-app notifications and webhook messages to the tenants they tell
 * ({@link RecipientPolicy}): a poll's events in
 * one transaction across tenants, since an event of one tenant may tell another (a shop's quote tells the RFQ's
 * buyer). The inbox drops a redelivered event, and a notification's key (event, tenant, role) refuses a second one
 * even from a replay.
 */
@ApplicationScoped
public class NotificationFollower implements BatchEventHandler {

    static final String NAME = "notifications-service.in-app";

    private final Notifications notifications;
    private final MarketplaceOrders orders;
    private final WebhookDeliveries webhooks;
    private final Deadlines deadlines;
    private final TenantKinds kinds;
    private final CustomerMails customerMails;

    public NotificationFollower(Notifications notifications, MarketplaceOrders orders, WebhookDeliveries webhooks,
                                Deadlines deadlines, TenantKinds kinds, CustomerMails customerMails) {
        this.customerMails = customerMails;
        this.notifications = notifications;
        this.orders = orders;
        this.webhooks = webhooks;
        this.deadlines = deadlines;
        this.kinds = kinds;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of("routecard.marketplace", "routecard.job", "routecard.tenant");
    }

    @Override
    public boolean handles(String type) {
        return RecipientPolicy.types().contains(type) || type.equals("job.created") || Deadlines.concerns(type)
                || type.startsWith("tenant.") || type.equals(CustomerMails.TYPE);
    }

    @Override
    public String allTenantsReason() {
        return "an event of one tenant may tell another (a shop's quote tells the RFQ's buyer)";
    }

    @Override
    public void handleAll(List<InboxEvent> events) {
        // Which job makes which marketplace order is learnt first, so a shipment later in the same poll finds it.
        orders.learn(events);
        kinds.learn(events);
        deadlines.learn(events);
        customerMails.learn(events);
        List<String> operators = kinds.operators();
        List<Notifications.Addressed> addressed = new ArrayList<>();
        List<WebhookDeliveries.Told> told = new ArrayList<>();
        for (InboxEvent event : events) {
            OffsetDateTime at = happened(event);
            List<Notice> notices = RecipientPolicy.noticesFor(event.type(), event.tenantId(), fields(event.data()),
                    orders::ofJob, () -> operators);
            for (Notice notice : notices) {
                addressed.add(new Notifications.Addressed(event.id(), at, notice));
            }
            if (!notices.isEmpty()) {
                told.add(new WebhookDeliveries.Told(event.id(), event.type(), event.tenantId(), at, event.data(),
                        notices));
            }
        }
        notifications.record(addressed);
        webhooks.enqueue(told);
    }

    /** When the event happened (its CloudEvent time), or now for an event without one. */
    private static OffsetDateTime happened(InboxEvent event) {
        try {
            return event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : OffsetDateTime.parse(event.time());
        } catch (DateTimeParseException e) {
            return OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    private static RecipientPolicy.Fields fields(JsonNode data) {
        return new RecipientPolicy.Fields() {
            @Override
            public String text(String field) {
                return data.path(field).asText("");
            }

            @Override
            public List<String> list(String field) {
                List<String> values = new ArrayList<>();
                data.path(field).forEach(value -> values.add(value.asText()));
                return values;
            }
        };
    }
}
