package app.routecard.job.quotes;

import app.routecard.platform.service.rules.Refusal;
import java.time.LocalDate;
import java.util.Optional;

/** The life of a quote: drafted, sent, then accepted (releasing jobs) or declined. Plain Java. */
public final class QuotePolicy {

    private QuotePolicy() {
    }

    /** What the customer was sent is what it accepts: only a draft changes. */
    public static Optional<Refusal> checkEdit(QuoteStatus status) {
        return status == QuoteStatus.DRAFT ? Optional.empty()
                : refuse("OnlyDraftsChange", "A " + name(status) + " quote does not change; copy it into a new one");
    }

    public static Optional<Refusal> checkSend(QuoteStatus status, LocalDate validUntil, LocalDate today) {
        if (status != QuoteStatus.DRAFT) {
            return refuse("SendOnlyDrafts", "This quote is " + name(status) + " already");
        }
        if (validUntil.isBefore(today)) {
            return refuse("NoSendingExpiredQuotes", "The quote was valid until " + validUntil + "; extend it first");
        }
        return Optional.empty();
    }

    /** A customer accepts a quote it was sent, while it is valid. */
    public static Optional<Refusal> checkAccept(QuoteStatus status, LocalDate validUntil, LocalDate today) {
        if (status != QuoteStatus.SENT) {
            return refuse("AcceptOnlySentQuotes", "A " + name(status) + " quote cannot be accepted");
        }
        if (validUntil.isBefore(today)) {
            return refuse("NoAcceptingExpiredQuotes", "The quote was valid until " + validUntil
                    + "; re-quote with current prices and lead times");
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkDecline(QuoteStatus status, String reason) {
        if (status != QuoteStatus.SENT && status != QuoteStatus.DRAFT) {
            return refuse("DeclineOnlyOpenQuotes", "A " + name(status) + " quote is decided already");
        }
        return reason == null || reason.isBlank()
                ? refuse("DeclineNeedsAReason", "Say why (field 'reason')") : Optional.empty();
    }

    /** A line's ship date: its lead time in calendar days from the day the quote is accepted. */
    public static LocalDate promisedDate(LocalDate accepted, int leadTimeDays) {
        return accepted.plusDays(leadTimeDays);
    }

    private static Optional<Refusal> refuse(String rule, String explanation) {
        return Optional.of(new Refusal(rule, explanation));
    }

    private static String name(QuoteStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
