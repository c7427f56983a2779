package app.routecard.marketplace.quotes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the quote API takes and answers, and what a quote's lines and counter are stored as. */
public final class QuoteDtos {

    private QuoteDtos() {
    }

    public record PriceRequest(@NotNull @Min(1) Integer quantity,
                               @NotNull @Positive @jakarta.validation.constraints.Digits(integer = 10, fraction = 4)
                               BigDecimal unitPrice) {
    }

    public record LineRequest(@NotNull UUID lineId,
                              @NotNull @Size(min = 1, max = 5) List<@Valid @NotNull PriceRequest> prices,
                              @NotNull @Min(1) @Max(365) Integer leadDays) {
    }

    /** A quote to send for an offer ({@code offerId}), or a revision of one (then {@code offerId} is not read). */
    public record QuoteRequest(UUID offerId,
                               @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull LineRequest> lines,
                               @NotNull LocalDate validUntil,
                               @Size(max = 2000) String notes) {
    }

    /** A counter-offer: another quantity, lead time or ship date than the RFQ asked, with a price if it has one. */
    public record CounterRequest(@Min(1) @Max(10_000_000) Integer quantity,
                                 @Min(1) @Max(365) Integer leadDays,
                                 LocalDate shipDate,
                                 @Positive @jakarta.validation.constraints.Digits(integer = 10, fraction = 4)
                                 BigDecimal unitPrice,
                                 @Size(max = 2000) String note) {
    }

    public record WithdrawRequest(@Size(max = 500) String reason) {
    }

    /** One quantity break's unit price. */
    public record Price(int quantity, BigDecimal unitPrice) {
    }

    /** One RFQ line as quoted (stored as such in the quote's {@code lines}). */
    public record QuotedLine(UUID lineId, int position, String partNumber, List<Price> prices, int leadDays) {
    }

    /** What a counter-offer proposes (stored in the quote's {@code counter}). */
    public record Counter(Integer quantity, Integer leadDays, LocalDate shipDate, BigDecimal unitPrice,
                          String note) {
    }

    public record QuoteView(UUID id, UUID offerId, UUID rfqId, String rfqNumber, String supplierTenantId,
                            String supplierName, String kind, String status, String currency, List<QuotedLine> lines,
                            Counter counter, LocalDate validUntil, String notes, int revision,
                            OffsetDateTime submittedAt, OffsetDateTime updatedAt, OffsetDateTime withdrawnAt) {
    }
}
