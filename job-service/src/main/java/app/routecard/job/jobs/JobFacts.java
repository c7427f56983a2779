package app.routecard.job.jobs;

import app.routecard.job.route.RoutePolicy;
import app.routecard.job.route.StepStatus;
import app.routecard.job.schedule.SchedulePolicy;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a job list shows beside each job, read for a whole page in two grouped queries. */
public record JobFacts(long openBlockers, int progressPercent, BigDecimal remainingHours,
                      SchedulePolicy.Outlook outlook) {

    /** Per job id: its open blockers, route progress and remaining planned hours (row-level security applies). */
    static Map<UUID, JobFacts> read(EntityManager entityManager, Collection<Job> jobs, LocalDate today,
                                    int hoursPerDay) {
        if (jobs.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = jobs.stream().map(job -> job.id).toList();
        Map<UUID, Long> blockers = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("""
                        select job_id, count(*) from blocker where job_id in (:ids) and resolved_at is null
                        group by job_id""").setParameter("ids", ids).getResultList()) {
            Object[] columns = (Object[]) row;
            blockers.put((UUID) columns[0], ((Number) columns[1]).longValue());
        }
        Map<UUID, List<StepStatus>> statuses = new HashMap<>();
        Map<UUID, BigDecimal> remaining = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("""
                        select job_id, status, count(*), coalesce(sum(planned_hours), 0) from route_step
                        where job_id in (:ids) group by job_id, status""").setParameter("ids", ids).getResultList()) {
            Object[] columns = (Object[]) row;
            UUID job = (UUID) columns[0];
            StepStatus status = StepStatus.valueOf((String) columns[1]);
            statuses.computeIfAbsent(job, k -> new ArrayList<>())
                    .addAll(Collections.nCopies(((Number) columns[2]).intValue(), status));
            if (!status.isFinished()) {
                remaining.merge(job, new BigDecimal(columns[3].toString()), BigDecimal::add);
            }
        }
        Map<UUID, JobFacts> facts = new HashMap<>();
        for (Job job : jobs) {
            long open = blockers.getOrDefault(job.id, 0L);
            BigDecimal hours = remaining.getOrDefault(job.id, BigDecimal.ZERO);
            facts.put(job.id, new JobFacts(open, RoutePolicy.progressPercent(statuses.getOrDefault(job.id, List.of())),
                    hours, SchedulePolicy.judge(job.stage, job.dueDate, hours, open, today, hoursPerDay)));
        }
        return facts;
    }
}
