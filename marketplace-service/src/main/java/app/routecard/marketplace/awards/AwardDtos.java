package app.routecard.marketplace.awards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the award API takes and answers. */
public final class AwardDtos {

    private AwardDtos() {
    }

    /** One line to award, at one of the quoted quantity breaks (the first when none is given). */
    public record LineAward(@NotNull UUID lineId, @Min(1) @Max(10_000_000) Integer quantity) {
    }

    /** Award a quote: the lines given, or every line it prices when none are. */
    public record AwardRequest(@NotNull UUID quoteId, @Size(max = 50) List<@Valid @NotNull LineAward> lines) {
    }

    /** The awards made, one per line: each is the buyer's order and the shop's job to be. */
    public record Awarded(UUID orderId, String orderNumber, UUID lineId, int quantity) {
    }

    /** The shop's view of an award. */
    public record AwardView(UUID id, String orderNumber, String buyerTenantId, String buyerName, UUID rfqId,
                            String rfqNumber, UUID quoteId, String partNumber, String revision, int quantity,
                            BigDecimal unitPrice, String currency, LocalDate promisedShipDate, String status,
                            UUID jobId, String jobNumber, OffsetDateTime awardedAt, OffsetDateTime acknowledgedAt,
                            String acknowledgedBy) {
        static AwardView of(Award award) {
            return new AwardView(award.id, award.orderNumber, award.buyerTenant, award.buyerName, award.rfqId,
                    award.rfqNumber, award.quoteId, award.partNumber, award.revision, award.quantity,
                    award.unitPrice, award.currency.strip(), award.promisedShipDate, award.status, award.jobId,
                    award.jobNumber, award.awardedAt, award.acknowledgedAt, award.acknowledgedBy);
        }
    }
}
