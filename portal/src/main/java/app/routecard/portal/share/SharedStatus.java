package app.routecard.portal.share;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Exactly what job-service gives a customer through a share link, and nothing else. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedStatus(String shopName, String jobNumber, String partNumber, String stage, int progressPercent,
                           NextUpdate nextUpdate, List<Shipment> shipments) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NextUpdate(LocalDate date, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipment(int quantity, String carrier, String trackingNumber, OffsetDateTime shippedAt,
                           OffsetDateTime deliveredAt) {
        public String shippedOn() {
            return shippedAt == null ? "" : shippedAt.toLocalDate().toString();
        }

        public String deliveredOn() {
            return deliveredAt == null ? "" : deliveredAt.toLocalDate().toString();
        }
    }

    public String stageName() {
        return stage == null ? "" : stage.replace('_', ' ');
    }

    public List<Shipment> shipmentList() {
        return shipments == null ? List.of() : shipments;
    }
}
