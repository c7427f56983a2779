package app.routecard.job.stage;

import app.routecard.platform.service.rules.Refusal;
import static app.routecard.job.stage.JobStage.CANCELLED;
import static app.routecard.job.stage.JobStage.CLOSED;
import static app.routecard.job.stage.JobStage.DELIVERED;
import static app.routecard.job.stage.JobStage.INSPECTION;
import static app.routecard.job.stage.JobStage.IN_PROGRESS;
import static app.routecard.job.stage.JobStage.ON_HOLD;
import static app.routecard.job.stage.JobStage.PLANNED;
import static app.routecard.job.stage.JobStage.READY_TO_SHIP;
import static app.routecard.job.stage.JobStage.RELEASED;
import static app.routecard.job.stage.JobStage.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StagePolicyTest {

    private static Optional<String> rule(JobStage from, JobStage to) {
        return rule(from, null, to, null);
    }

    private static Optional<String> rule(JobStage from, JobStage heldFrom, JobStage to, String reason) {
        return StagePolicy.check(from, heldFrom, to, reason).map(Refusal::rule);
    }

    @Test
    void the_forward_path_is_allowed_step_by_step() {
        JobStage[] path = {PLANNED, RELEASED, IN_PROGRESS, INSPECTION, READY_TO_SHIP, SHIPPED, DELIVERED, CLOSED};
        for (int i = 0; i + 1 < path.length; i++) {
            assertThat(rule(path[i], path[i + 1])).as(path[i] + " -> " + path[i + 1]).isEmpty();
        }
    }

    @Test
    void inspection_can_send_a_job_back_for_rework() {
        assertThat(rule(INSPECTION, IN_PROGRESS)).isEmpty();
    }

    @Test
    void no_shipment_before_ready_to_ship() {
        assertThat(rule(PLANNED, SHIPPED)).contains("NoShipmentBeforeReadyToShip");
        assertThat(rule(IN_PROGRESS, SHIPPED)).contains("NoShipmentBeforeReadyToShip");
    }

    @Test
    void skipping_stages_is_refused_by_follow_the_route() {
        assertThat(rule(PLANNED, IN_PROGRESS)).contains("FollowTheRoute");
        assertThat(rule(RELEASED, CLOSED)).contains("FollowTheRoute");
        assertThat(rule(SHIPPED, RELEASED)).contains("FollowTheRoute");
    }

    @Test
    void closed_and_cancelled_jobs_are_final() {
        assertThat(rule(CLOSED, RELEASED)).contains("TerminalStagesAreFinal");
        assertThat(rule(CANCELLED, PLANNED)).contains("TerminalStagesAreFinal");
    }

    @Test
    void a_move_to_the_same_stage_is_refused() {
        assertThat(rule(RELEASED, RELEASED)).contains("NoMoveToTheSameStage");
    }

    @Test
    void holds_need_a_reason_and_happen_only_before_shipment() {
        assertThat(rule(IN_PROGRESS, null, ON_HOLD, "waiting for material")).isEmpty();
        assertThat(rule(IN_PROGRESS, null, ON_HOLD, " ")).contains("HoldNeedsAReason");
        assertThat(rule(SHIPPED, null, ON_HOLD, "x")).contains("HoldOnlyBeforeShipment");
    }

    @Test
    void a_held_job_resumes_only_where_it_was_held() {
        assertThat(rule(ON_HOLD, INSPECTION, INSPECTION, null)).isEmpty();
        assertThat(rule(ON_HOLD, INSPECTION, READY_TO_SHIP, null)).contains("ResumeWhereItWasHeld");
    }

    @Test
    void cancellation_needs_a_reason_and_not_after_shipment() {
        assertThat(rule(RELEASED, null, CANCELLED, "customer withdrew")).isEmpty();
        assertThat(rule(ON_HOLD, RELEASED, CANCELLED, "never resumed")).isEmpty();
        assertThat(rule(RELEASED, null, CANCELLED, null)).contains("CancellationNeedsAReason");
        assertThat(rule(SHIPPED, null, CANCELLED, "x")).contains("NoCancellationAfterShipment");
        assertThat(rule(DELIVERED, null, CANCELLED, "x")).contains("NoCancellationAfterShipment");
    }

    private static Optional<String> gate(JobStage to, long blockers, long failed, boolean override, String reason) {
        return StagePolicy.checkGates(to, blockers, failed, override, reason).map(Refusal::rule);
    }

    @Test
    void no_close_with_open_blockers_unless_an_admin_overrides_with_a_reason() {
        assertThat(StagePolicy.check(DELIVERED, null, CLOSED, null)).isEmpty();
        assertThat(gate(CLOSED, 0, 0, false, null)).isEmpty();
        assertThat(gate(CLOSED, 2, 0, false, null)).contains("NoCloseWithOpenBlockers");
        assertThat(gate(CLOSED, 2, 0, true, " ")).contains("OverrideNeedsAReason");
        assertThat(gate(CLOSED, 2, 0, true, "customer accepted as is")).isEmpty();
    }

    @Test
    void a_failed_final_inspection_stops_shipping_and_closing_unless_an_admin_overrides_with_a_reason() {
        assertThat(gate(READY_TO_SHIP, 0, 1, false, null)).contains("NoShipWithFailedFinalInspection");
        assertThat(gate(CLOSED, 0, 1, false, null)).contains("NoCloseWithFailedFinalInspection");
        assertThat(gate(CLOSED, 0, 1, true, null)).contains("OverrideNeedsAReason");
        assertThat(gate(READY_TO_SHIP, 0, 1, true, "deviation approved by customer")).isEmpty();
        assertThat(gate(READY_TO_SHIP, 3, 0, false, null)).as("blockers gate closing only").isEmpty();
        assertThat(gate(IN_PROGRESS, 3, 3, false, null)).isEmpty();
    }

    @Test
    void shipped_and_delivered_come_from_shipments_not_from_a_stage_move() {
        assertThat(StagePolicy.checkManualMove(SHIPPED).map(Refusal::rule))
                .contains("ShipmentsMoveShippedAndDelivered");
        assertThat(StagePolicy.checkManualMove(DELIVERED)).isPresent();
        assertThat(StagePolicy.checkManualMove(READY_TO_SHIP)).isEmpty();
    }

    @Test
    void a_hold_remembers_where_the_job_was_and_a_resume_forgets_it() {
        assertThat(StagePolicy.heldFromAfter(IN_PROGRESS, ON_HOLD, null)).isEqualTo(IN_PROGRESS);
        assertThat(StagePolicy.heldFromAfter(ON_HOLD, IN_PROGRESS, IN_PROGRESS)).isNull();
        assertThat(StagePolicy.heldFromAfter(RELEASED, IN_PROGRESS, null)).isNull();
        assertThat(StagePolicy.heldFromAfter(ON_HOLD, CANCELLED, RELEASED)).isNull();
    }

    @Test
    void the_stage_follows_the_route() {
        assertThat(StagePolicy.afterStepStarted(RELEASED)).contains(IN_PROGRESS);
        assertThat(StagePolicy.afterStepStarted(IN_PROGRESS)).isEmpty();
        assertThat(StagePolicy.afterStepFinished(IN_PROGRESS, true)).contains(INSPECTION);
        assertThat(StagePolicy.afterStepFinished(IN_PROGRESS, false)).isEmpty();
        assertThat(StagePolicy.afterStepFinished(ON_HOLD, true)).as("a held job stays held").isEmpty();
    }

    @Test
    void order_is_the_written_forward_path_not_the_enums_declaration() {
        assertThat(StagePolicy.isBefore(RELEASED, READY_TO_SHIP)).isTrue();
        assertThat(StagePolicy.isBefore(READY_TO_SHIP, READY_TO_SHIP)).isFalse();
        assertThat(StagePolicy.isBefore(ON_HOLD, SHIPPED)).as("hold is on no path").isFalse();
        assertThat(StagePolicy.isBefore(CANCELLED, SHIPPED)).isFalse();
        assertThat(StagePolicy.FORWARD_PATH).doesNotContain(ON_HOLD, CANCELLED);
        assertThat(StagePolicy.hasShipped(SHIPPED)).isTrue();
        assertThat(StagePolicy.hasShipped(CLOSED)).isTrue();
        assertThat(StagePolicy.hasShipped(ON_HOLD)).isFalse();
        assertThat(rule(ON_HOLD, IN_PROGRESS, SHIPPED, null)).contains("ResumeWhereItWasHeld");
    }
}
