package app.routecard.job.route;

import app.routecard.platform.service.rules.Refusal;
import static app.routecard.job.route.StepStatus.DONE;
import static app.routecard.job.route.StepStatus.PENDING;
import static app.routecard.job.route.StepStatus.RUNNING;
import static app.routecard.job.route.StepStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.job.stage.JobStage;
import app.routecard.job.stage.StagePolicy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutePolicyTest {

    private static Optional<String> rule(Optional<Refusal> refusal) {
        return refusal.map(Refusal::rule);
    }

    @Test
    void steps_start_in_order_on_a_released_job() {
        assertThat(rule(RoutePolicy.checkStart(JobStage.RELEASED, List.of(PENDING, PENDING), 0))).isEmpty();
        assertThat(rule(RoutePolicy.checkStart(JobStage.IN_PROGRESS, List.of(DONE, PENDING), 1))).isEmpty();
        assertThat(rule(RoutePolicy.checkStart(JobStage.IN_PROGRESS, List.of(SKIPPED, PENDING), 1))).isEmpty();
        assertThat(rule(RoutePolicy.checkStart(JobStage.IN_PROGRESS, List.of(RUNNING, PENDING), 1)))
                .contains("StepsInOrder");
        assertThat(rule(RoutePolicy.checkStart(JobStage.IN_PROGRESS, List.of(DONE, DONE), 1)))
                .contains("StartOnlyPendingSteps");
    }

    @Test
    void no_work_on_a_job_that_is_not_released() {
        assertThat(rule(RoutePolicy.checkStart(JobStage.PLANNED, List.of(PENDING), 0)))
                .contains("WorkOnlyOnReleasedJobs");
        assertThat(rule(RoutePolicy.checkStart(JobStage.ON_HOLD, List.of(PENDING), 0)))
                .contains("WorkOnlyOnReleasedJobs");
    }

    @Test
    void only_running_steps_finish_and_quantities_are_not_negative() {
        assertThat(rule(RoutePolicy.checkFinish(RUNNING, 10, 0))).isEmpty();
        assertThat(rule(RoutePolicy.checkFinish(PENDING, 10, 0))).contains("FinishOnlyRunningSteps");
        assertThat(rule(RoutePolicy.checkFinish(RUNNING, -1, 0))).contains("QuantitiesNotNegative");
    }

    @Test
    void only_pending_steps_are_skipped_and_with_a_reason() {
        assertThat(rule(RoutePolicy.checkSkip(PENDING, "done by supplier"))).isEmpty();
        assertThat(rule(RoutePolicy.checkSkip(PENDING, ""))).contains("SkipNeedsAReason");
        assertThat(rule(RoutePolicy.checkSkip(RUNNING, "x"))).contains("SkipOnlyPendingSteps");
    }

    @Test
    void the_route_is_fixed_once_work_starts() {
        assertThat(rule(RoutePolicy.checkReplace(JobStage.RELEASED, List.of(PENDING, PENDING)))).isEmpty();
        assertThat(rule(RoutePolicy.checkReplace(JobStage.IN_PROGRESS, List.of(DONE, PENDING))))
                .contains("RouteFixedOnceStarted");
        assertThat(rule(RoutePolicy.checkReplace(JobStage.SHIPPED, List.of()))).contains("RouteFixedAfterShipment");
    }

    @Test
    void progress_counts_done_and_skipped_steps() {
        assertThat(RoutePolicy.progressPercent(List.of())).isZero();
        assertThat(RoutePolicy.progressPercent(List.of(DONE, SKIPPED, RUNNING, PENDING))).isEqualTo(50);
        assertThat(RoutePolicy.progressPercent(List.of(DONE, DONE))).isEqualTo(100);
    }

    @Test
    void a_scan_needs_a_running_or_pending_step() {
        assertThat(rule(RoutePolicy.checkScan(List.of()))).contains("NothingLeftToScan");
        assertThat(RoutePolicy.checkScan(List.of()).get().explanation()).contains("no route");
        assertThat(rule(RoutePolicy.checkScan(List.of(DONE, SKIPPED)))).contains("NothingLeftToScan");
        assertThat(RoutePolicy.checkScan(List.of(DONE, RUNNING))).isEmpty();
        assertThat(RoutePolicy.checkScan(List.of(DONE, PENDING))).isEmpty();
    }

    @Test
    void a_route_is_fixed_after_shipment_or_when_finished() {
        assertThat(rule(RoutePolicy.checkReplace(JobStage.SHIPPED, List.of()))).contains("RouteFixedAfterShipment");
        assertThat(rule(RoutePolicy.checkReplace(JobStage.CANCELLED, List.of())))
                .contains("RouteFixedAfterShipment");
        assertThat(RoutePolicy.checkReplace(JobStage.ON_HOLD, List.of(PENDING))).isEmpty();
        assertThat(RoutePolicy.checkReplace(JobStage.READY_TO_SHIP, List.of(PENDING))).isEmpty();
    }
}
