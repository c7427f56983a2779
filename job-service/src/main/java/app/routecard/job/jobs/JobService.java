package app.routecard.job.jobs;

import app.routecard.platform.tenancy.NumberSeries;
import app.routecard.job.blockers.Blocker;
import app.routecard.job.quality.QualityGate;
import app.routecard.job.stage.JobStage;
import app.routecard.job.stage.StagePolicy;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Creates jobs and moves them between stages by the stage policy, with a timeline entry and an event each time. */
@RequestScoped
public class JobService {

    /** Milestones that are events of their own; job.shipped and job.delivered come from shipments, with dates. */
    private static final Map<JobStage, String> STAGE_EVENTS = Map.of(
            JobStage.RELEASED, "job.released",
            JobStage.CLOSED, "job.closed",
            JobStage.CANCELLED, "job.cancelled");

    private final CurrentTenant tenant;
    private final Outbox outbox;
    private final ShopClock clock;
    private final NumberSeries numbers;
    private final Timeline timeline;

    public JobService(CurrentTenant tenant, Outbox outbox, ShopClock clock, NumberSeries numbers,
                      Timeline timeline) {
        this.tenant = tenant;
        this.outbox = outbox;
        this.clock = clock;
        this.numbers = numbers;
        this.timeline = timeline;
    }

    /** A stage milestone's event; {@code owner}: who in the shop answers for the job (told of its deadlines). */
    public record JobEvent(UUID jobId, String number, String stage, String reason, String partNumber, int quantity,
                           String dueDate, String owner) {
        static JobEvent of(Job job, String reason) {
            return new JobEvent(job.id, job.number, job.stage.name().toLowerCase(Locale.ROOT), reason,
                    job.partNumber, job.quantity, job.dueDate.toString(), job.owner);
        }
    }

    /** A job to create, from whichever door it came in: the API, an ERP order, an accepted quote. */
    public record JobDraft(String customerName, String partNumber, String revision, int quantity, LocalDate dueDate,
                           Priority priority, String owner, String specialInstructions, String erpOrderId,
                           UUID quoteId, UUID marketplaceAwardId, UUID marketplaceRfqId) {
    }

    /** What {@code job.created} says: a job's facts, and the marketplace award it was created for, if any. */
    public record JobCreated(UUID jobId, String number, String stage, String reason, String partNumber, int quantity,
                             String dueDate, UUID awardId, String owner) {
    }

    @Transactional
    public Job create(JobDtos.NewJob request) {
        clock.requireNotPast("dueDate", request.dueDate());
        return create(new JobDraft(request.customerName(), request.partNumber(), request.revision(),
                request.quantity(), request.dueDate(), request.priority(), request.owner(),
                request.specialInstructions(), null, null, null, null), null);
    }

    /** Creates the job with the next number of the year; {@code origin} says where it came from, in the timeline. */
    @Transactional
    public Job create(JobDraft draft, String origin) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.number = numbers.next("J", now.getYear());
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
        job.marketplaceAwardId = draft.marketplaceAwardId();
        job.marketplaceRfqId = draft.marketplaceRfqId();
        job.stage = JobStage.PLANNED;
        job.createdAt = now;
        job.updatedAt = now;
        job.persist();
        timeline.record(job, "created as " + job.number + (origin == null ? "" : ", " + origin), null);
        outbox.record(new IntegrationEvent("job.created", job.id.toString(), tenant.id(), new JobCreated(job.id,
                job.number, job.stage.name().toLowerCase(Locale.ROOT), null, job.partNumber, job.quantity,
                job.dueDate.toString(), job.marketplaceAwardId, job.owner)));
        return job;
    }

    @Transactional
    public Job changeStage(UUID id, JobDtos.StageChange change) {
        Job job = lock(id);
        Refusal.throwIfPresent(StagePolicy.checkManualMove(change.to()));
        long blockers = change.to() == JobStage.CLOSED ? Blocker.openOn(id) : 0;
        long failedFinal = change.to() == JobStage.CLOSED || change.to() == JobStage.READY_TO_SHIP
                ? QualityGate.failedFinalInspections(id) : 0;
        Refusal.throwIfPresent(StagePolicy.checkGates(change.to(), blockers, failedFinal, change.overriding(),
                change.reason()));
        advance(job, change.to(), change.overriding() ? "override: " + change.reason() : change.reason());
        return job;
    }

    @Transactional
    public Job update(UUID id, JobDtos.JobChanges changes) {
        Job job = find(id);
        clock.requireNotPast("dueDate", changes.dueDate());
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
            timeline.record(job, String.join("; ", changed), changes.reason());
        }
        return job;
    }

    @Transactional
    public Job releaseFiles(UUID id, java.util.List<ReleasedFile> files) {
        Job job = find(id);
        job.releasedFiles = new java.util.ArrayList<>(files);
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        timeline.record(job, "released files: " + (files.isEmpty() ? "none" : String.join(", ",
                files.stream().map(f -> f.name() + (f.revision() == null ? "" : " rev " + f.revision())).toList())),
                null);
        return job;
    }

    /** Moves the job if the stage policy allows it, with a timeline entry and, for milestones, an event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(Job job, JobStage to, String reason) {
        Refusal.throwIfPresent(StagePolicy.check(job.stage, job.heldFrom, to, reason));
        JobStage from = job.stage;
        job.heldFrom = StagePolicy.heldFromAfter(from, to, job.heldFrom);
        job.stage = to;
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        timeline.record(job, "stage " + from.name().toLowerCase(Locale.ROOT) + " -> "
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

    /**
     * The job, locked for the rest of the transaction: changes that count what the job already has (shipped
     * quantity, NCR and shipment numbers, open steps) run one after another per job, never side by side, so
     * concurrent requests cannot ship more than ordered or take the same number.
     */
    public Job lock(UUID id) {
        Job job = Job.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new NotFoundException("No job " + id);
        }
        return job;
    }
}
