package app.routecard.job.route;

import app.routecard.job.stage.JobStage;
import app.routecard.job.stage.StagePolicy;
import app.routecard.platform.service.rules.Refusal;
import java.util.List;
import java.util.Optional;

/** The rules of working a route, each named so a refusal says which one forbids the action. */
public final class RoutePolicy {

    private RoutePolicy() {
    }

    /** The route can be rewritten only before work starts on it. */
    public static Optional<Refusal> checkReplace(JobStage stage, List<StepStatus> current) {
        if (stage.isTerminal() || StagePolicy.hasShipped(stage)) {
            return refuse("RouteFixedAfterShipment", "The route of a shipped or finished job does not change");
        }
        if (current.stream().anyMatch(status -> status != StepStatus.PENDING)) {
            return refuse("RouteFixedOnceStarted", "Work has started on this route; skip steps instead");
        }
        return Optional.empty();
    }

    /** A step starts when the job is released or in progress and every earlier step is done or skipped. */
    public static Optional<Refusal> checkStart(JobStage stage, List<StepStatus> route, int index) {
        if (stage != JobStage.RELEASED && stage != JobStage.IN_PROGRESS) {
            return refuse("WorkOnlyOnReleasedJobs", "Steps start only on a released job in progress");
        }
        if (route.get(index) != StepStatus.PENDING) {
            return refuse("StartOnlyPendingSteps", "This step is " + route.get(index).name().toLowerCase());
        }
        for (int earlier = 0; earlier < index; earlier++) {
            if (!route.get(earlier).isFinished()) {
                return refuse("StepsInOrder", "Step " + (earlier + 1) + " is not finished yet");
            }
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkFinish(StepStatus status, int good, int scrap) {
        if (status != StepStatus.RUNNING) {
            return refuse("FinishOnlyRunningSteps", "Only a running step can be finished");
        }
        if (good < 0 || scrap < 0) {
            return refuse("QuantitiesNotNegative", "Good and scrap quantities cannot be negative");
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkSkip(StepStatus status, String reason) {
        if (status != StepStatus.PENDING) {
            return refuse("SkipOnlyPendingSteps", "Only a step not yet started can be skipped");
        }
        if (reason == null || reason.isBlank()) {
            return refuse("SkipNeedsAReason", "Say why (field 'reason')");
        }
        return Optional.empty();
    }

    /** Share of the route done or skipped, 0 to 100; a job without a route has made no progress. */
    public static int progressPercent(List<StepStatus> route) {
        if (route.isEmpty()) {
            return 0;
        }
        long finished = route.stream().filter(StepStatus::isFinished).count();
        return (int) (finished * 100 / route.size());
    }

    /** A scan finishes the running step or starts the next pending one; with neither there is nothing to do. */
    public static Optional<Refusal> checkScan(List<StepStatus> route) {
        if (route.isEmpty()) {
            return refuse("NothingLeftToScan", "The job has no route yet");
        }
        return route.stream().anyMatch(status -> status == StepStatus.RUNNING || status == StepStatus.PENDING)
                ? Optional.empty() : refuse("NothingLeftToScan", "Every step of this route is finished");
    }

    private static Optional<Refusal> refuse(String rule, String explanation) {
        return Refusal.refuse(rule, explanation);
    }

    /** The parts that reach a step: the last finished step's good quantity, or the job's quantity at the start. */
    public static int incomingQuantity(int jobQuantity, List<Integer> goodOfEarlierSteps) {
        for (int i = goodOfEarlierSteps.size() - 1; i >= 0; i--) {
            if (goodOfEarlierSteps.get(i) != null) {
                return goodOfEarlierSteps.get(i);
            }
        }
        return jobQuantity;
    }
}
