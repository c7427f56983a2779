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

    static final String SHOP_ADMIN = "shop_admin";
    static final String BUYER = "buyer";

    private record Event(String tenantId, Fields data) {
    }

    private static final Map<String, Function<Event, List<Notice>>> RULES = Map.of(
            "marketplace.offer.sent", RecipientPolicy::offerSentToTheShopsAdmins,
            "marketplace.quote.submitted", RecipientPolicy::quoteSubmittedToTheRfqsBuyers,
            "marketplace.award.created", RecipientPolicy::awardToTheWinnerAndNotAwardedToTheOthers,
            "marketplace.award.unacknowledged", RecipientPolicy::awardUnacknowledgedToTheShopsAdmins,
            "marketplace.return.recorded", RecipientPolicy::returnToTheShopsAdmins,
            "marketplace.standing.changed", RecipientPolicy::standingChangedToTheSuppliersAdmins);

    private RecipientPolicy() {
    }

    /** The event types some rule names. */
    public static Set<String> types() {
        return RULES.keySet();
    }

    /** The notices the event owes (none for a type no rule names). */
    public static List<Notice> noticesFor(String type, String tenantId, Fields data) {
        Function<Event, List<Notice>> rule = RULES.get(type);
        return rule == null ? List.of() : rule.apply(new Event(tenantId, data));
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

    static List<Notice> standingChangedToTheSuppliersAdmins(Event event) {
        Fields data = event.data();
        return List.of(new Notice(event.tenantId(), SHOP_ADMIN, "standing", "Your standing is now "
                + words(data.text("to")), data.text("reason"), "/scorecard"));
    }

    /** An ISO instant to the minute, in UTC ("2026-12-07 10:00 UTC"); anything else as it came. */
    static String minute(String instant) {
        try {
            return java.time.OffsetDateTime.parse(instant).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                    .toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ') + " UTC";
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static String words(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
