package app.routecard.job.shipping;

import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobSequences;
import app.routecard.job.jobs.JobService;
import app.routecard.job.jobs.ShopClock;
import app.routecard.job.jobs.Timeline;
import app.routecard.job.stage.JobStage;
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
import java.util.UUID;

/** Records shipments and deliveries; the job becomes shipped and delivered from them, never by hand. */
@RequestScoped
public class ShipmentService {

    private final JobService jobs;
    private final JobSequences sequences;
    private final Timeline timeline;
    private final ShopClock clock;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    public ShipmentService(JobService jobs, JobSequences sequences, Timeline timeline, ShopClock clock, Outbox outbox,
                           CurrentTenant tenant, SecurityIdentity identity) {
        this.jobs = jobs;
        this.sequences = sequences;
        this.timeline = timeline;
        this.clock = clock;
        this.outbox = outbox;
        this.tenant = tenant;
        this.identity = identity;
    }

    @Transactional
    public ShipmentDtos.ShipmentView ship(UUID jobId, ShipmentDtos.NewShipment request) {
        Job job = jobs.lock(jobId);
        List<Shipment> before = shipments(jobId);
        int shippedBefore = before.stream().mapToInt(s -> s.quantity).sum();
        Refusal.throwIfPresent(ShipmentPolicy.checkShip(job.stage, job.quantity, shippedBefore, request.quantity()));
        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.jobId = jobId;
        shipment.sequence = sequences.next(jobId, JobSequences.Kind.SHIPMENT);
        shipment.quantity = request.quantity();
        shipment.carrier = request.carrier();
        shipment.trackingNumber = request.trackingNumber();
        shipment.shippedAt = request.shippedAt() == null ? clock.now() : request.shippedAt();
        shipment.onTime = ShipmentPolicy.onTime(shipment.shippedAt, job.dueDate);
        shipment.proofFileIds = request.proofFileIds() == null ? List.of() : List.copyOf(request.proofFileIds());
        shipment.recordedBy = identity.getPrincipal().getName();
        int shipped = shippedBefore + shipment.quantity;
        boolean complete = ShipmentPolicy.completesTheJob(job.quantity, shipped,
                Boolean.TRUE.equals(request.finalShipment()));
        shipment.finalShipment = complete;
        shipment.persist();
        timeline.record(job, "shipment " + shipment.sequence + ": " + shipment.quantity + " pcs"
                + (shipment.carrier == null ? "" : " via " + shipment.carrier)
                + (shipment.trackingNumber == null ? "" : " (" + shipment.trackingNumber + ")")
                + (shipment.onTime ? ", on time" : ", late"), null);
        if (complete) {
            jobs.advance(job, JobStage.SHIPPED, shipped < job.quantity
                    ? "shipped short: " + shipped + " of " + job.quantity : "all " + shipped + " shipped");
        }
        outbox.record(new IntegrationEvent("job.shipped", jobId.toString(), tenant.id(),
                new ShipmentDtos.ShippedEvent(jobId, job.number, shipment.id, shipment.quantity, shipped,
                        job.quantity, complete, shipment.carrier, shipment.trackingNumber, shipment.shippedAt,
                        job.dueDate, shipment.onTime, stageName(job))));
        return ShipmentDtos.ShipmentView.of(shipment);
    }

    @Transactional
    public ShipmentDtos.ShipmentView delivered(UUID jobId, UUID shipmentId, ShipmentDtos.Delivery delivery) {
        Job job = jobs.lock(jobId);
        List<Shipment> all = shipments(jobId);
        Shipment shipment = all.stream().filter(s -> s.id.equals(shipmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No shipment " + shipmentId + " on this job"));
        Refusal.throwIfPresent(ShipmentPolicy.checkDelivery(shipment.deliveredAt));
        OffsetDateTime deliveredAt = delivery == null || delivery.deliveredAt() == null
                ? clock.now() : delivery.deliveredAt();
        if (deliveredAt.isBefore(shipment.shippedAt)) {
            throw new InvalidField("deliveredAt", "is before the shipment left (" + shipment.shippedAt + ")");
        }
        shipment.deliveredAt = deliveredAt;
        shipment.deliveryRecordedBy = identity.getPrincipal().getName();
        timeline.record(job, "shipment " + shipment.sequence + " delivered", null);
        if (job.stage == JobStage.SHIPPED && all.stream().allMatch(s -> s.deliveredAt != null)) {
            jobs.advance(job, JobStage.DELIVERED, "every shipment delivered");
        }
        outbox.record(new IntegrationEvent("job.delivered", jobId.toString(), tenant.id(),
                new ShipmentDtos.DeliveredEvent(jobId, job.number, shipment.id, shipment.quantity,
                        shipment.shippedAt, deliveredAt, job.dueDate, shipment.onTime, stageName(job))));
        return ShipmentDtos.ShipmentView.of(shipment);
    }

    @Transactional
    public ShipmentDtos.ShippingSummary summary(UUID jobId) {
        Job job = jobs.find(jobId);
        List<Shipment> all = shipments(jobId);
        return summary(job, all);
    }

    /** The job's shipping in one view; on time is the last shipment's judgement once the job has shipped. */
    public static ShipmentDtos.ShippingSummary summary(Job job, List<Shipment> all) {
        Boolean onTime = all.stream().filter(s -> s.finalShipment).map(s -> s.onTime).findFirst().orElse(null);
        return new ShipmentDtos.ShippingSummary(job.id, job.quantity, all.stream().mapToInt(s -> s.quantity).sum(),
                job.dueDate, onTime, all.stream().map(ShipmentDtos.ShipmentView::of).toList());
    }

    public static List<Shipment> shipments(UUID jobId) {
        return Shipment.list("jobId", Sort.ascending("sequence"), jobId);
    }

    private static String stageName(Job job) {
        return job.stage.name().toLowerCase(Locale.ROOT);
    }
}
