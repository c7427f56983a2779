package app.routecard.marketplace.orders;

import java.util.List;
import java.util.Optional;

/**
 * What a job event means for the buyer's order: a line in words for the order's history, and the order's status,
 * which only moves forward (a late older event never takes it back). Plain Java.
 */
public final class OrderProgressPolicy {

    /** The order's statuses in the order they come; cancelled stands apart. */
    static final List<String> FORWARD = List.of("AWARDED", "ACKNOWLEDGED", "IN_PRODUCTION", "SHIPPED", "DELIVERED",
            "CLOSED");

    private OrderProgressPolicy() {
    }

    /** The facts of a job event the order reads; absent facts are null. */
    public record JobFacts(String type, String jobNumber, String stage, Integer stepPosition, String stepName,
                           Integer goodQuantity, Integer shippedQuantity, Integer orderedQuantity, Boolean complete,
                           String carrier, String trackingNumber) {
    }

    /** The order after the event: its status, the history line, and whether a step was completed. */
    public record Progress(String status, String summary, boolean stepCompleted) {
    }

    public static Optional<Progress> apply(String status, JobFacts event) {
        return switch (event.type()) {
            case "job.created" -> progress(status, status, "The shop planned it as job " + event.jobNumber());
            case "job.released" -> progress(status, "IN_PRODUCTION", "Released to the shop floor");
            case "job.step.started" -> progress(status, "IN_PRODUCTION", "Step " + event.stepPosition() + " "
                    + event.stepName() + " started");
            case "job.step.completed" -> Optional.of(new Progress(forward(status, "IN_PRODUCTION"), "Step "
                    + event.stepPosition() + " " + event.stepName() + " done" + (event.goodQuantity() == null ? ""
                    : " (" + event.goodQuantity() + " good)"), true));
            case "job.blocked" -> progress(status, status, "The shop reports a hold-up");
            case "job.unblocked" -> progress(status, status, "Work goes on");
            case "job.shipped" -> progress(status, Boolean.TRUE.equals(event.complete()) ? "SHIPPED" : "IN_PRODUCTION",
                    "Shipped " + event.shippedQuantity() + " of " + event.orderedQuantity()
                            + (event.carrier() == null ? "" : " by " + event.carrier())
                            + (event.trackingNumber() == null ? "" : ", tracking " + event.trackingNumber()));
            case "job.delivered" -> progress(status, "DELIVERED", "Delivered");
            case "job.closed" -> progress(status, "CLOSED", "The shop closed the job");
            case "job.cancelled" -> Optional.of(new Progress("CANCELLED", "The shop cancelled the job", false));
            default -> Optional.empty();
        };
    }

    private static Optional<Progress> progress(String status, String to, String summary) {
        return Optional.of(new Progress(forward(status, to), summary, false));
    }

    /** The later of two statuses; a cancelled order stays cancelled. */
    static String forward(String current, String to) {
        if ("CANCELLED".equals(current)) {
            return current;
        }
        return FORWARD.indexOf(to) > FORWARD.indexOf(current) ? to : current;
    }
}
