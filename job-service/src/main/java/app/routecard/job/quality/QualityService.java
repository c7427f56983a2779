package app.routecard.job.quality;

import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobSequences;
import app.routecard.job.jobs.JobService;
import app.routecard.job.jobs.Timeline;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.job.route.RouteStep;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Records inspections, opens NCRs for failed ones and records their disposition, each in the job's timeline. */
@RequestScoped
public class QualityService {

    private final JobService jobs;
    private final JobSequences sequences;
    private final Timeline timeline;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public QualityService(JobService jobs, JobSequences sequences, Timeline timeline, Outbox outbox,
                          CurrentTenant tenant, SecurityIdentity identity) {
        this.jobs = jobs;
        this.sequences = sequences;
        this.timeline = timeline;
        this.outbox = outbox;
        this.tenant = tenant;
        this.identity = identity;
    }

    @Transactional
    public QualityDtos.InspectionView record(UUID jobId, QualityDtos.NewInspection request) {
        Job job = jobs.find(jobId);
        RouteStep.requireOnJob(request.stepId(), jobId);
        List<java.math.BigDecimal> measured = request.measured() == null ? List.of() : request.measured();
        QualityPolicy.Judgement judgement = QualityPolicy.judge(request.nominal(), request.toleranceMinus(),
                request.tolerancePlus(), measured, request.result());
        if (!judgement.valid()) {
            throw new InvalidField(judgement.invalidField(), judgement.problem());
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.jobId = jobId;
        inspection.stepId = request.stepId();
        inspection.kind = request.kind();
        inspection.characteristic = request.characteristic().trim();
        inspection.nominal = request.nominal();
        inspection.toleranceMinus = request.toleranceMinus();
        inspection.tolerancePlus = request.tolerancePlus();
        inspection.unit = request.unit();
        inspection.measured = measured;
        inspection.passed = judgement.verdict() == Verdict.PASS;
        inspection.inspector = identity.getPrincipal().getName();
        inspection.note = request.note();
        inspection.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        inspection.persist();
        timeline.record(job, name(inspection.kind) + " inspection of " + inspection.characteristic + ": "
                + judgement.verdict(), inspection.note);
        outbox.record(new IntegrationEvent("job.inspection.recorded", jobId.toString(), tenant.id(),
                new QualityDtos.InspectionEvent(jobId, job.number, inspection.id, inspection.stepId,
                        name(inspection.kind), inspection.characteristic, judgement.verdict().name(),
                        measured.size(), inspection.inspector)));
        return QualityDtos.InspectionView.of(inspection, null);
    }

    @Transactional
    public Paged<QualityDtos.InspectionView> inspections(UUID jobId, InspectionKind kind, Verdict result,
                                                         ListWindow window) {
        jobs.find(jobId);
        StringBuilder where = new StringBuilder("jobId = :job");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("job", jobId));
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (result != null) {
            where.append(" and passed = :passed");
            parameters.put("passed", result == Verdict.PASS);
        }
        Map<UUID, UUID> ncrByInspection = Ncr.<Ncr>list("jobId = ?1 and origin = ?2", jobId, NcrOrigin.INSPECTION)
                .stream().collect(Collectors.toMap(ncr -> ncr.inspectionId, ncr -> ncr.id));
        return Paged.of(Inspection.<Inspection>find(where.toString(),
                        window.sort("recordedAt", Sort.Direction.Descending, "id"), parameters), window,
                inspection -> QualityDtos.InspectionView.of(inspection, ncrByInspection.get(inspection.id)));
    }

    @Transactional
    public QualityDtos.NcrView open(UUID jobId, QualityDtos.NewNcr request) {
        Job job = jobs.lock(jobId);
        if (request.disposition() != null && !identity.hasRole("shop_admin")) {
            throw new jakarta.ws.rs.ForbiddenException("Only a shop admin decides a disposition");
        }
        Inspection inspection = Inspection.find("id = ?1 and jobId = ?2", request.inspectionId(), jobId)
                .firstResult();
        if (inspection == null) {
            throw new InvalidField("inspectionId", "is not an inspection of this job");
        }
        Refusal.throwIfPresent(QualityPolicy.checkOpenNcr(inspection.passed,
                Ncr.count("inspectionId", inspection.id) > 0));
        int sequence = sequences.next(jobId, JobSequences.Kind.NCR);
        Ncr ncr = new Ncr();
        ncr.id = UUID.randomUUID();
        ncr.jobId = jobId;
        ncr.inspectionId = inspection.id;
        ncr.sequence = sequence;
        ncr.number = job.number + "-N" + sequence;
        ncr.description = request.description().trim();
        ncr.quantity = request.quantity();
        ncr.openedBy = identity.getPrincipal().getName();
        ncr.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        ncr.persist();
        timeline.record(job, "NCR " + ncr.number + " opened for " + inspection.characteristic + " (" + ncr.quantity
                + " pcs)", ncr.description);
        outbox.record(new IntegrationEvent("job.ncr.opened", jobId.toString(), tenant.id(),
                new QualityDtos.NcrEvent(jobId, job.number, ncr.id, ncr.number, ncr.origin.name(), inspection.id,
                        ncr.description, ncr.quantity,
                        request.disposition() == null ? null : request.disposition().name())));
        if (request.disposition() != null) {
            decide(job, ncr, new QualityDtos.DispositionDecision(request.disposition(), request.dispositionNote()));
        }
        return QualityDtos.NcrView.of(ncr);
    }

    /**
     * Opens the NCR for parts a marketplace buyer sent back (once per return: a repeated one answers false), in the
     * caller's transaction and the shop's tenant; the shop decides its disposition like any other.
     */
    public boolean openForCustomerReturn(Job job, UUID returnId, int quantity, String description, String by,
                                         OffsetDateTime at) {
        if (Ncr.count("customerReturnId", returnId) > 0) {
            return false;
        }
        int sequence = sequences.next(job.id, JobSequences.Kind.NCR);
        Ncr ncr = new Ncr();
        ncr.id = UUID.randomUUID();
        ncr.jobId = job.id;
        ncr.origin = NcrOrigin.CUSTOMER_RETURN;
        ncr.customerReturnId = returnId;
        ncr.sequence = sequence;
        ncr.number = job.number + "-N" + sequence;
        ncr.description = description;
        ncr.quantity = quantity;
        ncr.openedBy = by;
        ncr.openedAt = at;
        ncr.persist();
        timeline.record(job, "NCR " + ncr.number + " opened: the customer returned " + quantity + " pcs",
                description);
        outbox.record(new IntegrationEvent("job.ncr.opened", job.id.toString(), tenant.id(),
                new QualityDtos.NcrEvent(job.id, job.number, ncr.id, ncr.number, ncr.origin.name(), null,
                        ncr.description, ncr.quantity, null)));
        return true;
    }

    @Transactional
    public Paged<QualityDtos.NcrView> ncrs(UUID jobId, Boolean open, ListWindow window) {
        jobs.find(jobId);
        String query = open == null ? "jobId = ?1" : open ? "jobId = ?1 and disposition is null"
                : "jobId = ?1 and disposition is not null";
        return Paged.of(Ncr.<Ncr>find(query, window.sort("sequence", Sort.Direction.Ascending, "id"), jobId), window,
                QualityDtos.NcrView::of);
    }

    @Transactional
    public QualityDtos.NcrView disposition(UUID jobId, UUID ncrId, QualityDtos.DispositionDecision decision) {
        Job job = jobs.lock(jobId);
        Ncr ncr = Ncr.find("id = ?1 and jobId = ?2", ncrId, jobId).firstResult();
        if (ncr == null) {
            throw new NotFoundException("No NCR " + ncrId + " on this job");
        }
        decide(job, ncr, decision);
        return QualityDtos.NcrView.of(ncr);
    }

    private void decide(Job job, Ncr ncr, QualityDtos.DispositionDecision decision) {
        Refusal.throwIfPresent(QualityPolicy.checkDisposition(ncr.disposition));
        ncr.disposition = decision.disposition();
        ncr.dispositionNote = decision.note();
        ncr.dispositionedBy = identity.getPrincipal().getName();
        ncr.dispositionedAt = OffsetDateTime.now(ZoneOffset.UTC);
        timeline.record(job, "NCR " + ncr.number + " dispositioned " + name(ncr.disposition), decision.note());
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
