package app.routecard.marketplace.rfq;

import app.routecard.platform.service.rules.Refusal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The life of an RFQ and what makes one: drafted and changed freely, posted once (then routed to suppliers),
 * cancelled with a reason while it is not decided. Plain Java.
 */
public final class RfqPolicy {

    private RfqPolicy() {
    }

    /** The field an RFQ's content is wrong in and why, or empty (checked on every save and again on posting). */
    public static Optional<String[]> contentProblem(String currency, List<List<Integer>> quantities,
                                                    LocalDate targetShipDate, OffsetDateTime quoteDeadline,
                                                    OffsetDateTime now) {
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException notACurrency) {
            return Optional.of(new String[]{"currency", "is no ISO 4217 currency code"});
        }
        for (int i = 0; i < quantities.size(); i++) {
            List<Integer> breaks = quantities.get(i);
            for (int j = 1; j < breaks.size(); j++) {
                if (breaks.get(j) <= breaks.get(j - 1)) {
                    return Optional.of(new String[]{"lines[" + i + "].quantities", "quantity breaks go up: "
                            + breaks});
                }
            }
        }
        if (!quoteDeadline.isAfter(now)) {
            return Optional.of(new String[]{"quoteDeadline", "must be in the future"});
        }
        if (!targetShipDate.isAfter(quoteDeadline.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())) {
            return Optional.of(new String[]{"targetShipDate", "must be after the quote deadline"});
        }
        return Optional.empty();
    }

    /** What suppliers are routed is what the buyer posted: only a draft changes. */
    public static Optional<Refusal> checkEdit(RfqStatus status) {
        return status == RfqStatus.DRAFT ? Optional.empty()
                : refuse("OnlyDraftsChange", "A " + name(status) + " RFQ does not change; cancel it and post a new one");
    }

    public static Optional<Refusal> checkPost(RfqStatus status) {
        return status == RfqStatus.DRAFT ? Optional.empty()
                : refuse("PostOnlyDrafts", "This RFQ is " + name(status) + " already");
    }

    public static Optional<Refusal> checkCancel(RfqStatus status) {
        return switch (status) {
            case DRAFT, OPEN, QUOTING_CLOSED -> Optional.empty();
            default -> refuse("CancelOnlyUndecided", "A " + name(status) + " RFQ is decided already");
        };
    }

    private static Optional<Refusal> refuse(String rule, String explanation) {
        return Optional.of(new Refusal(rule, explanation));
    }

    private static String name(RfqStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
