package app.routecard.job.quotes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class QuoteDtos {

    private QuoteDtos() {
    }

    public record NewLine(
            @NotBlank @Size(max = 100) String partNumber,
            @NotBlank @Size(max = 20) String revision,
            @Size(max = 2000) String description,
            @NotNull @Positive @Max(10_000_000) Integer quantity,
            @Size(max = 200) String material,
            @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 10, fraction = 4) BigDecimal unitPrice,
            @NotNull @Min(1) @Max(730) Integer leadTimeDays) {
    }

    /** A quote as drafted (and, while a draft, replaced). {@code validUntil} defaults to 30 days out. */
    public record NewQuote(
            @NotBlank @Size(max = 200) String customerName,
            @Size(max = 200) String customerContact,
            @Email @Size(max = 254) String customerEmail,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
            LocalDate validUntil,
            @Size(max = 4000) String note,
            @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull NewLine> lines) {
    }

    /** {@code release}: release the jobs at once (the default) or leave them planned. */
    public record Acceptance(@Size(max = 100) String customerPo, Boolean release) {
    }

    public record Decline(@NotBlank @Size(max = 1000) String reason) {
    }

    public record LineView(UUID id, int position, String partNumber, String revision, String description,
                           int quantity, String material, BigDecimal unitPrice, int leadTimeDays,
                           BigDecimal lineTotal, UUID jobId) {
        static LineView of(QuoteLine line) {
            return new LineView(line.id, line.position, line.partNumber, line.revision, line.description,
                    line.quantity, line.material, line.unitPrice, line.leadTimeDays,
                    line.unitPrice.multiply(BigDecimal.valueOf(line.quantity)).setScale(2, RoundingMode.HALF_UP),
                    line.jobId);
        }
    }

    public record QuoteView(UUID id, String number, String customerName, String customerContact,
                            String customerEmail, String currency, LocalDate validUntil, String note,
                            QuoteStatus status, BigDecimal total, List<LineView> lines, String customerPo,
                            String decidedBy, OffsetDateTime decidedAt, String decisionReason, String createdBy,
                            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static QuoteView of(Quote quote, List<QuoteLine> lines) {
            List<LineView> views = lines.stream().map(LineView::of).toList();
            BigDecimal total = views.stream().map(LineView::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new QuoteView(quote.id, quote.number, quote.customerName, quote.customerContact,
                    quote.customerEmail, quote.currency, quote.validUntil, quote.note, quote.status, total, views,
                    quote.customerPo, quote.decidedBy, quote.decidedAt, quote.decisionReason, quote.createdBy,
                    quote.createdAt, quote.updatedAt);
        }
    }

    public record QuotePage(List<QuoteView> items, int page, int size, long total) {
    }
}
