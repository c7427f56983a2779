package app.routecard.marketplace.scoring;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.persistence.NativeValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Computes suppliers' scorecards as of now ({@link ScorePolicy}) with their standings ({@link StandingPolicy}) and
 * stores them, announcing each new standing as {@code marketplace.standing.changed}. However many suppliers, it
 * takes four statements: their observations, their previous standings (locked, in supplier order), a block of
 * revisions, and one upsert of every card (and a fifth for the standing changes, kept in {@code standing_change});
 * so a batch of events costs about as much as one. Runs in the caller's all-tenants transaction.
 */
@ApplicationScoped
public class ScorecardWriter {

    private final EntityManager entities;
    private final MarketClock clock;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final ScoreSumsStore sumsStore;

    public ScorecardWriter(EntityManager entities, MarketClock clock, Outbox outbox, ObjectMapper json,
                           ScoreSumsStore sumsStore) {
        this.sumsStore = sumsStore;
        this.entities = entities;
        this.clock = clock;
        this.outbox = outbox;
        this.json = json;
    }

    /** What {@code marketplace.standing.changed} says. */
    public record StandingChanged(String supplierTenantId, Standing from, Standing to, double composite,
                                  double compositeLowerBound, OffsetDateTime asOf, String reason, String by) {
    }

    private record Before(Standing standing, boolean suspended, Double sumsHalfLife) {
    }

    /** Whether the sums hold an observation after now (a dev stack's clock went back): count from observations. */
    private static boolean ahead(Map<Dimension, DecayedSums> sums, OffsetDateTime now) {
        return sums != null && sums.values().stream()
                .anyMatch(sum -> sum.latest() != null && sum.latest().isAfter(now.toInstant()));
    }

    /** Every supplier of {@code reasons} scored again, each change of standing announced with its reason. */
    void refresh(SortedMap<String, String> reasons, String by, ScoringSettings in) {
        refresh(reasons, Map.of(), by, in);
    }

    /**
     * Every supplier of {@code reasons} scored again from its stored decayed sums with {@code batch} (a batch's
     * new and replaced observations) added; a supplier whose sums are not there, were taken with another half-life
     * or include an observation after now (a dev stack's clock went back) is counted again from its observations.
     */
    @SuppressWarnings("unchecked")
    void refresh(SortedMap<String, String> reasons, Map<String, Map<Dimension, DecayedSums>> batch, String by,
                 ScoringSettings in) {
        if (reasons.isEmpty()) {
            return;
        }
        List<String> suppliers = new ArrayList<>(reasons.keySet());
        OffsetDateTime now = clock.now();
        // One supplier is scored by one transaction at a time, even one without a card yet (no row to lock): so the
        // sums counted again from the observations and a batch's changes added to them never cross.
        entities.createNativeQuery("""
                select count(pg_advisory_xact_lock(h)) from (
                    select hashtextextended(s, 12) as h from unnest(cast(:suppliers as text[])) s order by 1) locks""")
                .setParameter("suppliers", NativeValues.arrayLiteral(suppliers)).getSingleResult();
        Map<String, Before> before = new HashMap<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                select tenant_id, standing, suspended, totals_half_life from supplier_scorecard
                where tenant_id in (:suppliers) order by tenant_id for update""")
                .setParameter("suppliers", suppliers).getResultList()) {
            before.put((String) row[0], new Before(Standing.valueOf((String) row[1]), (Boolean) row[2],
                    row[3] == null ? null : ((Number) row[3]).doubleValue()));
        }
        sumsStore.add(batch);
        Map<String, Map<Dimension, DecayedSums>> sums = sumsStore.read(suppliers);
        List<String> recount = suppliers.stream().filter(supplier -> {
            Before was = before.get(supplier);
            return was == null || was.sumsHalfLife() == null || was.sumsHalfLife() != in.halfLifeDays()
                    || sums.getOrDefault(supplier, Map.of()).values().stream()
                    .anyMatch(sum -> sum.halfLifeDays() != in.halfLifeDays())
                    || ahead(sums.get(supplier), now);
        }).toList();
        Map<String, List<Observation>> observations = recount.isEmpty() ? Map.of() : observations(recount);
        Map<String, Map<Dimension, DecayedSums>> counted = new HashMap<>();
        for (String supplier : recount) {
            Map<Dimension, DecayedSums> all = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                all.put(dimension, DecayedSums.of(observations.getOrDefault(supplier, List.of()), dimension,
                        Instant.MAX, in.halfLifeDays()));
            }
            counted.put(supplier, all);
        }
        sumsStore.replace(counted);
        sums.putAll(counted);
        long revision = ((Number) entities.createNativeQuery("""
                update scorecard_revision set revision = revision + :count where id = 1 returning revision""")
                .setParameter("count", suppliers.size()).getSingleResult()).longValue() - suppliers.size();
        ScorePolicy scores = new ScorePolicy(in);
        StandingPolicy standings = new StandingPolicy(in);
        ArrayNode rows = json.createArrayNode();
        List<StandingChanged> changes = new ArrayList<>();
        for (String supplier : suppliers) {
            ScorePolicy.Scorecard card = ahead(sums.get(supplier), now)
                    ? scores.scorecard(supplier, observations.getOrDefault(supplier, List.of()), now.toInstant())
                    : scores.scorecard(supplier, sums.getOrDefault(supplier, Map.of()), now.toInstant());
            Before was = before.get(supplier);
            Standing standing = standings.next(was == null ? null : was.standing(), card.points(), card.onTimeCount(),
                    was != null && was.suspended());
            ObjectNode row = rows.addObject().put("tenant_id", supplier).put("as_of", now.toString())
                    .put("composite", card.composite()).put("composite_lower", card.compositeLowerBound())
                    .put("observations", card.dimensions().stream().mapToInt(ScorePolicy.DimensionScore::count).sum())
                    .put("delivered_jobs", card.onTimeCount()).put("standing", standing.name())
                    .put("revision", ++revision).put("totals_half_life", in.halfLifeDays());
            for (Dimension dimension : Dimension.values()) {
                String column = dimension.name().toLowerCase(java.util.Locale.ROOT);
                row.put(column, card.dimension(dimension).score()).put(column + "_lower",
                        card.dimension(dimension).lowerBound());
            }
            row.set("card", json.valueToTree(card));
            if (was == null || standing != was.standing()) {
                changes.add(new StandingChanged(supplier, was == null ? null : was.standing(), standing,
                        card.composite(), card.compositeLowerBound(), now, reasons.get(supplier), by));
            }
        }
        entities.createNativeQuery("""
                insert into supplier_scorecard (tenant_id, as_of, composite, composite_lower, on_time, on_time_lower,
                    quality, quality_lower, responsiveness, responsiveness_lower, observations, delivered_jobs,
                    standing, standing_since, card, revision, totals_half_life)
                select r.tenant_id, r.as_of, r.composite, r.composite_lower, r.on_time, r.on_time_lower, r.quality,
                    r.quality_lower, r.responsiveness, r.responsiveness_lower, r.observations, r.delivered_jobs,
                    r.standing, r.as_of, r.card, r.revision, r.totals_half_life
                from jsonb_to_recordset(cast(:rows as jsonb)) as r(tenant_id text, as_of timestamptz,
                    composite double precision, composite_lower double precision, on_time double precision,
                    on_time_lower double precision, quality double precision, quality_lower double precision,
                    responsiveness double precision, responsiveness_lower double precision, observations int,
                    delivered_jobs int, standing text, card jsonb, revision bigint, totals_half_life double precision)
                on conflict (tenant_id) do update set as_of = excluded.as_of, composite = excluded.composite,
                    composite_lower = excluded.composite_lower, on_time = excluded.on_time,
                    on_time_lower = excluded.on_time_lower, quality = excluded.quality,
                    quality_lower = excluded.quality_lower, responsiveness = excluded.responsiveness,
                    responsiveness_lower = excluded.responsiveness_lower, observations = excluded.observations,
                    delivered_jobs = excluded.delivered_jobs, standing = excluded.standing,
                    standing_since = case when supplier_scorecard.standing = excluded.standing
                                          then supplier_scorecard.standing_since else excluded.as_of end,
                    card = excluded.card, revision = excluded.revision,
                    totals_half_life = excluded.totals_half_life""")
                .setParameter("rows", rows.toString()).executeUpdate();
        if (changes.isEmpty()) {
            return;
        }
        ArrayNode changed = json.createArrayNode();
        for (StandingChanged change : changes) {
            changed.addObject().put("tenant_id", change.supplierTenantId())
                    .put("from_standing", change.from() == null ? null : change.from().name())
                    .put("to_standing", change.to().name()).put("composite", change.composite())
                    .put("composite_lower", change.compositeLowerBound()).put("changed_at", now.toString())
                    .put("reason", change.reason()).put("changed_by", change.by());
            outbox.record(new IntegrationEvent("marketplace.standing.changed", change.supplierTenantId(),
                    change.supplierTenantId(), change));
        }
        entities.createNativeQuery("""
                insert into standing_change (id, tenant_id, from_standing, to_standing, composite, composite_lower,
                                             changed_at, reason, changed_by)
                select gen_random_uuid(), c.tenant_id, c.from_standing, c.to_standing, c.composite, c.composite_lower,
                       c.changed_at, c.reason, c.changed_by
                from jsonb_to_recordset(cast(:changes as jsonb)) as c(tenant_id text, from_standing text,
                    to_standing text, composite double precision, composite_lower double precision,
                    changed_at timestamptz, reason text, changed_by text)""")
                .setParameter("changes", changed.toString()).executeUpdate();
    }

    /** The suppliers' observations, each supplier's oldest first. */
    @SuppressWarnings("unchecked")
    Map<String, List<Observation>> observations(List<String> suppliers) {
        Map<String, List<Observation>> observations = new HashMap<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                select tenant_id, dimension, success, observed_at, source_event_id, buyer_tenant, subject
                from score_observation where tenant_id in (:suppliers)
                order by tenant_id, observed_at, source_event_id""").setParameter("suppliers", suppliers)
                .getResultList()) {
            observations.computeIfAbsent((String) row[0], supplier -> new ArrayList<>()).add(observation(row));
        }
        return observations;
    }

    /** A row of (tenant_id, dimension, success, observed_at, source_event_id, buyer_tenant, subject). */
    static Observation observation(Object[] row) {
        return new Observation((String) row[0], Dimension.valueOf((String) row[1]), ((Number) row[2]).doubleValue(),
                NativeValues.offsetDateTime(row[3]).toInstant(), row[4].toString(), (String) row[5],
                (String) row[6]);
    }
}
