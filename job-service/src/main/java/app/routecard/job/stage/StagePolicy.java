package app.routecard.job.stage;

import app.routecard.platform.service.rules.Refusal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of moving a job between stages, each named so a refusal says which rule forbids it. Plain Java:
 * the services only ask, and answer 409 with the rule's name and explanation.
 */
public final class StagePolicy {

    /**
     * The forward path, in order. Written out rather than taken from the enum's declaration order, so adding a
     * stage to the enum cannot silently change which stages count as "before shipment".
     */
    public static final List<JobStage> FORWARD_PATH = List.of(JobStage.PLANNED, JobStage.RELEASED,
            JobStage.IN_PROGRESS, JobStage.INSPECTION, JobStage.READY_TO_SHIP, JobStage.SHIPPED, JobStage.DELIVERED,
            JobStage.CLOSED);

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

    /** Stages in which parts have left the shop. */
    private static final Set<JobStage> AFTER_SHIPMENT = EnumSet.of(JobStage.SHIPPED, JobStage.DELIVERED,
            JobStage.CLOSED);

    private StagePolicy() {
    }

    /** Whether {@code stage} comes before {@code other} on the forward path (hold and cancel are on neither). */
    public static boolean isBefore(JobStage stage, JobStage other) {
        int position = FORWARD_PATH.indexOf(stage);
        int otherPosition = FORWARD_PATH.indexOf(other);
        return position >= 0 && otherPosition >= 0 && position < otherPosition;
    }

    /** Whether parts of the job have left the shop (shipped, delivered, or closed after that). */
    public static boolean hasShipped(JobStage stage) {
        return AFTER_SHIPMENT.contains(stage);
    }

    /**
     * Whether a job in {@code from} (held from {@code heldFrom} when on hold) may move to {@code to}.
     * {@code reason} is required for holds and cancellations.
     */
    public static Optional<Refusal> check(JobStage from, JobStage heldFrom, JobStage to, String reason) {
        if (from.isTerminal()) {
            return Refusal.refuse("TerminalStagesAreFinal", "A " + name(from) + " job does not change stage any more");
        }
        if (from == to) {
            return Refusal.refuse("NoMoveToTheSameStage", "The job is already " + name(from));
        }
        if (to == JobStage.CANCELLED) {
            if (hasShipped(from)) {
                return Refusal.refuse("NoCancellationAfterShipment",
                        "A shipped job cannot be cancelled; record a return");
            }
            return Refusal.requireReason("CancellationNeedsAReason", reason);
        }
        if (to == JobStage.ON_HOLD) {
            if (!HOLDABLE.contains(from)) {
                return Refusal.refuse("HoldOnlyBeforeShipment", "Only a job that has not shipped can be put on hold");
            }
            return Refusal.requireReason("HoldNeedsAReason", reason);
        }
        if (from == JobStage.ON_HOLD) {
            return to == heldFrom ? Optional.empty()
                    : Refusal.refuse("ResumeWhereItWasHeld", "A held job resumes in the stage it was held from ("
                    + name(heldFrom) + ")");
        }
        if (to == JobStage.SHIPPED && isBefore(from, JobStage.READY_TO_SHIP)) {
            return Refusal.refuse("NoShipmentBeforeReadyToShip",
                    "A job ships only once released, made, inspected and ready to ship");
        }
        if (!FLOW.getOrDefault(from, Set.of()).contains(to)) {
            return Refusal.refuse("FollowTheRoute", "A job moves from " + name(from) + " to "
                    + String.join(" or ", FLOW.getOrDefault(from, Set.of()).stream().map(StagePolicy::name).sorted()
                    .toList()) + ", not to " + name(to));
        }
        return Optional.empty();
    }

    /**
     * The stage a job was held from, after a move: a hold remembers where the job was, a resume forgets it, any
     * other move keeps what there was.
     */
    public static JobStage heldFromAfter(JobStage from, JobStage to, JobStage heldFrom) {
        if (to == JobStage.ON_HOLD) {
            return from;
        }
        return from == JobStage.ON_HOLD ? null : heldFrom;
    }

    /** The stage follows the route: the first step started puts a released job in progress. */
    public static Optional<JobStage> afterStepStarted(JobStage stage) {
        return stage == JobStage.RELEASED ? Optional.of(JobStage.IN_PROGRESS) : Optional.empty();
    }

    /** The stage follows the route: once every step is done or skipped, a job in progress goes to inspection. */
    public static Optional<JobStage> afterStepFinished(JobStage stage, boolean routeFinished) {
        return routeFinished && stage == JobStage.IN_PROGRESS ? Optional.of(JobStage.INSPECTION) : Optional.empty();
    }

    /**
     * Shipped and delivered are facts of shipments, not choices: the job gets there by recording its shipments
     * and their delivery, so on-time is always judged from real dates.
     */
    public static Optional<Refusal> checkManualMove(JobStage to) {
        return to == JobStage.SHIPPED || to == JobStage.DELIVERED
                ? Refusal.refuse("ShipmentsMoveShippedAndDelivered", "A job is " + name(to)
                + " once its shipments say so: record them under /api/jobs/{id}/shipments")
                : Optional.empty();
    }

    /**
     * The quality and blocker gates: closing with open blockers, and closing or releasing for shipment with a
     * failed final inspection, need an admin's explicit override with a reason (both land in the timeline).
     */
    public static Optional<Refusal> checkGates(JobStage to, long openBlockers, long failedFinalInspections,
                                               boolean override, String reason) {
        Optional<Refusal> gate = Optional.empty();
        if (to == JobStage.CLOSED && openBlockers > 0) {
            gate = Refusal.refuse("NoCloseWithOpenBlockers", openBlockers + " blocker(s) still open: resolve them,"
                    + " or override with a reason");
        } else if (to == JobStage.CLOSED && failedFinalInspections > 0) {
            gate = Refusal.refuse("NoCloseWithFailedFinalInspection", failedFinalInspections + " characteristic(s)"
                    + " failed final inspection: re-inspect, disposition the NCR use-as-is, or override with a reason");
        } else if (to == JobStage.READY_TO_SHIP && failedFinalInspections > 0) {
            gate = Refusal.refuse("NoShipWithFailedFinalInspection", failedFinalInspections + " characteristic(s)"
                    + " failed final inspection: re-inspect, disposition the NCR use-as-is, or override with a reason");
        }
        if (gate.isEmpty() || !override) {
            return gate;
        }
        return Refusal.requireReason("OverrideNeedsAReason", reason);
    }

    private static String name(JobStage stage) {
        return stage == null ? "unknown" : stage.name().toLowerCase(Locale.ROOT);
    }
}
