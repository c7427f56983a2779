package app.routecard.portal.jobs;

import app.routecard.portal.web.FormValues;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** job-service's answers as the portal's pages read them (unknown fields ignored). */
public final class JobViews {

    private JobViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Job(String id, String number, String customerName, String partNumber, String revision, int quantity,
                      LocalDate dueDate, String priority, String owner, String stage, String heldFrom,
                      long openBlockers, int progressPercent, BigDecimal remainingHours, boolean late,
                      boolean atRisk, String riskReason, String specialInstructions, String erpOrderId,
                      String marketplaceAwardId, String marketplaceRfqId) {
        public String stageName() {
            return FormValues.words(stage);
        }

        public String priorityName() {
            return FormValues.words(priority);
        }
    }


    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String id, int position, String name, String workCenter, BigDecimal plannedHours,
                       String instructions, String status, String operator, Integer goodQuantity,
                       Integer scrapQuantity, String skipReason) {
        public String statusName() {
            return FormValues.words(status);
        }

        public boolean pending() {
            return "PENDING".equals(status);
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Route(int progressPercent, List<Step> steps) {
        /** The step a person can start now: the first pending one, when none is running (steps go in order). */
        public String nextStepId() {
            if (steps == null || steps.stream().anyMatch(Step::running)) {
                return "";
            }
            return steps.stream().filter(Step::pending).map(Step::id).findFirst().orElse("");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Blocker(String id, String category, String note, String raisedBy, long ageMinutes, boolean open) {
        public String categoryName() {
            return FormValues.words(category);
        }

        public String age() {
            return ageMinutes < 120 ? ageMinutes + " min" : ageMinutes < 48 * 60 ? ageMinutes / 60 + " h"
                    : ageMinutes / (24 * 60) + " days";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimelineEntry(OffsetDateTime occurredAt, String actor, String what, String why) {
        public String when() {
            return occurredAt == null ? "" : occurredAt.toLocalDate() + " "
                    + occurredAt.toLocalTime().withSecond(0).withNano(0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShareLink(String id, String label, String createdBy, OffsetDateTime expiresAt, boolean active,
                            int openedCount) {
        public String expires() {
            return expiresAt == null ? "" : expiresAt.toLocalDate().toString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipment(String id, int sequence, int quantity, boolean finalShipment, String carrier,
                           String trackingNumber, OffsetDateTime shippedAt, boolean onTime,
                           OffsetDateTime deliveredAt) {
        public String shippedOn() {
            return shippedAt == null ? "" : shippedAt.toLocalDate().toString();
        }

        public String deliveredOn() {
            return deliveredAt == null ? "" : deliveredAt.toLocalDate().toString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipping(int ordered, int shipped, Boolean onTime, List<Shipment> shipments) {
        public List<Shipment> list() {
            return shipments == null ? List.of() : shipments;
        }
    }
}
