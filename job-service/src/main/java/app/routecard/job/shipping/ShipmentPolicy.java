package app.routecard.job.shipping;

import app.routecard.job.stage.JobStage;
import app.routecard.platform.service.rules.Refusal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** When a job may ship, when it counts as shipped and delivered, and whether it was on time. Plain Java. */
public final class ShipmentPolicy {

    private ShipmentPolicy() {
    }

    /**
     * Parts leave only a job that is ready to ship (released, made, inspected); partial shipments keep it
     * there until everything ordered (or a shipment marked final) has left.
     */
    public static Optional<Refusal> checkShip(JobStage stage, int ordered, int shippedBefore, int quantity) {
        if (stage != JobStage.READY_TO_SHIP) {
            return Optional.of(new Refusal("NoShipmentBeforeReadyToShip", "A " + name(stage)
                    + " job does not ship: it ships once released, made, inspected and ready to ship"));
        }
        if (shippedBefore + quantity > ordered) {
            return Optional.of(new Refusal("NoShippingMoreThanOrdered", "Ordered " + ordered + ", shipped "
                    + shippedBefore + " so far: at most " + (ordered - shippedBefore) + " more"));
        }
        return Optional.empty();
    }

    /** The job is shipped once all it ordered has left, or a shipment was declared the last one (short ship). */
    public static boolean completesTheJob(int ordered, int shippedIncludingThis, boolean declaredFinal) {
        return declaredFinal || shippedIncludingThis >= ordered;
    }

    /** On time: shipped on or before the promised ship date, in the shipper's own calendar (its offset). */
    public static boolean onTime(OffsetDateTime shippedAt, LocalDate promised) {
        return !shippedAt.toLocalDate().isAfter(promised);
    }

    public static Optional<Refusal> checkDelivery(OffsetDateTime alreadyDeliveredAt) {
        return alreadyDeliveredAt == null ? Optional.empty()
                : Optional.of(new Refusal("DeliveredOnce", "This shipment was recorded delivered at "
                + alreadyDeliveredAt));
    }

    private static String name(JobStage stage) {
        return stage.name().toLowerCase(java.util.Locale.ROOT);
    }
}
