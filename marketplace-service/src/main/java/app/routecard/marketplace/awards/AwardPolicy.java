package app.routecard.marketplace.awards;

import app.routecard.platform.service.rules.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * When a buyer may award a quote, and what the RFQ becomes: a standing, unexpired quote (not a counter-offer) on
 * an RFQ that is open or closed for quoting and not fully awarded; each line once; a New or Probation supplier
 * within its standing's job-value cap. Plain Java.
 */
public final class AwardPolicy {

    private static final Set<String> AWARDABLE_RFQ = Set.of("OPEN", "QUOTING_CLOSED", "PARTLY_AWARDED");

    private AwardPolicy() {
    }

    public static Optional<Refusal> checkAward(String rfqStatus, String quoteKind, String quoteStatus,
                                               LocalDate validUntil, LocalDate today) {
        if (!AWARDABLE_RFQ.contains(rfqStatus)) {
            return Refusal.refuse("AwardOnlyUndecidedRfqs", "The RFQ is " + words(rfqStatus));
        }
        if (!"QUOTE".equals(quoteKind)) {
            return Refusal.refuse("AwardQuotesNotCounters",
                    "A counter-offer is not a price: ask the supplier to quote its terms");
        }
        if (!"SUBMITTED".equals(quoteStatus)) {
            return Refusal.refuse("AwardOnlyStandingQuotes", "The quote is " + words(quoteStatus));
        }
        if (validUntil.isBefore(today)) {
            return Refusal.refuse("NoAwardOfExpiredQuote", "The quote was valid until " + validUntil);
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkLineFree(int position, boolean awarded) {
        return awarded ? Refusal.refuse("EachLineAwardedOnce", "Line " + position + " is awarded already")
                : Optional.empty();
    }

    /**
     * A supplier that is New or on Probation may be awarded a job (one line) worth at most its standing's cap
     * ({@code newCap}, {@code probationCap}; the operator's scoring settings); other standings have no cap.
     */
    public static Optional<Refusal> checkJobValue(String supplierName, String standing, BigDecimal value,
                                                  String currency, BigDecimal newCap, BigDecimal probationCap) {
        BigDecimal cap = switch (standing) {
            case "NEW" -> newCap;
            case "PROBATION" -> probationCap;
            default -> null;
        };
        if (cap == null || value.compareTo(cap) <= 0) {
            return Optional.empty();
        }
        return Refusal.refuse("AwardWithinStandingCap", supplierName + " is " + words(standing)
                + ": one job may be worth at most " + cap.toPlainString() + " " + currency + ", this one "
                + value.stripTrailingZeros().toPlainString() + " " + currency
                + " (award fewer pieces, or a supplier with more history)");
    }

    /** The RFQ after an award: awarded when every line is, partly awarded otherwise. */
    public static String rfqStatusAfter(int lines, int awardedLines) {
        return awardedLines >= lines ? "AWARDED" : "PARTLY_AWARDED";
    }

    /**
     * Until when the awarded shop may read the RFQ's drawings: a year past the promised ship date (the job, then
     * its warranty), but never longer than files-service grants anything, a year from now; a day less, so the
     * clocks of two machines cannot push it over.
     */
    public static OffsetDateTime drawingsSharedUntil(LocalDate promised, OffsetDateTime now) {
        OffsetDateTime wanted = promised.plusYears(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime longest = now.plusDays(364);
        return wanted.isBefore(longest) ? wanted : longest;
    }

    /** A shop acknowledges an award once; a cancelled award is not acknowledged. */
    public static Optional<Refusal> checkAcknowledge(String awardStatus) {
        return "NEW".equals(awardStatus) ? Optional.empty()
                : Refusal.refuse("AcknowledgeOnce", "This award is " + words(awardStatus) + " already");
    }

    private static String words(String status) {
        return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
