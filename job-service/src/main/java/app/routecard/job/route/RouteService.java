package app.routecard.job.route;

import app.routecard.platform.service.rules.Refusal;
import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobService;
import app.routecard.job.jobs.Timeline;
import app.routecard.job.stage.StagePolicy;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Plans a job's route and works it step by step; the job's stage follows the route. */
@RequestScoped
public class RouteService {

    public record StepEvent(UUID jobId, String jobNumber, UUID stepId, int position, String name, String operator,
                            Integer goodQuantity, Integer scrapQuantity) {
    }

    /**
     * What the ERP books for an operation: quantities, the hours it took (start to finish) and, with the last
     * step, that the order is complete. Queued in the outbox, so an ERP or Kafka outage loses none.
     */
    public record ActualsEvent(UUID jobId, String jobNumber, String erpOrderId, UUID stepId, int position,
                               String operation, String workCenter, int goodQuantity, int scrapQuantity,
                               java.math.BigDecimal hours, OffsetDateTime completedAt, boolean orderComplete) {
        static ActualsEvent of(Job job, RouteStep step, boolean orderComplete) {
            java.math.BigDecimal hours = step.startedAt == null ? java.math.BigDecimal.ZERO
                    : java.math.BigDecimal.valueOf(java.time.Duration.between(step.startedAt, step.finishedAt)
                    .toSeconds()).divide(java.math.BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP);
            return new ActualsEvent(job.id, job.number, job.erpOrderId, step.id, step.position, step.name,
                    step.workCenter, step.goodQuantity, step.scrapQuantity, hours, step.finishedAt, orderComplete);
        }
    }

    private final JobService jobs;
    private final Timeline timeline;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public RouteService(JobService jobs, Timeline timeline, Outbox outbox, CurrentTenant tenant,
                        SecurityIdentity identity) {
        this.jobs = jobs;
        this.timeline = timeline;
        this.outbox = outbox;
        this.tenant = tenant;
        this.identity = identity;
    }

    @Transactional
    public RouteDtos.RouteView view(UUID jobId) {
        jobs.find(jobId);
        return view(jobId, steps(jobId));
    }

    @Transactional
    public RouteDtos.RouteView replace(UUID jobId, RouteDtos.NewRoute route) {
        Job job = jobs.lock(jobId);
        List<RouteStep> current = steps(jobId);
        Refusal.throwIfPresent(RoutePolicy.checkReplace(job.stage, current.stream().map(step -> step.status).toList()));
        current.forEach(RouteStep::delete);
        RouteStep.flush();
        int position = 1;
        for (RouteDtos.PlannedStep planned : route.steps()) {
            RouteStep step = new RouteStep();
            step.id = UUID.randomUUID();
            step.jobId = jobId;
            step.position = position++;
            step.name = planned.name().trim();
            step.workCenter = planned.workCenter();
            step.plannedHours = planned.plannedHours();
            step.instructions = planned.instructions();
            step.status = StepStatus.PENDING;
            step.persist();
        }
        timeline.record(job, "route planned with " + route.steps().size() + " steps", null);
        return view(jobId, steps(jobId));
    }

    @Transactional
    public RouteDtos.RouteView start(UUID jobId, UUID stepId) {
        Job job = jobs.lock(jobId);
        List<RouteStep> route = steps(jobId);
        int index = indexOf(route, stepId);
        Refusal.throwIfPresent(RoutePolicy.checkStart(job.stage, statuses(route), index));
        RouteStep step = route.get(index);
        step.status = StepStatus.RUNNING;
        step.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        step.operator = identity.getPrincipal().getName();
        StagePolicy.afterStepStarted(job.stage).ifPresent(next -> jobs.advance(job, next, "first step started"));
        timeline.record(job, "step " + step.position + " " + step.name + " started", null);
        publish("job.step.started", job, step);
        return view(jobId, route);
    }

    @Transactional
    public RouteDtos.RouteView finish(UUID jobId, UUID stepId, RouteDtos.Completion completion) {
        Job job = jobs.lock(jobId);
        List<RouteStep> route = steps(jobId);
        RouteStep step = route.get(indexOf(route, stepId));
        Refusal.throwIfPresent(RoutePolicy.checkFinish(step.status, completion.goodQuantity(),
                completion.scrapQuantity()));
        step.status = StepStatus.DONE;
        step.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        step.goodQuantity = completion.goodQuantity();
        step.scrapQuantity = completion.scrapQuantity();
        timeline.record(job, "step " + step.position + " " + step.name + " finished: " + step.goodQuantity
                + " good, " + step.scrapQuantity + " scrap", null);
        publish("job.step.completed", job, step);
        boolean routeDone = route.stream().allMatch(s -> s.status.isFinished());
        if (job.erpOrderId != null) {
            outbox.record(new IntegrationEvent("job.actuals.reported", job.id.toString(), tenant.id(),
                    ActualsEvent.of(job, step, routeDone)));
        }
        StagePolicy.afterStepFinished(job.stage, routeDone)
                .ifPresent(next -> jobs.advance(job, next, "last step finished"));
        return view(jobId, route);
    }

    @Transactional
    public RouteDtos.RouteView skip(UUID jobId, UUID stepId, String reason) {
        Job job = jobs.lock(jobId);
        List<RouteStep> route = steps(jobId);
        RouteStep step = route.get(indexOf(route, stepId));
        Refusal.throwIfPresent(RoutePolicy.checkSkip(step.status, reason));
        step.status = StepStatus.SKIPPED;
        step.skipReason = reason.trim();
        step.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        timeline.record(job, "step " + step.position + " " + step.name + " skipped", reason);
        return view(jobId, route);
    }

    /**
     * One scan of the route card does the obvious next thing: finish the running step, or start the next one.
     * Finishing without quantities counts every part that came into the step as good, less any scrap given.
     */
    @Transactional
    public RouteDtos.ScanResult scan(UUID jobId, RouteDtos.ScanInput input) {
        jobs.lock(jobId);
        List<RouteStep> route = steps(jobId);
        java.util.OptionalInt running = java.util.stream.IntStream.range(0, route.size())
                .filter(i -> route.get(i).status == StepStatus.RUNNING).findFirst();
        if (running.isPresent()) {
            RouteStep step = route.get(running.getAsInt());
            int scrap = input == null || input.scrapQuantity() == null ? 0 : input.scrapQuantity();
            int good = input != null && input.goodQuantity() != null ? input.goodQuantity()
                    : Math.max(0, RoutePolicy.incomingQuantity(jobs.find(jobId).quantity,
                    route.subList(0, running.getAsInt()).stream().map(s -> s.goodQuantity).toList()) - scrap);
            RouteDtos.RouteView view = finish(jobId, step.id, new RouteDtos.Completion(good, scrap));
            return new RouteDtos.ScanResult("finished", RouteDtos.StepView.of(step), jobs.find(jobId).stage, view);
        }
        Refusal.throwIfPresent(RoutePolicy.checkScan(statuses(route)));
        RouteStep next = route.stream().filter(s -> s.status == StepStatus.PENDING).findFirst().orElseThrow();
        RouteDtos.RouteView view = start(jobId, next.id);
        return new RouteDtos.ScanResult("started", RouteDtos.StepView.of(next), jobs.find(jobId).stage, view);
    }

    private void publish(String type, Job job, RouteStep step) {
        outbox.record(new IntegrationEvent(type, job.id.toString(), tenant.id(), new StepEvent(job.id, job.number,
                step.id, step.position, step.name, step.operator, step.goodQuantity, step.scrapQuantity)));
    }

    private static List<RouteStep> steps(UUID jobId) {
        return RouteStep.ofJob(jobId);
    }

    private static List<StepStatus> statuses(List<RouteStep> route) {
        return route.stream().map(step -> step.status).toList();
    }

    private static int indexOf(List<RouteStep> route, UUID stepId) {
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).id.equals(stepId)) {
                return i;
            }
        }
        throw new NotFoundException("No step " + stepId + " on this job");
    }

    private static RouteDtos.RouteView view(UUID jobId, List<RouteStep> route) {
        return new RouteDtos.RouteView(jobId, RoutePolicy.progressPercent(statuses(route)),
                route.stream().map(RouteDtos.StepView::of).toList());
    }
}
