package app.routecard.portal.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** What marketplace-service answers about the buyer's orders, as the buyer's pages show it. */
public final class OrderViews {

    private OrderViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Update(String kind, String summary, OffsetDateTime at) {
        public String when() {
            return at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString()
                    .replace('T', ' ') + " UTC";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Receipt(int received, int accepted, int rejected, String reason, String recordedBy,
                          OffsetDateTime recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Return(int quantity, String reason, String recordedBy, OffsetDateTime recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(String id, String number, String rfqId, String supplierName, String partNumber,
                        String revision, int quantity, BigDecimal unitPrice, String currency,
                        LocalDate promisedShipDate, String status, String jobNumber, String jobStage, int stepsDone,
                        int shippedQuantity, int receivedQuantity, int acceptedQuantity, int rejectedQuantity,
                        int returnedQuantity, OffsetDateTime awardedAt, OffsetDateTime acknowledgedAt,
                        List<Update> updates, List<Receipt> receipts, List<Return> returns) {
        public Order {
            returns = returns == null ? List.of() : returns;
        }

        public String statusName() {
            return status.toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        public String stageName() {
            return jobStage == null ? "" : jobStage.replace('_', ' ');
        }

        public String stepsText() {
            return stepsDone == 1 ? "1 step done" : stepsDone + " steps done";
        }

        public String total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString() + " " + currency;
        }

        public String priceText() {
            return unitPrice.stripTrailingZeros().toPlainString() + " " + currency;
        }

        /** Accepted parts not sent back yet: what the return form may send back. */
        public int returnable() {
            return Math.max(0, acceptedQuantity - returnedQuantity);
        }

        /** Parts shipped and not yet received: what the receipt form offers to record. */
        public int awaitingReceipt() {
            return Math.max(0, shippedQuantity - receivedQuantity);
        }
    }
}
