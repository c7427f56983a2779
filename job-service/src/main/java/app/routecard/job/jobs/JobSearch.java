package app.routecard.job.jobs;

import app.routecard.job.schedule.SchedulePolicy;
import app.routecard.job.schedule.ScheduleSettings;
import app.routecard.platform.service.problem.InvalidField;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The shop's job lists and the job as the API shows it, with blockers, progress and schedule outlook. */
@RequestScoped
public class JobSearch {

    private final EntityManager entityManager;
    private final ScheduleSettings schedule;
    private final ShopClock clock;

    public JobSearch(EntityManager entityManager, ScheduleSettings schedule, ShopClock clock) {
        this.entityManager = entityManager;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The job as the API shows it, with its blockers, progress and schedule outlook. */
    @Transactional
    public JobDtos.JobView view(Job job) {
        return views(List.of(job)).get(0);
    }

    @Transactional
    public List<JobDtos.JobView> views(List<Job> jobs) {
        Map<UUID, JobFacts> facts = JobFacts.read(entityManager, jobs, clock.today(), schedule.hoursPerDay());
        return jobs.stream().map(job -> JobDtos.JobView.of(job, facts.get(job.id))).toList();
    }

    /**
     * The job list. Late and at-risk are judged by the schedule policy in Java, so those two filters read the
     * shop's unfinished jobs that match the other filters and page the result here.
     */
    @Transactional
    public JobDtos.JobPage search(JobDtos.JobQuery query) {
        if (query.dueFrom() != null && query.dueTo() != null && query.dueTo().isBefore(query.dueFrom())) {
            throw new InvalidField("dueTo", "is before dueFrom");
        }
        StringBuilder where = new StringBuilder("from Job j where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.stages() != null && !query.stages().isEmpty()) {
            where.append(" and j.stage in :stages");
            parameters.put("stages", query.stages());
        }
        if (query.owner() != null && !query.owner().isBlank()) {
            where.append(" and j.owner = :owner");
            parameters.put("owner", query.owner().trim());
        }
        if (query.dueFrom() != null) {
            where.append(" and j.dueDate >= :dueFrom");
            parameters.put("dueFrom", query.dueFrom());
        }
        if (query.dueTo() != null) {
            where.append(" and j.dueDate <= :dueTo");
            parameters.put("dueTo", query.dueTo());
        }
        if (query.blocked() != null) {
            where.append(query.blocked() ? " and" : " and not").append(
                    " exists (select 1 from Blocker b where b.jobId = j.id and b.resolvedAt is null)");
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(j.number) like :text" + TextSearch.ESCAPE + " or lower(j.customerName) like :text"
                    + TextSearch.ESCAPE + " or lower(j.partNumber) like :text" + TextSearch.ESCAPE + ")");
            parameters.put("text", TextSearch.containsPattern(query.text()));
        }
        boolean judged = query.late() != null || query.atRisk() != null;
        if (judged) {
            where.append(" and j.stage not in :finished");
            parameters.put("finished", SchedulePolicy.finishedStages());
        }
        String ordered = where + " order by " + JobOrder.orderBy(query.sort());
        var found = Job.<Job>find(ordered, parameters);
        if (!judged) {
            List<JobDtos.JobView> items = views(found.page(Page.of(query.page(), query.size())).list());
            return new JobDtos.JobPage(items, query.page(), query.size(), found.count());
        }
        List<JobDtos.JobView> matching = views(found.list()).stream()
                .filter(view -> query.late() == null || view.late() == query.late())
                .filter(view -> query.atRisk() == null || view.atRisk() == query.atRisk())
                .toList();
        int from = Math.min(matching.size(), query.page() * query.size());
        return new JobDtos.JobPage(matching.subList(from, Math.min(matching.size(), from + query.size())),
                query.page(), query.size(), matching.size());
    }
}
