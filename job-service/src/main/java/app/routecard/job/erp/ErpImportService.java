package app.routecard.job.erp;

import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobService;
import app.routecard.job.route.RouteDtos;
import app.routecard.job.route.RouteService;
import app.routecard.job.stage.JobStage;
import app.routecard.job.stage.StagePolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Turns an ERP production order into a job, once: the ERP's order id is the idempotency key. */
@RequestScoped
public class ErpImportService {

    private final JobService jobs;
    private final RouteService routes;

    public ErpImportService(JobService jobs, RouteService routes) {
        this.jobs = jobs;
        this.routes = routes;
    }

    @Transactional
    public ErpDtos.Imported importOrder(ErpDtos.ProductionOrder order) {
        Optional<Job> existing = Job.<Job>find("erpOrderId", order.erpOrderId()).firstResultOptional();
        if (existing.isPresent()) {
            JobService.refuseIf(sameOrder(existing.get(), order));
            return new ErpDtos.Imported(false, jobs.view(existing.get()));
        }
        Job job = jobs.create(new JobService.JobDraft(order.customerName(), order.partNumber(), order.revision(),
                order.quantity(), order.dueDate(), order.priority(), null, order.specialInstructions(),
                order.erpOrderId(), null), "imported from ERP order " + order.erpOrderId());
        if (order.route() != null && !order.route().isEmpty()) {
            routes.replace(job.id, new RouteDtos.NewRoute(order.route()));
        }
        if (Boolean.TRUE.equals(order.release())) {
            jobs.advance(job, JobStage.RELEASED, "released by the ERP");
        }
        return new ErpDtos.Imported(true, jobs.view(job));
    }

    /**
     * A retry carries the same order; the same id with another part, revision, quantity or due date is a
     * different order the ERP reused an id for, and is refused rather than silently ignored.
     */
    static Optional<StagePolicy.Refusal> sameOrder(Job job, ErpDtos.ProductionOrder order) {
        List<String> differences = new ArrayList<>();
        if (!job.partNumber.equals(order.partNumber().trim())) {
            differences.add("partNumber");
        }
        if (!job.revision.equals(order.revision().trim())) {
            differences.add("revision");
        }
        if (!Objects.equals(job.quantity, order.quantity())) {
            differences.add("quantity");
        }
        if (!job.dueDate.equals(order.dueDate())) {
            differences.add("dueDate");
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(new StagePolicy.Refusal(
                "OneJobPerErpOrder", "ERP order " + order.erpOrderId() + " was imported as " + job.number
                + " with another " + String.join(", ", differences)));
    }
}
