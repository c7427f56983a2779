package app.routecard.job.shipping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ShipmentDtos {

    private ShipmentDtos() {
    }

    /** {@code shippedAt} defaults to now; {@code finalShipment} ships the job short of its ordered quantity. */
    public record NewShipment(@NotNull @Positive @Max(10_000_000) Integer quantity,
                              @Size(max = 100) String carrier,
                              @Size(max = 100) String trackingNumber,
                              @PastOrPresent OffsetDateTime shippedAt,
                              @Size(max = 20) List<@NotNull UUID> proofFileIds,
                              Boolean finalShipment) {
    }

    public record Delivery(@PastOrPresent OffsetDateTime deliveredAt) {
    }

    public record ShipmentView(UUID id, UUID jobId, int sequence, int quantity, boolean finalShipment, String carrier,
                               String trackingNumber, OffsetDateTime shippedAt, boolean onTime,
                               List<UUID> proofFileIds, String recordedBy, OffsetDateTime deliveredAt) {
        static ShipmentView of(Shipment shipment) {
            return new ShipmentView(shipment.id, shipment.jobId, shipment.sequence, shipment.quantity,
                    shipment.finalShipment, shipment.carrier, shipment.trackingNumber, shipment.shippedAt,
                    shipment.onTime, shipment.proofFileIds, shipment.recordedBy, shipment.deliveredAt);
        }
    }

    /** The job's shipping so far: ordered vs shipped, and whether what shipped left on time. */
    public record ShippingSummary(UUID jobId, int ordered, int shipped, LocalDate promised, Boolean onTime,
                                  List<ShipmentView> shipments) {
    }

    public record ShippedEvent(UUID jobId, String number, UUID shipmentId, int quantity, int shippedQuantity,
                               int orderedQuantity, boolean complete, String carrier, String trackingNumber,
                               OffsetDateTime shippedAt, LocalDate dueDate, boolean onTime, String stage) {
    }

    public record DeliveredEvent(UUID jobId, String number, UUID shipmentId, int quantity, OffsetDateTime shippedAt,
                                 OffsetDateTime deliveredAt, LocalDate dueDate, boolean onTime, String stage) {
    }
}
