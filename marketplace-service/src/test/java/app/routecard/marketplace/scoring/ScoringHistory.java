package app.routecard.marketplace.scoring;

import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.TopicWriter;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A generated history of the events that judge suppliers, as marketplace-service and job-service publish them:
 * offers answered by a quote, a decline or a counter-offer (some answered twice), offers expired, awards
 * acknowledged, buyers' receipts, and the shipments of awarded jobs (partial ones first, which do not count).
 * Each supplier has its own habits (how fast it answers, how often it ships on time, what share buyers accept),
 * drawn from a seed, so a history is the same every run. The awards a job.shipped needs are returned as
 * {@link AwardRow}s for the caller to store.
 */
final class ScoringHistory {

    static final String MARKETPLACE = "routecard.marketplace";
    static final String JOB = "routecard.job";

    /** The award a marketplace job was made from: what the scoring consumer looks up for a shipment. */
    record AwardRow(String supplier, String buyer, UUID jobId, LocalDate promisedShipDate) {
    }

    /** The events of a history in the order they happened, and the awards behind its jobs. */
    record History(List<TopicWriter.Record> events, List<AwardRow> awards) {
    }

    private final Random random;
    private final Instant from;
    private final Instant to;

    ScoringHistory(long seed, Instant from, Instant to) {
        this.random = new Random(seed);
        this.from = from;
        this.to = to;
    }

    /** About {@code eventsEach} events for each supplier, each buyer's in turn. */
    History generate(List<String> suppliers, List<String> buyers, int eventsEach) {
        List<Timed> timed = new ArrayList<>();
        List<AwardRow> awards = new ArrayList<>();
        for (String supplier : suppliers) {
            double answersQuickly = 0.55 + 0.45 * random.nextDouble();
            double shipsOnTime = 0.5 + 0.5 * random.nextDouble();
            double accepted = 0.8 + 0.2 * random.nextDouble();
            int made = 0;
            while (made < eventsEach) {
                String buyer = buyers.get(random.nextInt(buyers.size()));
                Instant at = instant();
                int kind = random.nextInt(10);
                if (kind < 5) {
                    made += offer(timed, supplier, buyer, at, answersQuickly);
                } else if (kind < 6) {
                    timed.add(event(MARKETPLACE, "marketplace.award.acknowledged", supplier, at, """
                            {"awardId": "%s", "buyerTenantId": "%s", "awardedAt": "%s", "acknowledgedAt": "%s"}"""
                            .formatted(UUID.randomUUID(), buyer, time(at), time(at.plus(answerDelay(answersQuickly))))));
                    made++;
                } else if (kind < 8) {
                    int received = 10 + random.nextInt(190);
                    int good = random.nextDouble() < 0.7 ? received
                            : (int) Math.round(received * accepted * random.nextDouble());
                    timed.add(event(MARKETPLACE, "marketplace.receipt.recorded", buyer, at, """
                            {"receiptId": "%s", "supplierTenantId": "%s", "received": %d, "accepted": %d,
                             "rejected": %d, "recordedAt": "%s"}""".formatted(UUID.randomUUID(), supplier, received,
                            good, received - good, time(at))));
                    made++;
                } else {
                    UUID job = UUID.randomUUID();
                    LocalDate promised = at.atOffset(ZoneOffset.UTC).toLocalDate();
                    awards.add(new AwardRow(supplier, buyer, job, promised));
                    if (random.nextBoolean()) {
                        Instant partial = at.minus(Duration.ofDays(2 + random.nextInt(5)));
                        timed.add(event(JOB, "job.shipped", supplier, partial, shipped(job, false, partial)));
                        made++;
                    }
                    Instant shippedAt = random.nextDouble() < shipsOnTime ? at.minus(Duration.ofHours(random.nextInt(60)))
                            : at.plus(Duration.ofHours(24 + random.nextInt(120)));
                    timed.add(event(JOB, "job.shipped", supplier, shippedAt, shipped(job, true, shippedAt)));
                    made++;
                }
            }
        }
        timed.sort((a, b) -> a.at().compareTo(b.at()));
        return new History(timed.stream().map(Timed::record).toList(), awards);
    }

    private int offer(List<Timed> timed, String supplier, String buyer, Instant offered, double answersQuickly) {
        String offer = UUID.randomUUID().toString();
        int outcome = random.nextInt(20);
        if (outcome < 2) {
            Instant expired = offered.plus(Duration.ofHours(48));
            timed.add(event(MARKETPLACE, "marketplace.offer.expired", supplier, expired, """
                    {"offerId": "%s", "buyerTenantId": "%s", "offeredAt": "%s", "expiredAt": "%s"}"""
                    .formatted(offer, buyer, time(offered), time(expired))));
            return 1;
        }
        Instant answered = offered.plus(answerDelay(answersQuickly));
        String type = outcome < 5 ? "declined" : outcome < 6 ? "countered" : "quote";
        timed.add(answer(supplier, buyer, offer, offered, answered, type));
        if (outcome == 5) {
            // A counter-offer, then the quote after talks: the counter is the answer that counts.
            timed.add(answer(supplier, buyer, offer, offered, answered.plus(Duration.ofHours(1 + random.nextInt(30))),
                    "quote"));
            return 2;
        }
        return 1;
    }

    private Timed answer(String supplier, String buyer, String offer, Instant offered, Instant answered, String how) {
        String type = how.equals("quote") ? "marketplace.quote.submitted" : "marketplace.offer." + how;
        String field = how.equals("quote") ? "submittedAt" : how + "At";
        return event(MARKETPLACE, type, supplier, answered, """
                {"offerId": "%s", "buyerTenantId": "%s", "offeredAt": "%s", "%s": "%s"}"""
                .formatted(offer, buyer, time(offered), field, time(answered)));
    }

    private Duration answerDelay(double answersQuickly) {
        return random.nextDouble() < answersQuickly ? Duration.ofMinutes(10 + random.nextInt(23 * 60))
                : Duration.ofMinutes(25 * 60 + random.nextInt(40 * 60));
    }

    private static String shipped(UUID job, boolean complete, Instant at) {
        return """
                {"jobId": "%s", "complete": %s, "shippedAt": "%s"}""".formatted(job, complete, time(at));
    }

    private Instant instant() {
        long span = to.toEpochMilli() - from.toEpochMilli();
        return from.plusMillis((long) (random.nextDouble() * span));
    }

    private static String time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private record Timed(Instant at, TopicWriter.Record record) {
    }

    private static Timed event(String topic, String type, String tenant, Instant at, String data) {
        return new Timed(at, new TopicWriter.Record(topic, tenant,
                TopicWriter.cloudEvent(UUID.randomUUID(), type, tenant, type, data)));
    }

    /**
     * The awards and the buyers' purchase orders (one id for both, as awarding makes them) that the generated jobs
     * were made from, under one RFQ per buyer: what the scoring consumer and the buyer's order view look up.
     */
    static void storeOrders(EntityManager entities, List<AwardRow> awards) {
        TenantTransactions.allTenants("the test stores the orders its generated jobs were made from", () -> {
            Map<String, UUID> rfqs = new HashMap<>();
            for (AwardRow award : awards) {
                UUID rfq = rfqs.computeIfAbsent(award.buyer(), buyer -> {
                    UUID id = UUID.randomUUID();
                    entities.createNativeQuery("""
                            insert into rfq (id, tenant_id, number, title, status, target_ship_date, quote_deadline,
                                ship_to_country, currency, invite_only, created_by, created_at)
                            values (:id, :buyer, :number, 'Generated history', 'AWARDED', current_date,
                                now(), 'DE', 'EUR', false, 'test', now())""")
                            .setParameter("id", id).setParameter("buyer", buyer)
                            .setParameter("number", "RFQ-" + id).executeUpdate();
                    return id;
                });
                UUID id = UUID.randomUUID();
                entities.createNativeQuery("""
                        insert into award (id, tenant_id, order_number, buyer_tenant, buyer_name, rfq_id, rfq_number,
                            quote_id, part_number, quantity, unit_price, currency, promised_ship_date, status, job_id,
                            awarded_at)
                        values (:id, :supplier, :number, :buyer, 'Replay buyer', :rfq, 'RFQ-REPLAY', :id,
                            'PART-1', 10, 12.5, 'EUR', :promised, 'ACKNOWLEDGED', :job, now())""")
                        .setParameter("id", id).setParameter("supplier", award.supplier())
                        .setParameter("number", "PO-" + id).setParameter("buyer", award.buyer())
                        .setParameter("rfq", rfq).setParameter("promised", award.promisedShipDate())
                        .setParameter("job", award.jobId()).executeUpdate();
                entities.createNativeQuery("""
                        insert into purchase_order (id, tenant_id, number, rfq_id, rfq_line_id, quote_id,
                            supplier_tenant, supplier_name, part_number, quantity, unit_price, currency, lead_days,
                            promised_ship_date, status, awarded_by, awarded_at, updated_at)
                        values (:id, :buyer, :number, :rfq, :id, :id, :supplier, 'Replay supplier', 'PART-1', 10,
                            12.5, 'EUR', 10, :promised, 'ACKNOWLEDGED', 'test', now(), now())""")
                        .setParameter("id", id).setParameter("buyer", award.buyer())
                        .setParameter("number", "PO-" + id).setParameter("rfq", rfq)
                        .setParameter("supplier", award.supplier())
                        .setParameter("promised", award.promisedShipDate()).executeUpdate();
            }
            return null;
        });
    }
}
