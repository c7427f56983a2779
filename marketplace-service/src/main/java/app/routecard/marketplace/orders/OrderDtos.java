package app.routecard.marketplace.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the order API takes and answers. */
public final class OrderDtos {

    private OrderDtos() {
    }

    public record ReceiptRequest(@NotNull @Min(1) @Max(10_000_000) Integer received,
                                 @NotNull @Min(0) @Max(10_000_000) Integer accepted,
                                 @NotNull @Min(0) @Max(10_000_000) Integer rejected,
                                 @Size(max = 1000) String reason) {
    }

    public record ReturnRequest(@NotNull @Min(1) @Max(10_000_000) Integer quantity,
                                @NotBlank @Size(max = 1000) String reason) {
    }

    public record ReturnView(UUID id, int quantity, String reason, String recordedBy, OffsetDateTime recordedAt) {
    }

    public record UpdateView(String kind, String summary, OffsetDateTime at) {
    }

    public record ReceiptView(UUID id, int received, int accepted, int rejected, String reason, String recordedBy,
                              OffsetDateTime recordedAt) {
    }

    public record OrderView(UUID id, String number, UUID rfqId, UUID quoteId, String supplierTenantId,
                            String supplierName, String partNumber, String revision, int quantity,
                            BigDecimal unitPrice, String currency, LocalDate promisedShipDate, String status,
                            String jobNumber, String jobStage, int stepsDone, int shippedQuantity,
                            int receivedQuantity, int acceptedQuantity, int rejectedQuantity, int returnedQuantity,
                            OffsetDateTime awardedAt, OffsetDateTime acknowledgedAt, OffsetDateTime updatedAt,
                            List<UpdateView> updates, List<ReceiptView> receipts, List<ReturnView> returns) {
        static OrderView of(PurchaseOrder order, List<UpdateView> updates, List<ReceiptView> receipts,
                            List<ReturnView> returns) {
            return new OrderView(order.id, order.number, order.rfqId, order.quoteId, order.supplierTenant,
                    order.supplierName, order.partNumber, order.revision, order.quantity, order.unitPrice,
                    order.currency.strip(), order.promisedShipDate, order.status, order.jobNumber, order.jobStage,
                    order.stepsDone, order.shippedQuantity, order.receivedQuantity, order.acceptedQuantity,
                    order.rejectedQuantity, order.returnedQuantity, order.awardedAt, order.acknowledgedAt,
                    order.updatedAt, updates, receipts, returns);
        }
    }
}
