package app.routecard.marketplace.quotes;

import app.routecard.marketplace.scoring.SupplierScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The buyer's side-by-side view of the quotes on an RFQ, line by line: each supplier's unit prices per quantity
 * break, lead time, the ship date that gives if awarded today and whether it meets the target, whether the quote
 * can be awarded (and if not, why), cheapest first. Plain Java.
 */
public final class QuoteComparison {

    private QuoteComparison() {
    }

    /** An RFQ line as the comparison needs it. */
    public record RfqLine(UUID lineId, int position, String partNumber, List<Integer> quantities) {
    }

    /** One supplier's offer for one line, with the supplier's scorecard in brief. */
    public record Row(UUID quoteId, String supplierTenantId, String supplierName, List<QuoteDtos.Price> prices,
                      int leadDays, LocalDate shipDate, boolean meetsTarget, LocalDate validUntil, boolean awardable,
                      String notAwardableBecause, SupplierScore score) {
        BigDecimal firstPrice() {
            return prices.isEmpty() ? BigDecimal.ZERO : prices.get(0).unitPrice();
        }
    }

    public record Line(UUID lineId, int position, String partNumber, List<Integer> quantities,
                       UUID awardedQuoteId, List<Row> rows) {
    }

    public static List<Line> compare(List<RfqLine> lines, List<QuoteDtos.QuoteView> quotes,
                                     Map<UUID, UUID> awardedQuoteByLine, LocalDate targetShipDate, LocalDate today,
                                     Map<String, SupplierScore> scores) {
        List<Line> compared = new ArrayList<>();
        for (RfqLine line : lines) {
            UUID awarded = awardedQuoteByLine.get(line.lineId());
            List<Row> rows = new ArrayList<>();
            for (QuoteDtos.QuoteView quote : quotes) {
                if (!"QUOTE".equals(quote.kind())) {
                    continue;
                }
                quote.lines().stream().filter(quoted -> quoted.lineId().equals(line.lineId())).findFirst()
                        .ifPresent(quoted -> {
                            LocalDate shipDate = today.plusDays(quoted.leadDays());
                            Optional<String> why = whyNotAwardable(quote.status(), quote.validUntil(), awarded,
                                    today);
                            rows.add(new Row(quote.id(), quote.supplierTenantId(), quote.supplierName(),
                                    quoted.prices(), quoted.leadDays(), shipDate, !shipDate.isAfter(targetShipDate),
                                    quote.validUntil(), why.isEmpty(), why.orElse(null),
                                    scores.get(quote.supplierTenantId())));
                        });
            }
            rows.sort(Comparator.comparing((Row row) -> !row.awardable()).thenComparing(Row::firstPrice)
                    .thenComparing(Row::leadDays).thenComparing(Row::supplierName));
            compared.add(new Line(line.lineId(), line.position(), line.partNumber(), line.quantities(), awarded,
                    rows));
        }
        return compared;
    }

    /** Why a quote cannot be awarded for a line now, in words, or empty when it can. */
    public static Optional<String> whyNotAwardable(String status, LocalDate validUntil, UUID lineAwardedTo,
                                                   LocalDate today) {
        if (lineAwardedTo != null) {
            return Optional.of("the line is awarded");
        }
        if (!"SUBMITTED".equals(status)) {
            return Optional.of("the quote is " + QuotePolicy.words(status));
        }
        if (validUntil.isBefore(today)) {
            return Optional.of("the quote expired on " + validUntil);
        }
        return Optional.empty();
    }
}
