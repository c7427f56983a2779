package app.routecard.job.jobs;

import app.routecard.job.blockers.Blocker;
import app.routecard.job.quality.QualityGate;
import app.routecard.job.schedule.SchedulePolicy;
import app.routecard.job.schedule.ScheduleSettings;
import io.quarkus.panache.common.Page;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import app.routecard.job.stage.JobStage;
import app.routecard.job.stage.StagePolicy;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.TenantCalendars;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Creates jobs and moves them between stages by the stage policy, with a timeline entry and an event each time. */
@RequestScoped
public class JobService {

    /** A stage change a named rule forbids. */
    public static final class StageRefused extends RuntimeException {
        private final StagePolicy.Refusal refusal;

        public StageRefused(StagePolicy.Refusal refusal) {
            super(refusal.explanation());
            this.refusal = refusal;
        }

        public StagePolicy.Refusal refusal() {
            return refusal;
        }
    }

    /** Throws the refusal a rule gave, if any: the endpoint answers 409 naming the rule. */
    public static void refuseIf(java.util.Optional<StagePolicy.Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new StageRefused(r);
        });
    }

    /** Milestones that are events of their own; job.shipped and job.delivered come from shipments, with dates. */
    private static final Map<JobStage, String> STAGE_EVENTS = Map.of(
            JobStage.RELEASED, "job.released",
            JobStage.CLOSED, "job.closed",
            JobStage.CANCELLED, "job.cancelled");

    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final ScheduleSettings schedule;
    private final TenantCalendars calendars;

    public JobService(EntityManager entityManager, CurrentTenant tenant, SecurityIdentity identity, Outbox outbox,
                      ScheduleSettings schedule, TenantCalendars calendars) {
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.identity = identity;
        this.outbox = outbox;
        this.schedule = schedule;
        this.calendars = calendars;
    }

    /** The job as the API shows it, with its blockers, progress and schedule outlook. */
    @Transactional
    public JobDtos.JobView view(Job job) {
        return views(List.of(job)).get(0);
    }

    @Transactional
    public List<JobDtos.JobView> views(List<Job> jobs) {
        Map<UUID, JobFacts> facts = JobFacts.read(entityManager, jobs, today(), schedule.hoursPerDay());
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

    /** Today in the shop's own time zone: a job due today is not late in the shop's afternoon. */
    public LocalDate today() {
        return calendars.today(tenant.id());
    }

    /** Now, at the shop's own UTC offset (so its date is the shop's date). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(calendars.zone(tenant.id()));
    }

    /** A date the caller sets for the future (a due date) must not be in the shop's past. */
    public void requireNotPast(String field, LocalDate date) {
        if (date != null && date.isBefore(today())) {
            throw new InvalidField(field, "must not be in the past");
        }
    }

    public record JobEvent(UUID jobId, String number, String stage, String reason, String partNumber, int quantity,
                           String dueDate) {
        static JobEvent of(Job job, String reason) {
            return new JobEvent(job.id, job.number, job.stage.name().toLowerCase(Locale.ROOT), reason,
                    job.partNumber, job.quantity, job.dueDate.toString());
        }
    }

    /** A job to create, from whichever door it came in: the API, an ERP order, an accepted quote. */
    public record JobDraft(String customerName, String partNumber, String revision, int quantity, LocalDate dueDate,
                           Priority priority, String owner, String specialInstructions, String erpOrderId,
                           UUID quoteId) {
    }

    @Transactional
    public Job create(JobDtos.NewJob request) {
        requireNotPast("dueDate", request.dueDate());
        return create(new JobDraft(request.customerName(), request.partNumber(), request.revision(),
                request.quantity(), request.dueDate(), request.priority(), request.owner(),
                request.specialInstructions(), null, null), null);
    }

    /** Creates the job with the next number of the year; {@code origin} says where it came from, in the timeline. */
    @Transactional
    public Job create(JobDraft draft, String origin) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.number = nextNumber(now.getYear());
        job.customerName = draft.customerName().trim();
        job.partNumber = draft.partNumber().trim();
        job.revision = draft.revision().trim();
        job.quantity = draft.quantity();
        job.dueDate = draft.dueDate();
        job.priority = draft.priority() == null ? Priority.NORMAL : draft.priority();
        job.owner = draft.owner();
        job.specialInstructions = draft.specialInstructions();
        job.erpOrderId = draft.erpOrderId();
        job.quoteId = draft.quoteId();
        job.stage = JobStage.PLANNED;
        job.createdAt = now;
        job.updatedAt = now;
        job.persist();
        timeline(job, "created as " + job.number + (origin == null ? "" : ", " + origin), null);
        outbox.record(new IntegrationEvent("job.created", job.id.toString(), tenant.id(), JobEvent.of(job, null)));
        return job;
    }

    @Transactional
    public Job changeStage(UUID id, JobDtos.StageChange change) {
        Job job = find(id);
        refuseIf(StagePolicy.checkManualMove(change.to()));
        long blockers = change.to() == JobStage.CLOSED ? Blocker.openOn(id) : 0;
        long failedFinal = change.to() == JobStage.CLOSED || change.to() == JobStage.READY_TO_SHIP
                ? QualityGate.failedFinalInspections(id) : 0;
        refuseIf(StagePolicy.checkGates(change.to(), blockers, failedFinal, change.overriding(), change.reason()));
        advance(job, change.to(), change.overriding() ? "override: " + change.reason() : change.reason());
        return job;
    }

    @Transactional
    public Job update(UUID id, JobDtos.JobChanges changes) {
        Job job = find(id);
        requireNotPast("dueDate", changes.dueDate());
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (changes.customerName() != null && !changes.customerName().isBlank()
                && !changes.customerName().trim().equals(job.customerName)) {
            job.customerName = changes.customerName().trim();
            changed.add("customer " + job.customerName);
        }
        if (changes.dueDate() != null && !changes.dueDate().equals(job.dueDate)) {
            changed.add("due date " + job.dueDate + " -> " + changes.dueDate());
            job.dueDate = changes.dueDate();
        }
        if (changes.priority() != null && changes.priority() != job.priority) {
            changed.add("priority " + job.priority.name().toLowerCase(Locale.ROOT) + " -> "
                    + changes.priority().name().toLowerCase(Locale.ROOT));
            job.priority = changes.priority();
        }
        if (changes.owner() != null) {
            String owner = changes.owner().isBlank() ? null : changes.owner().trim();
            if (!java.util.Objects.equals(owner, job.owner)) {
                changed.add(owner == null ? "owner cleared" : "owner " + owner);
                job.owner = owner;
            }
        }
        if (changes.specialInstructions() != null
                && !changes.specialInstructions().equals(job.specialInstructions)) {
            job.specialInstructions = changes.specialInstructions().isBlank() ? null
                    : changes.specialInstructions();
            changed.add("special instructions updated");
        }
        if (!changed.isEmpty()) {
            job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            timeline(job, String.join("; ", changed), changes.reason());
        }
        return job;
    }

    @Transactional
    public Job releaseFiles(UUID id, java.util.List<ReleasedFile> files) {
        Job job = find(id);
        job.releasedFiles = new java.util.ArrayList<>(files);
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        timeline(job, "released files: " + (files.isEmpty() ? "none" : String.join(", ",
                files.stream().map(f -> f.name() + (f.revision() == null ? "" : " rev " + f.revision())).toList())),
                null);
        return job;
    }

    /** Moves the job if the stage policy allows it, with a timeline entry and, for milestones, an event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(Job job, JobStage to, String reason) {
        StagePolicy.check(job.stage, job.heldFrom, to, reason).ifPresent(refusal -> {
            throw new StageRefused(refusal);
        });
        JobStage from = job.stage;
        if (to == JobStage.ON_HOLD) {
            job.heldFrom = from;
        } else if (from == JobStage.ON_HOLD) {
            job.heldFrom = null;
        }
        job.stage = to;
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        timeline(job, "stage " + from.name().toLowerCase(Locale.ROOT) + " -> "
                + to.name().toLowerCase(Locale.ROOT), reason);
        String type = STAGE_EVENTS.get(to);
        if (type != null) {
            outbox.record(new IntegrationEvent(type, job.id.toString(), tenant.id(), JobEvent.of(job, reason)));
        }
    }

    /** The job, if it is the caller's tenant's; Hibernate's tenant filter and RLS make others "not found". */
    public Job find(UUID id) {
        Job job = Job.findById(id);
        if (job == null) {
            throw new NotFoundException("No job " + id);
        }
        return job;
    }

    private String nextNumber(int year) {
        return nextNumber("J", year);
    }

    /** The next number of a series (J for jobs, Q for quotes) for the caller's tenant, e.g. J-2026-0042. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextNumber(String series, int year) {
        Number value = (Number) entityManager.createNativeQuery("""
                        insert into job_counter (tenant_id, series, year, last_value)
                        values (:tenant, :series, :year, 1)
                        on conflict (tenant_id, series, year) do update set last_value = job_counter.last_value + 1
                        returning last_value""")
                .setParameter("tenant", tenant.id())
                .setParameter("series", series)
                .setParameter("year", year)
                .getSingleResult();
        return String.format(Locale.ROOT, "%s-%d-%04d", series, year, value.intValue());
    }

    /** Adds a line to the job's timeline, by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void timeline(Job job, String what, String why) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.jobId = job.id;
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = identity.getPrincipal().getName();
        entry.what = what;
        entry.why = why;
        entry.persist();
    }
}
