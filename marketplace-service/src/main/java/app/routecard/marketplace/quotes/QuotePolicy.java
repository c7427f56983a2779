package app.routecard.marketplace.quotes;

import app.routecard.platform.service.rules.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What makes a quote and when a supplier may send, revise or withdraw one: while its offer stands and before the
 * RFQ's quote deadline; a price for every quantity break of each line it quotes, none of them zero. Plain Java.
 */
public final class QuotePolicy {

    /** Offer statuses in which the shop has not answered yet. */
    public static final Set<String> UNANSWERED = Set.of("NEW", "VIEWED");

    private QuotePolicy() {
    }

    /** One line as quoted: a unit price per quantity break, and the lead time in days. */
    public record QuotedLine(UUID lineId, Map<Integer, BigDecimal> unitPrices, int leadDays) {
    }

    /** A first answer (quote or counter) to an offer: it must be unanswered, unexpired, before the deadline. */
    public static Optional<Refusal> checkAnswer(String offerStatus, OffsetDateTime offerExpiresAt, String rfqStatus,
                                                OffsetDateTime quoteDeadline, OffsetDateTime now) {
        if (!"OPEN".equals(rfqStatus)) {
            return rfqClosed(rfqStatus);
        }
        if (!UNANSWERED.contains(offerStatus)) {
            return Refusal.refuse("AnswerOnlyOpenOffers", "This offer is " + words(offerStatus)
                    + " already: revise or withdraw the quote instead");
        }
        if (!offerExpiresAt.isAfter(now)) {
            return Refusal.refuse("NoAnswerAfterExpiry", "The offer expired at " + offerExpiresAt);
        }
        return beforeDeadline(quoteDeadline, now);
    }

    /** A revision or a withdrawal: of a standing quote, before the RFQ's quote deadline. */
    public static Optional<Refusal> checkChange(String quoteStatus, String rfqStatus, OffsetDateTime quoteDeadline,
                                                OffsetDateTime now) {
        if (!"OPEN".equals(rfqStatus)) {
            return rfqClosed(rfqStatus);
        }
        if (!"SUBMITTED".equals(quoteStatus)) {
            return Refusal.refuse("ChangeOnlyStandingQuotes", "This quote is " + words(quoteStatus)
                    + " and does not change any more");
        }
        return beforeDeadline(quoteDeadline, now);
    }

    private static Optional<Refusal> rfqClosed(String rfqStatus) {
        return Refusal.refuse("QuoteOnlyOpenRfqs", "The RFQ is " + words(rfqStatus) + ": it takes no quotes");
    }

    private static Optional<Refusal> beforeDeadline(OffsetDateTime quoteDeadline, OffsetDateTime now) {
        return quoteDeadline.isAfter(now) ? Optional.empty()
                : Refusal.refuse("NothingAfterQuoteDeadline", "Quoting closed at " + quoteDeadline);
    }

    /**
     * The field a quote is wrong in and why, or empty: at least one line, each an RFQ line once, a price for
     * exactly the line's quantity breaks, valid until today or later.
     */
    public static Optional<String[]> contentProblem(List<QuotedLine> lines, Map<UUID, List<Integer>> rfqBreaks,
                                                    LocalDate validUntil, LocalDate today) {
        if (lines.isEmpty()) {
            return problem("lines", "quote at least one line");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            QuotedLine line = lines.get(i);
            List<Integer> breaks = rfqBreaks.get(line.lineId());
            if (breaks == null) {
                return problem("lines[" + i + "].lineId", "is no line of this RFQ");
            }
            if (!seen.add(line.lineId())) {
                return problem("lines[" + i + "].lineId", "is quoted twice");
            }
            if (!line.unitPrices().keySet().equals(Set.copyOf(breaks))) {
                return problem("lines[" + i + "].prices", "price each quantity the RFQ asks for: " + breaks);
            }
            for (BigDecimal price : line.unitPrices().values()) {
                if (price.signum() <= 0) {
                    return problem("lines[" + i + "].prices", "a unit price is more than 0");
                }
            }
        }
        if (validUntil.isBefore(today)) {
            return problem("validUntil", "must be today or later");
        }
        return Optional.empty();
    }

    /** A counter-offer proposes at least one thing other than the RFQ asked: quantity, lead time or ship date. */
    public static Optional<String[]> counterProblem(Integer quantity, Integer leadDays, LocalDate shipDate,
                                                    LocalDate today) {
        if (quantity == null && leadDays == null && shipDate == null) {
            return problem("quantity", "propose another quantity, lead time or ship date");
        }
        if (shipDate != null && shipDate.isBefore(today)) {
            return problem("shipDate", "must be today or later");
        }
        return Optional.empty();
    }

    private static Optional<String[]> problem(String field, String message) {
        return Optional.of(new String[]{field, message});
    }

    static String words(String status) {
        return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
