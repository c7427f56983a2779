package app.routecard.marketplace.scoring;

import app.routecard.platform.inbox.BatchEventHandler;
import app.routecard.platform.inbox.InboxEvent;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantCalendars;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the job and marketplace events that judge a supplier into observations ({@link ObservationPolicy}):
 * a marketplace job's completing shipment (on time?), a buyer's receipt (accepted share) and return (a failure: an
 * NCR the buyer raised after accepting the parts), an offer answered or
 * expired and an award acknowledged (within the response target?) or reported unacknowledged when the target
 * passed (missed; a later acknowledgement does not undo it, being later). Everything judged comes from the event itself,
 * so a replay judges the same; the inbox makes a redelivered event a no-op, and the earliest answer about a subject
 * wins, so a late older event gives the in-order result.
 */
@ApplicationScoped
public class ScoringFollower implements BatchEventHandler {

    static final String NAME = "marketplace-service.scoring";

    private final Scorecards scorecards;
    private final ScoringSettingsSource settings;
    private final TenantCalendars calendars;
    private final EntityManager entities;

    public ScoringFollower(Scorecards scorecards, ScoringSettingsSource settings, TenantCalendars calendars,
                           EntityManager entities) {
        this.scorecards = scorecards;
        this.settings = settings;
        this.calendars = calendars;
        this.entities = entities;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of("routecard.job", "routecard.marketplace");
    }

    @Override
    public boolean handles(String type) {
        return switch (type) {
            case "job.shipped", "marketplace.offer.declined", "marketplace.offer.countered",
                 "marketplace.quote.submitted", "marketplace.offer.expired", "marketplace.award.acknowledged",
                 "marketplace.award.unacknowledged", "marketplace.receipt.recorded",
                 "marketplace.return.recorded" -> true;
            default -> false;
        };
    }

    @Override
    public String allTenantsReason() {
        return "an observation from either side of an order lands in the supplier's tenant";
    }

    /**
     * A poll's events: their observations stored, and each supplier they judge scored once. The awards behind the
     * poll's shipments are read in one query, not one per shipment.
     */
    @Override
    public void handleAll(List<InboxEvent> events) {
        ObservationPolicy policy = new ObservationPolicy(settings.current());
        Awards awards = awardsOf(events);
        List<Observation> observations = new ArrayList<>();
        for (InboxEvent event : events) {
            observation(event, awards, policy).ifPresent(observations::add);
        }
        scorecards.observeAll(observations);
    }

    /** The terms of the award that made a job: the buyer and the ship date promised. */
    public record AwardTerms(String buyerTenantId, LocalDate promisedShipDate) {
    }

    /** Finds the award that made a shop's job, if a marketplace award made it. */
    @FunctionalInterface
    public interface Awards {
        Optional<AwardTerms> of(String shopTenantId, UUID jobId);
    }

    Optional<Observation> observation(InboxEvent event) {
        return observation(event, this::award, new ObservationPolicy(settings.current()));
    }

    /**
     * What the event says about a supplier, if anything, judged by {@code policy}; {@code awards} tells which jobs
     * are marketplace orders.
     */
    public Optional<Observation> observation(InboxEvent event, Awards awards, ObservationPolicy policy) {
        JsonNode data = event.data();
        String id = event.id().toString();
        return switch (event.type()) {
            case "marketplace.offer.declined" -> Optional.of(answer(event, policy, "declinedAt"));
            case "marketplace.offer.countered" -> Optional.of(answer(event, policy, "counteredAt"));
            case "marketplace.quote.submitted" -> Optional.of(answer(event, policy, "submittedAt"));
            case "marketplace.offer.expired" -> Optional.of(new Observation(event.tenantId(),
                    Dimension.RESPONSIVENESS, 0, instant(data, "expiredAt"), id, data.path("buyerTenantId").asText(),
                    "offer:" + data.path("offerId").asText()));
            case "marketplace.award.acknowledged" -> Optional.of(new Observation(event.tenantId(),
                    Dimension.RESPONSIVENESS,
                    policy.responsive(instant(data, "awardedAt"), instant(data, "acknowledgedAt")),
                    instant(data, "acknowledgedAt"), id, data.path("buyerTenantId").asText(),
                    "award:" + data.path("awardId").asText()));
            case "marketplace.award.unacknowledged" -> Optional.of(new Observation(event.tenantId(),
                    Dimension.RESPONSIVENESS, 0, instant(data, "dueAt"), id, data.path("buyerTenantId").asText(),
                    "award:" + data.path("awardId").asText()));
            case "marketplace.receipt.recorded" -> {
                var share = policy.quality(data.path("received").asInt(), data.path("accepted").asInt());
                yield share.isEmpty() ? Optional.empty() : Optional.of(new Observation(
                        data.path("supplierTenantId").asText(), Dimension.QUALITY, share.getAsDouble(),
                        instant(data, "recordedAt"), id, event.tenantId(),
                        "receipt:" + data.path("receiptId").asText()));
            }
            case "marketplace.return.recorded" -> Optional.of(new Observation(event.tenantId(), Dimension.QUALITY, 0,
                    instant(data, "recordedAt"), id, data.path("buyerTenantId").asText(),
                    "return:" + data.path("returnId").asText()));
            case "job.shipped" -> shipped(event, policy, awards);
            default -> Optional.empty();
        };
    }

    /** An offer answered (quote, decline or counter): responsive if within the target of its offering. */
    private static Observation answer(InboxEvent event, ObservationPolicy policy, String answeredField) {
        JsonNode data = event.data();
        Instant answered = instant(data, answeredField);
        return new Observation(event.tenantId(), Dimension.RESPONSIVENESS,
                policy.responsive(instant(data, "offeredAt"), answered), answered, event.id().toString(),
                data.path("buyerTenantId").asText(), "offer:" + data.path("offerId").asText());
    }

    /**
     * A marketplace job's completing shipment, judged against the ship date promised in the award, on the shop's
     * calendar. A job that is not a marketplace order's (no award names it) is not the network's business.
     */
    private Optional<Observation> shipped(InboxEvent event, ObservationPolicy policy, Awards awards) {
        JsonNode data = event.data();
        if (!data.path("complete").asBoolean(false)) {
            return Optional.empty();
        }
        Optional<AwardTerms> award = awards.of(event.tenantId(), UUID.fromString(data.path("jobId").asText()));
        if (award.isEmpty()) {
            return Optional.empty();
        }
        Instant shippedAt = instant(data, "shippedAt");
        return Optional.of(new Observation(event.tenantId(), Dimension.ON_TIME,
                policy.onTime(award.get().promisedShipDate(), shippedAt, calendars.zone(event.tenantId())),
                shippedAt, event.id().toString(), award.get().buyerTenantId(), "job:" + data.path("jobId").asText()));
    }

    /** The award that made the job, looked up with the shop's tenant named explicitly. */
    private Optional<AwardTerms> award(String shop, UUID job) {
        return awardsMaking(List.of(job)).of(shop, job);
    }

    /** The awards behind the events' completing shipments, in one query. */
    private Awards awardsOf(List<InboxEvent> events) {
        List<UUID> jobs = events.stream().filter(event -> event.type().equals("job.shipped")
                        && event.data().path("complete").asBoolean(false))
                .map(event -> UUID.fromString(event.data().path("jobId").asText())).distinct().toList();
        return jobs.isEmpty() ? (shop, job) -> Optional.empty() : awardsMaking(jobs);
    }

    /** The awards that made these jobs, found by the shop's tenant and the job. */
    @SuppressWarnings("unchecked")
    private Awards awardsMaking(List<UUID> jobs) {
        Map<String, AwardTerms> found = new HashMap<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery(
                        "select tenant_id, job_id, buyer_tenant, promised_ship_date from award"
                                + " where job_id = any(cast(:jobs as uuid[]))")
                .setParameter("jobs", NativeValues.arrayLiteral(jobs))
                .getResultList()) {
            found.put(row[0] + "/" + row[1], new AwardTerms((String) row[2], NativeValues.localDate(row[3])));
        }
        return (shop, job) -> Optional.ofNullable(found.get(shop + "/" + job));
    }

    /** An event's instant, to the microsecond a timestamptz keeps, so a rebuilt observation equals the stored one. */
    private static Instant instant(JsonNode data, String field) {
        return OffsetDateTime.parse(data.path(field).asText()).toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
