package app.routecard.job.stage;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules of moving a job between stages, each named so a refusal says which rule forbids it. Plain Java:
 * the resources only ask, and answer 409 with the rule's name and explanation.
 */
public final class StagePolicy {

    /** A move a rule forbids. */
    public record Refusal(String rule, String explanation) {
    }

    /** The forward path and its allowed side steps; hold and cancel are handled by their own rules. */
    private static final Map<JobStage, Set<JobStage>> FLOW = Map.of(
            JobStage.PLANNED, EnumSet.of(JobStage.RELEASED),
            JobStage.RELEASED, EnumSet.of(JobStage.IN_PROGRESS),
            JobStage.IN_PROGRESS, EnumSet.of(JobStage.INSPECTION),
            JobStage.INSPECTION, EnumSet.of(JobStage.READY_TO_SHIP, JobStage.IN_PROGRESS),
            JobStage.READY_TO_SHIP, EnumSet.of(JobStage.SHIPPED),
            JobStage.SHIPPED, EnumSet.of(JobStage.DELIVERED),
            JobStage.DELIVERED, EnumSet.of(JobStage.CLOSED));

    private static final Set<JobStage> HOLDABLE = EnumSet.of(JobStage.PLANNED, JobStage.RELEASED,
            JobStage.IN_PROGRESS, JobStage.INSPECTION, JobStage.READY_TO_SHIP);

    private StagePolicy() {
    }

    /**
     * Whether a job in {@code from} (held from {@code heldFrom} when on hold) may move to {@code to}.
     * {@code reason} is required for holds and cancellations.
     */
    public static java.util.Optional<Refusal> check(JobStage from, JobStage heldFrom, JobStage to, String reason) {
        if (from.isTerminal()) {
            return refuse("TerminalStagesAreFinal", "A " + name(from) + " job does not change stage any more");
        }
        if (from == to) {
            return refuse("NoMoveToTheSameStage", "The job is already " + name(from));
        }
        if (to == JobStage.CANCELLED) {
            if (from == JobStage.SHIPPED || from == JobStage.DELIVERED) {
                return refuse("NoCancellationAfterShipment", "A shipped job cannot be cancelled; record a return");
            }
            return requireReason("CancellationNeedsAReason", reason);
        }
        if (to == JobStage.ON_HOLD) {
            if (!HOLDABLE.contains(from)) {
                return refuse("HoldOnlyBeforeShipment", "Only a job that has not shipped can be put on hold");
            }
            return requireReason("HoldNeedsAReason", reason);
        }
        if (from == JobStage.ON_HOLD) {
            return to == heldFrom ? java.util.Optional.empty()
                    : refuse("ResumeWhereItWasHeld", "A held job resumes in the stage it was held from ("
                    + name(heldFrom) + ")");
        }
        if (to == JobStage.SHIPPED && from.ordinal() < JobStage.READY_TO_SHIP.ordinal()) {
            return refuse("NoShipmentBeforeReadyToShip",
                    "A job ships only once released, made, inspected and ready to ship");
        }
        if (!FLOW.getOrDefault(from, Set.of()).contains(to)) {
            return refuse("FollowTheRoute", "A job moves from " + name(from) + " to "
                    + String.join(" or ", FLOW.getOrDefault(from, Set.of()).stream().map(StagePolicy::name).toList())
                    + ", not to " + name(to));
        }
        return java.util.Optional.empty();
    }

    /**
     * Shipped and delivered are facts of shipments, not choices: the job gets there by recording its shipments
     * and their delivery, so on-time is always judged from real dates.
     */
    public static java.util.Optional<Refusal> checkManualMove(JobStage to) {
        return to == JobStage.SHIPPED || to == JobStage.DELIVERED
                ? refuse("ShipmentsMoveShippedAndDelivered", "A job is " + name(to) + " once its shipments say so:"
                + " record them under /api/jobs/{id}/shipments")
                : java.util.Optional.empty();
    }

    /**
     * The quality and blocker gates: closing with open blockers, and closing or releasing for shipment with a
     * failed final inspection, need an admin's explicit override with a reason (both land in the timeline).
     */
    public static java.util.Optional<Refusal> checkGates(JobStage to, long openBlockers, long failedFinalInspections,
                                                          boolean override, String reason) {
        java.util.Optional<Refusal> gate = java.util.Optional.empty();
        if (to == JobStage.CLOSED && openBlockers > 0) {
            gate = refuse("NoCloseWithOpenBlockers", openBlockers + " blocker(s) still open: resolve them, or"
                    + " override with a reason");
        } else if (to == JobStage.CLOSED && failedFinalInspections > 0) {
            gate = refuse("NoCloseWithFailedFinalInspection", failedFinalInspections + " characteristic(s) failed"
                    + " final inspection: re-inspect, disposition the NCR use-as-is, or override with a reason");
        } else if (to == JobStage.READY_TO_SHIP && failedFinalInspections > 0) {
            gate = refuse("NoShipWithFailedFinalInspection", failedFinalInspections + " characteristic(s) failed"
                    + " final inspection: re-inspect, disposition the NCR use-as-is, or override with a reason");
        }
        if (gate.isEmpty() || !override) {
            return gate;
        }
        return requireReason("OverrideNeedsAReason", reason);
    }

    private static java.util.Optional<Refusal> requireReason(String rule, String reason) {
        return reason == null || reason.isBlank()
                ? refuse(rule, "Say why (field 'reason')") : java.util.Optional.empty();
    }

    private static java.util.Optional<Refusal> refuse(String rule, String explanation) {
        return java.util.Optional.of(new Refusal(rule, explanation));
    }

    private static String name(JobStage stage) {
        return stage == null ? "unknown" : stage.name().toLowerCase(java.util.Locale.ROOT);
    }
}
