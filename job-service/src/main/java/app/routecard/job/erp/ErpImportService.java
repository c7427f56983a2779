package app.routecard.job.erp;

import app.routecard.platform.service.rules.Refusal;
import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobService;
import app.routecard.job.jobs.JobSearch;
import app.routecard.job.route.RouteDtos;
import app.routecard.job.route.RouteService;
import app.routecard.job.stage.JobStage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Turns an ERP production order into a job, once: the ERP's order id is the idempotency key. */
@RequestScoped
public class ErpImportService {

    private final JobService jobs;
    private final JobSearch search;
    private final RouteService routes;

    public ErpImportService(JobService jobs, JobSearch search, RouteService routes) {
        this.jobs = jobs;
        this.search = search;
        this.routes = routes;
    }

    @Transactional
    public ErpDtos.Imported importOrder(ErpDtos.ProductionOrder order) {
        Optional<Job> existing = Job.<Job>find("erpOrderId", order.erpOrderId()).firstResultOptional();
        if (existing.isPresent()) {
            Refusal.throwIfPresent(ErpOrderPolicy.checkRetry(order.erpOrderId(), existing.get().number,
                    contentOf(existing.get()), contentOf(order)));
            return new ErpDtos.Imported(false, search.view(existing.get()));
        }
        Job job = jobs.create(new JobService.JobDraft(order.customerName(), order.partNumber(), order.revision(),
                order.quantity(), order.dueDate(), order.priority(), null, order.specialInstructions(),
                order.erpOrderId(), null, null, null), "imported from ERP order " + order.erpOrderId());
        if (order.route() != null && !order.route().isEmpty()) {
            routes.replace(job.id, new RouteDtos.NewRoute(order.route()));
        }
        if (Boolean.TRUE.equals(order.release())) {
            jobs.advance(job, JobStage.RELEASED, "released by the ERP");
        }
        return new ErpDtos.Imported(true, search.view(job));
    }

    private static ErpOrderPolicy.OrderContent contentOf(Job job) {
        return new ErpOrderPolicy.OrderContent(job.partNumber, job.revision, job.quantity, job.dueDate);
    }

    private static ErpOrderPolicy.OrderContent contentOf(ErpDtos.ProductionOrder order) {
        return new ErpOrderPolicy.OrderContent(order.partNumber(), order.revision(), order.quantity(),
                order.dueDate());
    }
}
