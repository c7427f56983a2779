package app.routecard.marketplace.routing;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import app.routecard.marketplace.clock.MarketClock;
import app.routecard.marketplace.scoring.ScoringSettings;
import app.routecard.marketplace.scoring.ScoringSettingsSource;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Opens the waves that are due: judges every shop against the RFQ, stores the decision in the buyer's tenant,
 * writes an offer into each chosen supplier's tenant, and asks files-service (by event) to share the RFQ's
 * drawings with each of them. One wave is claimed per transaction with {@code for update skip locked}, so two
 * replicas never open the same wave. The writes span tenants, so they are native statements with explicit tenant
 * ids inside an all-tenants scope, the only one in the service.
 */
@ApplicationScoped
public class WaveRunner {

    private static final Logger LOG = Logger.getLogger(WaveRunner.class);

    private final EntityManager entities;
    private final SupplierDirectory suppliers;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final MarketClock clock;
    private final Duration offerValidity;
    private final ScoringSettingsSource settings;

    public WaveRunner(EntityManager entities, SupplierDirectory suppliers, Outbox outbox, ObjectMapper json,
                      MarketClock clock, @ConfigProperty(name = "routecard.routing.offer-validity", defaultValue = "PT48H")
                      Duration offerValidity, ScoringSettingsSource settings) {
        this.entities = entities;
        this.suppliers = suppliers;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.offerValidity = offerValidity;
        this.settings = settings;
    }

    /** What {@code marketplace.offer.sent} says to the supplier. */
    public record OfferSent(UUID offerId, UUID rfqId, String rfqNumber, String buyerTenantId, int wave,
                            OffsetDateTime expiresAt) {
    }

    /** What {@code marketplace.routing.decided} says: who was offered the wave, how many were judged. */
    public record RoutingDecided(UUID rfqId, int wave, long seed, List<String> offered, int candidates,
                                 int excluded) {
    }

    /** What {@code fileshare.requested} asks of files-service (its schema is files-service's). */
    public record ShareRequest(String shareKey, String granteeTenantId, String subjectType, UUID subjectId,
                               OffsetDateTime expiresAt, String requestedBy, String reason) {
    }

    /** Opens every wave due now; answers how many. */
    public int runDue() {
        int opened = 0;
        while (Boolean.TRUE.equals(TenantTransactions.allTenants(
                "routing judges every shop's profile and writes offers into the chosen shops' tenants",
                this::openOne))) {
            opened++;
        }
        return opened;
    }

    @SuppressWarnings("unchecked")
    private Boolean openOne() {
        List<Object[]> due = entities.createNativeQuery("""
                select id, tenant_id, rfq_id, number, seed from routing_wave
                where status = 'DUE' and due_at <= :now order by due_at limit 1 for update skip locked""")
                .setParameter("now", clock.now()).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Object[] wave = due.get(0);
        UUID waveId = (UUID) wave[0];
        String buyer = (String) wave[1];
        UUID rfqId = (UUID) wave[2];
        int number = ((Number) wave[3]).intValue();
        long seed = ((Number) wave[4]).longValue();
        Object[] rfq = (Object[]) entities.createNativeQuery("""
                select status, certifications::text, target_ship_date, quote_deadline, ship_to_country,
                       ship_to_subdivision, invite_only, invited::text, blocked::text, number, title
                from rfq where id = :id""").setParameter("id", rfqId).getSingleResult();
        OffsetDateTime now = clock.now();
        if (!"OPEN".equals(rfq[0])) {
            entities.createNativeQuery("update routing_wave set status = 'CLOSED' where id = :id")
                    .setParameter("id", waveId).executeUpdate();
            return true;
        }
        OffsetDateTime deadline = NativeValues.offsetDateTime(rfq[3]);
        RfqDemand demand = new RfqDemand(rfqId, buyer, lines(rfqId),
                Set.copyOf(read((String) rfq[1], new TypeReference<List<Certification>>() { })),
                NativeValues.localDate(rfq[2]), new Region((String) rfq[4], (String) rfq[5]),
                (Boolean) rfq[6], Set.copyOf(read((String) rfq[7], new TypeReference<List<String>>() { })),
                Set.copyOf(read((String) rfq[8], new TypeReference<List<String>>() { })),
                Set.copyOf((List<String>) entities.createNativeQuery(
                        "select tenant_id from offer where rfq_id = :rfq").setParameter("rfq", rfqId)
                        .getResultList()));
        ScoringSettings scoring = settings.current();
        List<Supplier> candidates = suppliers.market(demand, scoring);
        RoutingEngine engine = RoutingEngine.standard(new EligibilityRules.StandingCaps(
                scoring.caps().probationMaxOpenJobs(), scoring.caps().newMaxOpenJobs()));
        RoutingEngine.Decision decision = engine.decide(demand, candidates, number, seed, clock.today());
        OffsetDateTime expires = now.plus(offerValidity).isBefore(deadline) ? now.plus(offerValidity) : deadline;
        String snapshot = write(snapshot(rfqId, rfq, demand));
        List<String> offered = new ArrayList<>();
        List<IntegrationEvent> events = new ArrayList<>();
        for (RoutingEngine.Candidate candidate : decision.offered()) {
            UUID offerId = UUID.randomUUID();
            entities.createNativeQuery("""
                    insert into offer (id, tenant_id, rfq_id, buyer_tenant, wave_number, status, expires_at,
                                       rfq_snapshot, created_at)
                    values (:id, :supplier, :rfq, :buyer, :wave, 'NEW', :expires, cast(:snapshot as jsonb), :now)
                    on conflict (rfq_id, tenant_id) do nothing""")
                    .setParameter("id", offerId).setParameter("supplier", candidate.tenantId())
                    .setParameter("rfq", rfqId).setParameter("buyer", buyer).setParameter("wave", number)
                    .setParameter("expires", expires).setParameter("snapshot", snapshot).setParameter("now", now)
                    .executeUpdate();
            offered.add(candidate.tenantId());
            events.add(new IntegrationEvent("marketplace.offer.sent", offerId.toString(), candidate.tenantId(),
                    new OfferSent(offerId, rfqId, (String) rfq[9], buyer, number, expires)));
            events.add(new IntegrationEvent("fileshare.requested", "offer:" + offerId, buyer,
                    new ShareRequest("offer:" + offerId, candidate.tenantId(), "RFQ", rfqId,
                            deadline.plusDays(30), "marketplace-service", "RFQ " + rfq[9] + " offered")));
        }
        entities.createNativeQuery("""
                update routing_wave set status = :status, opened_at = :now, expires_at = :expires,
                       decision = :decision where id = :id""")
                .setParameter("status", offered.isEmpty() ? "CLOSED" : "OPEN")
                .setParameter("now", now).setParameter("expires", expires)
                .setParameter("decision", StoredDecision.write(json, decision)).setParameter("id", waveId)
                .executeUpdate();
        // Recorded after the native writes, so Hibernate flushes them together rather than before each insert.
        events.forEach(outbox::record);
        outbox.record(new IntegrationEvent("marketplace.routing.decided", rfqId.toString(), buyer,
                new RoutingDecided(rfqId, number, seed, offered, decision.candidates().size(),
                        (int) decision.candidates().stream().filter(c -> !c.eligible()).count())));
        LOG.infof("RFQ %s wave %d: offered to %d of %d shops", rfq[9], number, offered.size(),
                decision.candidates().size());
        return true;
    }

    @SuppressWarnings("unchecked")
    private List<RfqDemand.Line> lines(UUID rfqId) {
        List<RfqDemand.Line> lines = new ArrayList<>();
        for (Object[] line : (List<Object[]>) entities.createNativeQuery("""
                select process, material, quantities::text, length_mm, width_mm, height_mm
                from rfq_line where rfq_id = :rfq order by position""").setParameter("rfq", rfqId).getResultList()) {
            List<Integer> quantities = read((String) line[2], new TypeReference<List<Integer>>() { });
            Envelope envelope = line[3] == null ? null : new Envelope(((BigDecimal) line[3]).doubleValue(),
                    ((BigDecimal) line[4]).doubleValue(), ((BigDecimal) line[5]).doubleValue());
            lines.add(new RfqDemand.Line(Process.valueOf((String) line[0]), (String) line[1],
                    quantities.stream().mapToInt(Integer::intValue).max().orElse(1), envelope));
        }
        return lines;
    }

    /** The RFQ as the supplier is offered it: what to make, how many, by when, where to. */
    private Map<String, Object> snapshot(UUID rfqId, Object[] rfq, RfqDemand demand) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("rfqId", rfqId);
        snapshot.put("number", rfq[9]);
        snapshot.put("title", rfq[10]);
        snapshot.put("targetShipDate", demand.targetShipDate().toString());
        snapshot.put("quoteDeadline", NativeValues.offsetDateTime(rfq[3]).toString());
        snapshot.put("shipTo", demand.shipTo().toString());
        snapshot.put("certifications", demand.certifications());
        snapshot.put("lines", snapshotLines(rfqId));
        return snapshot;
    }

    /** Each line as the supplier quotes it: its id, part, quantity breaks, process, material, finish, size. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> snapshotLines(UUID rfqId) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                select id, position, part_number, revision, quantities::text, process, material, finish,
                       tolerance_class, length_mm, width_mm, height_mm, notes
                from rfq_line where rfq_id = :rfq order by position""").setParameter("rfq", rfqId).getResultList()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", row[0]);
            line.put("position", row[1]);
            line.put("partNumber", row[2]);
            line.put("revision", row[3]);
            List<Integer> quantities = read((String) row[4], new TypeReference<List<Integer>>() { });
            line.put("quantities", quantities);
            line.put("quantity", quantities.stream().mapToInt(Integer::intValue).max().orElse(1));
            line.put("process", row[5]);
            line.put("material", row[6]);
            line.put("finish", row[7]);
            line.put("toleranceClass", row[8]);
            line.put("envelope", row[9] == null ? null : Map.of("lengthMm", row[9], "widthMm", row[10],
                    "heightMm", row[11]));
            line.put("notes", row[12]);
            lines.add(line);
        }
        return lines;
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON no longer reads: " + e.getOriginalMessage(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
