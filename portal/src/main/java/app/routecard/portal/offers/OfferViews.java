package app.routecard.portal.offers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What marketplace-service answers about a shop's offers, quotes and awards, as the shop's pages show it. */
public final class OfferViews {

    private OfferViews() {
    }

    /** One RFQ line as the offer snapshot holds it: what to quote. */
    public record Line(String id, int position, String partNumber, String revision, List<Integer> quantities,
                       String process, String material, String finish, String envelope) {
        public String processName() {
            return words(process);
        }

        public String quantityText() {
            return quantities.stream().map(String::valueOf).collect(Collectors.joining(" / "));
        }

        public String summary() {
            return quantityText() + " × " + partNumber + (revision == null ? "" : " rev " + revision) + ", "
                    + processName() + ", " + material + (finish == null ? "" : ", " + finish);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Price(int quantity, BigDecimal unitPrice) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuotedLine(String lineId, int position, String partNumber, List<Price> prices, int leadDays) {
        public String priceText(String currency) {
            return prices.stream().map(p -> p.quantity() + " @ " + p.unitPrice().stripTrailingZeros().toPlainString()
                    + " " + currency).collect(Collectors.joining(", "));
        }

        /** The unit price quoted for one quantity, for the revise form. */
        public String priceFor(int quantity) {
            return prices.stream().filter(p -> p.quantity() == quantity).findFirst()
                    .map(p -> p.unitPrice().stripTrailingZeros().toPlainString()).orElse("");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counter(Integer quantity, Integer leadDays, LocalDate shipDate, BigDecimal unitPrice, String note) {
        public String text() {
            List<String> parts = new ArrayList<>();
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
            return String.join(", ", parts);
        }
    }

    /** A quote or counter-offer, as its shop or the buyer reads it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String id, String offerId, String rfqId, String rfqNumber, String supplierName, String kind,
                        String status, String currency, List<QuotedLine> lines, Counter counter, LocalDate validUntil,
                        String notes, int revision, OffsetDateTime updatedAt) {
        public boolean counterOffer() {
            return "COUNTER".equals(kind);
        }

        public boolean standing() {
            return "SUBMITTED".equals(status);
        }

        public String statusName() {
            return words(status);
        }

        public QuotedLine lineFor(String lineId) {
            return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElse(null);
        }
    }

    /** One offer as the board and the offer page show it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offer(String id, String status, int wave, OffsetDateTime expiresAt, JsonNode rfq, Quote answer) {
        public String number() {
            return rfq.path("number").asText();
        }

        public String title() {
            return rfq.path("title").asText();
        }

        public String shipBy() {
            return rfq.path("targetShipDate").asText();
        }

        public String shipTo() {
            return rfq.path("shipTo").asText();
        }

        public List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            rfq.path("lines").forEach(line -> {
                List<Integer> quantities = new ArrayList<>();
                line.path("quantities").forEach(q -> quantities.add(q.asInt()));
                if (quantities.isEmpty()) {
                    quantities.add(line.path("quantity").asInt());
                }
                JsonNode envelope = line.path("envelope");
                lines.add(new Line(line.path("id").asText(null), line.path("position").asInt(1),
                        line.path("partNumber").asText("part"), line.path("revision").asText(null), quantities,
                        line.path("process").asText(), line.path("material").asText(),
                        line.path("finish").asText(null), envelope.isObject() ? envelope.path("lengthMm").asText()
                        + " × " + envelope.path("widthMm").asText() + " × " + envelope.path("heightMm").asText()
                        + " mm" : null));
            });
            return lines;
        }

        public boolean open() {
            return ("NEW".equals(status) || "VIEWED".equals(status)) && expiresAt.isAfter(OffsetDateTime.now());
        }

        /** The board's status column: new, viewed, expiring (under 4 hours), answered, withdrawn, expired. */
        public String state() {
            if (open()) {
                return Duration.between(OffsetDateTime.now(ZoneOffset.UTC), expiresAt).toHours() < 4 ? "expiring"
                        : words(status);
            }
            return switch (status) {
                case "QUOTED" -> answer != null && !"SUBMITTED".equals(answer.status()) ? "quote "
                        + answer.statusName() : "quoted";
                case "COUNTERED" -> "countered";
                case "DECLINED" -> "declined";
                case "WITHDRAWN" -> "withdrawn: the buyer cancelled the RFQ";
                default -> "expired";
            };
        }

        public String quotesDue() {
            return rfq.path("quoteDeadline").asText().replace('T', ' ').replaceAll(":\\d{2}(\\.\\d+)?Z$", " UTC");
        }

        /** "41 h left", "expired". */
        public String timeLeft() {
            Duration left = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), expiresAt);
            if (left.isNegative() || left.isZero()) {
                return "expired";
            }
            return left.toHours() >= 1 ? left.toHours() + " h left" : left.toMinutes() + " min left";
        }

        /** The offer's expiry for the countdown script (ISO instant). */
        public String expiresIso() {
            return expiresAt.withOffsetSameInstant(ZoneOffset.UTC).toString();
        }
    }

    /** An award to the shop: an RFQ line the buyer ordered, to acknowledge, and the job it became. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Award(String id, String orderNumber, String buyerName, String rfqNumber, String partNumber,
                        String revision, int quantity, BigDecimal unitPrice, String currency,
                        LocalDate promisedShipDate, String status, String jobId, String jobNumber,
                        OffsetDateTime awardedAt, OffsetDateTime acknowledgedAt, String acknowledgedBy) {
        public boolean acknowledged() {
            return !"NEW".equals(status);
        }

        public String priceText() {
            return unitPrice.stripTrailingZeros().toPlainString() + " " + currency;
        }
    }

    /** "Why not me": an RFQ routing judged the shop for and did not offer it, with the shop's own reasons. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NotOffered(String rfqId, String rfqNumber, int wave, OffsetDateTime judgedAt,
                             List<String> reasons) {
    }

    static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
