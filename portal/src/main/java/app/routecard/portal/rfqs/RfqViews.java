package app.routecard.portal.rfqs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** What marketplace-service answers about RFQs, as the buyer's pages show it. */
public final class RfqViews {

    private RfqViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Envelope(BigDecimal lengthMm, BigDecimal widthMm, BigDecimal heightMm) {
        @Override
        public String toString() {
            return plain(lengthMm) + " × " + plain(widthMm) + " × " + plain(heightMm) + " mm";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Region(String country, String subdivision) {
        @Override
        public String toString() {
            return subdivision == null ? country : subdivision;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(int position, String partNumber, String revision, List<Integer> quantities, String process,
                       String material, String finish, String toleranceClass, Envelope envelope, String notes) {
        public String quantityText() {
            return quantities.stream().map(String::valueOf).collect(Collectors.joining(" / "));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rfq(String id, String number, String title, String status, List<Line> lines,
                      List<String> certifications, LocalDate targetShipDate, OffsetDateTime quoteDeadline,
                      Region shipTo, String currency, String notes, String cancelReason, String createdBy,
                      OffsetDateTime postedAt) {
        public String statusName() {
            return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        public String deadline() {
            return moment(quoteDeadline);
        }

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public boolean cancellable() {
            return List.of("DRAFT", "OPEN", "QUOTING_CLOSED").contains(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(String id, String number, String title, String status, int lines,
                          LocalDate targetShipDate, OffsetDateTime quoteDeadline) {
        public String statusName() {
            return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        public String deadline() {
            return moment(quoteDeadline);
        }
    }

    static String moment(OffsetDateTime at) {
        return at == null ? "" : at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ') + " UTC";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }

    /** One wave of the RFQ's routing as the buyer sees it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Wave(int number, String status, OffsetDateTime openedAt, OffsetDateTime expiresAt,
                       Decision decision) {
        public String opened() {
            return moment(openedAt);
        }

        public String until() {
            return moment(expiresAt);
        }

        public List<Candidate> candidates() {
            return decision == null ? List.of() : decision.candidates();
        }

        public long offeredCount() {
            return candidates().stream().filter(Candidate::offered).count();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(long seed, List<Candidate> candidates) {
    }

    /** The engine's rank inputs of an eligible shop, each 0 to 1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RankInputs(double scoreLowerBound, double capacityHeadroom, double leadTimeFit) {
    }

    /** A shop judged for the RFQ: offered, eligible but not in this wave, or out with its reasons. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(String tenantId, String name, List<Exclusion> exclusions, RankInputs inputs, Integer rank,
                            boolean offered, boolean exploration) {
        /** What ranked an eligible shop: its score's lower bound, capacity headroom and lead-time fit, in words. */
        public String weighed() {
            return inputs == null ? "" : String.format(java.util.Locale.ROOT,
                    "score at least %.0f %%, capacity left %.0f %%, lead-time fit %.0f %%",
                    inputs.scoreLowerBound() * 100, inputs.capacityHeadroom() * 100, inputs.leadTimeFit() * 100);
        }

        public String outcome() {
            if (offered) {
                return exploration ? "offered (a slot for shops new to the network)" : "offered";
            }
            return exclusions == null || exclusions.isEmpty() ? "eligible, for a later wave"
                    : exclusions.stream().map(Exclusion::reason).collect(Collectors.joining("; "));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Exclusion(String rule, String reason) {
    }

    /** The quotes side by side, line by line, as marketplace-service compares them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comparison(String status, String currency, LocalDate targetShipDate, List<ComparedLine> lines,
                             List<Counter> counters) {
        public boolean awardable() {
            return List.of("OPEN", "QUOTING_CLOSED", "PARTLY_AWARDED").contains(status);
        }

        public boolean empty() {
            return lines.stream().allMatch(line -> line.rows().isEmpty()) && counters.isEmpty();
        }

        /** The lines no quote has been awarded for yet. */
        public List<ComparedLine> openLines() {
            return lines.stream().filter(line -> line.awardedQuoteId() == null).toList();
        }

        /**
         * The quotes that can take every open line at once (two lines or more): one award of the whole RFQ, each
         * line at its first quantity break, with the total that makes.
         */
        public List<WholeQuote> wholeQuotes() {
            List<ComparedLine> open = openLines();
            if (open.size() < 2) {
                return List.of();
            }
            List<WholeQuote> whole = new java.util.ArrayList<>();
            quotes:
            for (QuoteRow first : open.get(0).rows()) {
                BigDecimal total = BigDecimal.ZERO;
                for (ComparedLine line : open) {
                    QuoteRow row = line.rows().stream().filter(r -> r.quoteId().equals(first.quoteId())
                            && r.awardable() && !r.prices().isEmpty()).findFirst().orElse(null);
                    if (row == null) {
                        continue quotes;
                    }
                    Price firstBreak = row.prices().get(0);
                    total = total.add(firstBreak.unitPrice().multiply(BigDecimal.valueOf(firstBreak.quantity())));
                }
                whole.add(new WholeQuote(first.quoteId(), first.supplierName(), open.size(), total));
            }
            return whole;
        }
    }

    /** A quote that prices every open line: awarded whole in one step. */
    public record WholeQuote(String quoteId, String supplierName, int lineCount, BigDecimal total) {
        public String totalText() {
            return total.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ComparedLine(String lineId, int position, String partNumber, List<Integer> quantities,
                               String awardedQuoteId, List<QuoteRow> rows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Price(int quantity, BigDecimal unitPrice) {
        public String text() {
            return unitPrice.stripTrailingZeros().toPlainString();
        }
    }

    /** One supplier's quote for one line, with the supplier's scorecard in brief. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteRow(String quoteId, String supplierTenantId, String supplierName, List<Price> prices,
                           int leadDays, LocalDate shipDate,
                           boolean meetsTarget, LocalDate validUntil, boolean awardable, String notAwardableBecause,
                           SupplierScore score) {
        /** "91 % (at least 69 %)", or a dash when the marketplace sent none. */
        public String scoreText() {
            return score == null ? "—" : String.format(java.util.Locale.ROOT, "%.0f %% (at least %.0f %%)",
                    score.score() * 100, score.lowerBound() * 100);
        }

        /** "new, 1 delivered job". */
        public String standingText() {
            return score == null ? "" : score.standing().toLowerCase(java.util.Locale.ROOT) + ", "
                    + score.deliveredJobs() + (score.deliveredJobs() == 1 ? " delivered job" : " delivered jobs");
        }
    }

    /** A supplier's composite score and lower bound (0 to 1), standing and delivered marketplace jobs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupplierScore(double score, double lowerBound, String standing, int deliveredJobs) {
    }

    /** A counter-offer: what the supplier proposes instead. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counter(String supplierName, String status, CounterTerms counter) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CounterTerms(Integer quantity, Integer leadDays, LocalDate shipDate, BigDecimal unitPrice,
                               String note) {
        public String text() {
            List<String> parts = new java.util.ArrayList<>();
            if (quantity != null) {
                parts.add("quantity " + quantity);
            }
            if (leadDays != null) {
                parts.add(leadDays + " days lead time");
            }
            if (shipDate != null) {
                parts.add("ship " + shipDate);
            }
            if (unitPrice != null) {
                parts.add("unit price " + unitPrice.stripTrailingZeros().toPlainString());
            }
            return String.join(", ", parts) + (note == null ? "" : ": " + note);
        }
    }

    /** An order of this RFQ, as the RFQ page lists it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(String id, String number, String supplierName, String partNumber, int quantity,
                        String status) {
        public String statusName() {
            return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
