package app.routecard.notifications.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who hears of which event, as named rules: each turns an event (its type, its tenant and its data, read through
 * {@link Fields}) into the notices it owes. An event no rule names tells nobody. Plain Java.
 */
public final class RecipientPolicy {

    /** The data of an event, read by field name; missing fields read as an empty string. */
    @FunctionalInterface
    public interface Fields {
        String text(String field);

        /** The elements of an array field, each as text. */
        default List<String> list(String field) {
            return List.of();
        }
    }

    /** The marketplace order a shop's job makes: its buyer, id and number. */
    public record Order(String buyerTenantId, String orderId, String orderNumber) {
    }

    /** Finds the marketplace order a shop's job makes, if one does. */
    @FunctionalInterface
    public interface Orders {
        java.util.Optional<Order> ofJob(String shopTenantId, String jobId);
    }

    /** The tenants of Routecard's operators (who watch every supplier's standing). */
    @FunctionalInterface
    public interface Operators {
        List<String> tenants();
    }

    static final String SHOP_ADMIN = "shop_admin";
    static final String BUYER = "buyer";
    static final String OPERATOR = "operator";

    private record Event(String tenantId, Fields data, Orders orders, Operators operators) {
    }

    private static final Map<String, Function<Event, List<Notice>>> RULES = Map.ofEntries(
            Map.entry("job.blocked", RecipientPolicy::jobBlockedToTheShopsAdminsAndItsOwner),
            Map.entry("job.shipped", RecipientPolicy::shipmentToTheMarketplaceBuyer),
            Map.entry("job.delivered", RecipientPolicy::deliveryToTheMarketplaceBuyer),
            Map.entry("marketplace.offer.sent", RecipientPolicy::offerSentToTheShopsAdmins),
            Map.entry("marketplace.quote.submitted", RecipientPolicy::quoteSubmittedToTheRfqsBuyers),
            Map.entry("marketplace.award.created", RecipientPolicy::awardToTheWinnerAndNotAwardedToTheOthers),
            Map.entry("marketplace.award.unacknowledged", RecipientPolicy::awardUnacknowledgedToTheShopsAdmins),
            Map.entry("marketplace.return.recorded", RecipientPolicy::returnToTheShopsAdmins),
            Map.entry("marketplace.standing.changed", RecipientPolicy::standingChangedToTheSupplierAndTheOperators),
            Map.entry("tenant.suspended", RecipientPolicy::suspensionToTheTenantsAdmins),
            Map.entry("tenant.reinstated", RecipientPolicy::reinstatementToTheTenantsAdmins));

    private RecipientPolicy() {
    }

    /** The event types some rule names. */
    public static Set<String> types() {
        return RULES.keySet();
    }

    /**
     * The notices the event owes (none for a type no rule names); {@code orders} tells a job's order,
     * {@code operators} the operators' tenants.
     */
    public static List<Notice> noticesFor(String type, String tenantId, Fields data, Orders orders,
                                          Operators operators) {
        Function<Event, List<Notice>> rule = RULES.get(type);
        return rule == null ? List.of() : rule.apply(new Event(tenantId, data, orders, operators));
    }

    /** As above, for events that never concern the operators. */
    public static List<Notice> noticesFor(String type, String tenantId, Fields data, Orders orders) {
        return noticesFor(type, tenantId, data, orders, List::of);
    }

    /** As above, for events that never concern a job's order. */
    public static List<Notice> noticesFor(String type, String tenantId, Fields data) {
        return noticesFor(type, tenantId, data, (shop, job) -> java.util.Optional.empty());
    }

    static List<Notice> jobBlockedToTheShopsAdminsAndItsOwner(Event event) {
        Fields data = event.data();
        return List.of(new Notice(event.tenantId(), SHOP_ADMIN, "jobs", "Job " + data.text("jobNumber")
                + " is blocked: " + words(data.text("category")), data.text("note"),
                "/jobs/" + data.text("jobId")).alsoTo(data.text("owner")));
    }

    static List<Notice> shipmentToTheMarketplaceBuyer(Event event) {
        Fields data = event.data();
        return event.orders().ofJob(event.tenantId(), data.text("jobId")).map(order -> List.of(new Notice(
                order.buyerTenantId(), BUYER, "orders", "Order " + order.orderNumber() + " shipped: "
                + data.text("shippedQuantity") + " of " + data.text("orderedQuantity"),
                (data.text("carrier").isEmpty() ? "" : "By " + data.text("carrier")
                        + (data.text("trackingNumber").isEmpty() ? "" : ", tracking " + data.text("trackingNumber"))
                        + ". ") + ("true".equals(data.text("onTime")) ? "On time." : "Late."),
                "/orders/" + order.orderId()))).orElse(List.of());
    }

    static List<Notice> deliveryToTheMarketplaceBuyer(Event event) {
        Fields data = event.data();
        return event.orders().ofJob(event.tenantId(), data.text("jobId")).map(order -> List.of(new Notice(
                order.buyerTenantId(), BUYER, "orders", "Order " + order.orderNumber() + " delivered: "
                + data.text("quantity") + " parts", "Record what you received on the order page.",
                "/orders/" + order.orderId()))).orElse(List.of());
    }

    static List<Notice> offerSentToTheShopsAdmins(Event event) {
        Fields data = event.data();
        return List.of(new Notice(event.tenantId(), SHOP_ADMIN, "offers", "New offer: RFQ " + data.text("rfqNumber"),
                "Quote, decline or counter it before " + minute(data.text("expiresAt")) + ".",
                "/offers/" + data.text("offerId")));
    }

    static List<Notice> quoteSubmittedToTheRfqsBuyers(Event event) {
        Fields data = event.data();
        return List.of(new Notice(data.text("buyerTenantId"), BUYER, "quotes",
                "A quote on RFQ " + data.text("rfqNumber"), "Valid until " + data.text("validUntil") + ".",
                "/rfqs/" + data.text("rfqId")));
    }

    static List<Notice> awardToTheWinnerAndNotAwardedToTheOthers(Event event) {
        Fields data = event.data();
        List<Notice> notices = new ArrayList<>();
        notices.add(new Notice(event.tenantId(), SHOP_ADMIN, "awards", "Order " + data.text("orderNumber") + ": "
                + data.text("quantity") + " × " + data.text("partNumber") + " awarded to you",
                data.text("buyerName") + " awarded RFQ " + data.text("rfqNumber") + "; ship by "
                        + data.text("promisedShipDate") + ". Acknowledge the order.",
                "/awards/" + data.text("awardId")));
        for (String other : data.list("notAwarded")) {
            notices.add(new Notice(other, SHOP_ADMIN, "awards", "RFQ " + data.text("rfqNumber") + " went to another"
                    + " shop", "Your quote on it was not awarded.", "/quotes"));
        }
        return notices;
    }

    static List<Notice> awardUnacknowledgedToTheShopsAdmins(Event event) {
        Fields data = event.data();
        return List.of(new Notice(event.tenantId(), SHOP_ADMIN, "awards", "Order " + data.text("orderNumber")
                + " is waiting for your acknowledgement", "It was due " + minute(data.text("dueAt"))
                + "; an unacknowledged award counts against your responsiveness.",
                "/awards/" + data.text("awardId")));
    }

    static List<Notice> returnToTheShopsAdmins(Event event) {
        Fields data = event.data();
        return List.of(new Notice(event.tenantId(), SHOP_ADMIN, "quality", "Returned: " + data.text("quantity")
                + " × " + data.text("partNumber") + " of order " + data.text("orderNumber"),
                data.text("reason") + " (an NCR is open on the job)", "/awards/" + data.text("orderId")));
    }

    static List<Notice> standingChangedToTheSupplierAndTheOperators(Event event) {
        Fields data = event.data();
        String supplier = data.text("supplierTenantId").isEmpty() ? event.tenantId() : data.text("supplierTenantId");
        List<Notice> notices = new ArrayList<>();
        notices.add(new Notice(supplier, SHOP_ADMIN, "standing", "Your standing is now "
                + words(data.text("to")), data.text("reason"), "/scorecard"));
        for (String operator : event.operators().tenants()) {
            if (!operator.equals(supplier)) {
                notices.add(new Notice(operator, OPERATOR, "operations", "A supplier's standing went from "
                        + words(data.text("from")) + " to " + words(data.text("to")), data.text("reason"),
                        "/operator/leaderboards/" + supplier));
            }
        }
        return notices;
    }

    static List<Notice> suspensionToTheTenantsAdmins(Event event) {
        Fields data = event.data();
        return adminsOf(event.tenantId(), "Your organization is suspended",
                "Reason: " + data.text("suspensionReason") + ". Until Routecard's operator reinstates it, nobody in"
                        + " it can use Routecard.");
    }

    static List<Notice> reinstatementToTheTenantsAdmins(Event event) {
        return adminsOf(event.tenantId(), "Your organization is active again",
                "Routecard's operator reinstated it: everyone in it can sign in and work again.");
    }

    /** A notice to whoever administers the tenant: a shop's admins or a buyer organization's buyers. */
    private static List<Notice> adminsOf(String tenantId, String title, String body) {
        return List.of(new Notice(tenantId, SHOP_ADMIN, "account", title, body, "/"),
                new Notice(tenantId, BUYER, "account", title, body, "/"));
    }

    /** An ISO instant to the minute, in UTC ("2026-12-07 10:00 UTC"); anything else as it came. */
    static String minute(String instant) {
        try {
            return Minutes.of(java.time.OffsetDateTime.parse(instant).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static String words(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
