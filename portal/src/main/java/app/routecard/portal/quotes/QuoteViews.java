package app.routecard.portal.quotes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** job-service's quotes as the portal's pages read them (unknown fields ignored). */
public final class QuoteViews {

    private QuoteViews() {
    }

    /** An amount with at least two decimals, and more only where the price has them (a unit price of 0.1250). */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String id, int position, String partNumber, String revision, String description, int quantity,
                       String material, BigDecimal unitPrice, int leadTimeDays, BigDecimal lineTotal, String jobId) {
        public String unitPriceText() {
            return money(unitPrice);
        }

        public String lineTotalText() {
            return money(lineTotal);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String id, String number, String customerName, String customerContact, String customerEmail,
                        String currency, LocalDate validUntil, String note, String status, BigDecimal total,
                        List<Line> lines, String customerPo, String decidedBy, OffsetDateTime decidedAt,
                        String decisionReason, String createdBy, OffsetDateTime createdAt) {
        public String totalText() {
            return money(total);
        }

        public String statusName() {
            return status == null ? "" : status.toLowerCase(Locale.ROOT);
        }

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public boolean sent() {
            return "SENT".equals(status);
        }

        public boolean accepted() {
            return "ACCEPTED".equals(status);
        }

        public boolean declined() {
            return "DECLINED".equals(status);
        }

        public String created() {
            return createdAt == null ? "" : createdAt.toLocalDate().toString();
        }

        public String decided() {
            return decidedAt == null ? "" : decidedAt.toLocalDate().toString();
        }

        public List<Line> lineList() {
            return lines == null ? List.of() : lines;
        }
    }


    /** A job an accepted quote released: its number, stage and due date, linking to its page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReleasedJob(String id, String number, String partNumber, String revision, int quantity,
                              LocalDate dueDate, String stage) {
        public String stageName() {
            return app.routecard.portal.web.FormValues.words(stage);
        }
    }
}
