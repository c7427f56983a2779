package app.routecard.marketplace.scoring;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The live scorecards: an observation is stored in the supplier's tenant and the supplier's scorecard computed
 * again at once, as of now ({@link ScorePolicy}), with its standing ({@link StandingPolicy}); a change of standing
 * is announced as {@code marketplace.standing.changed}. Observations from the buyer's side (receipts) land in the
 * supplier's tenant, so the writes are native with explicit tenant ids in the all-tenants scope.
 */
@ApplicationScoped
public class Scorecards {

    private final EntityManager entities;
    private final ScoringSettingsSource settings;
    private final MarketClock clock;
    private final Outbox outbox;
    private final ObjectMapper json;

    public Scorecards(EntityManager entities, ScoringSettingsSource settings, MarketClock clock, Outbox outbox,
                      ObjectMapper json) {
        this.entities = entities;
        this.settings = settings;
        this.clock = clock;
        this.outbox = outbox;
        this.json = json;
    }

    /** What {@code marketplace.standing.changed} says. */
    public record StandingChanged(String supplierTenantId, Standing from, Standing to, double composite,
                                  double compositeLowerBound, OffsetDateTime asOf, String reason, String by) {
    }

    /**
     * Records the observation (the earliest of two about the same subject wins, so the order events arrive in does
     * not matter) and brings the supplier's scorecard up to date. A repeated observation changes nothing.
     */
    public void observe(Observation observation) {
        TenantTransactions.allTenants("an observation from either side of an order lands in the supplier's tenant",
                () -> {
                    int changed = entities.createNativeQuery("""
                            insert into score_observation (id, tenant_id, dimension, success, observed_at,
                                                           source_event_id, buyer_tenant, subject)
                            values (:id, :supplier, :dimension, :success, :at, :event, :buyer, :subject)
                            on conflict (tenant_id, dimension, subject) do update
                                set success = excluded.success, observed_at = excluded.observed_at,
                                    source_event_id = excluded.source_event_id, buyer_tenant = excluded.buyer_tenant
                                where excluded.observed_at < score_observation.observed_at""")
                            .setParameter("id", UUID.randomUUID())
                            .setParameter("supplier", observation.supplierTenantId())
                            .setParameter("dimension", observation.dimension().name())
                            .setParameter("success", observation.success())
                            .setParameter("at", observation.at().atOffset(ZoneOffset.UTC))
                            .setParameter("event", UUID.fromString(observation.sourceEventId()))
                            .setParameter("buyer", observation.buyerTenantId())
                            .setParameter("subject", observation.subject()).executeUpdate();
                    if (changed > 0) {
                        refresh(observation.supplierTenantId(), "new " + observation.dimension().label()
                                + " observation (" + observation.subject() + ")", null);
                    }
                    return null;
                });
    }

    /**
     * The operator suspends a supplier (it gets no offers, whatever its score) or reinstates it (its standing is
     * judged afresh from its score), with the reason; answers false for a tenant that has no capability profile.
     */
    public boolean suspend(String supplier, boolean suspend, String reason, String by) {
        return TenantTransactions.allTenants("the operator suspends or reinstates a supplier", () -> {
            boolean known = ((Number) entities.createNativeQuery(
                    "select count(*) from capability_profile where tenant_id = :supplier")
                    .setParameter("supplier", supplier).getSingleResult()).intValue() > 0;
            if (!known) {
                return false;
            }
            if (markSuspended(supplier, suspend, reason) == 0) {
                refresh(supplier, "first scorecard", by);
                markSuspended(supplier, suspend, reason);
            }
            refresh(supplier, (suspend ? "suspended by the operator: " : "reinstated by the operator: ") + reason, by);
            return true;
        });
    }

    private int markSuspended(String supplier, boolean suspend, String reason) {
        return entities.createNativeQuery("""
                update supplier_scorecard set suspended = :suspended, suspension_reason = :reason
                where tenant_id = :supplier""").setParameter("suspended", suspend)
                .setParameter("reason", suspend ? reason : null).setParameter("supplier", supplier).executeUpdate();
    }

    /** Every stored scorecard computed again (after the operator changed the settings), standings with them. */
    @SuppressWarnings("unchecked")
    public int refreshAll(String reason, String by) {
        return TenantTransactions.allTenants("the operator's new settings apply to every supplier's scorecard", () -> {
            List<String> suppliers = entities.createNativeQuery(
                    "select tenant_id from supplier_scorecard order by tenant_id").getResultList();
            suppliers.forEach(supplier -> refresh(supplier, reason, by));
            return suppliers.size();
        });
    }

    /**
     * The network's weighted mean per dimension (Σ w·x / Σ w over every supplier's observations, with the
     * settings' half-life), which the operator may adopt as the prior mean; absent for a dimension without
     * observations.
     */
    @SuppressWarnings("unchecked")
    public Map<Dimension, Double> networkMeans(double halfLifeDays) {
        return TenantTransactions.allTenants("the operator reads the network's means", () -> {
            Map<Dimension, Double> means = new EnumMap<>(Dimension.class);
            for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                    select dimension, sum(w * success) / sum(w) from (
                        select dimension, success,
                               power(0.5, extract(epoch from (cast(:now as timestamptz) - observed_at))
                                          / 86400 / :halfLife) as w
                        from score_observation where observed_at <= :now) weighted
                    group by dimension""").setParameter("now", clock.now()).setParameter("halfLife", halfLifeDays)
                    .getResultList()) {
                means.put(Dimension.valueOf((String) row[0]), ((Number) row[1]).doubleValue());
            }
            return means;
        });
    }

    /** The supplier's observations, oldest first; only those done for {@code buyer} when it is given. */
    @SuppressWarnings("unchecked")
    public List<Observation> observations(String supplier, String buyer) {
        List<Observation> observations = new ArrayList<>();
        var query = entities.createNativeQuery("""
                select dimension, success, observed_at, source_event_id, buyer_tenant, subject
                from score_observation where tenant_id = :supplier""" + (buyer == null ? "" : " and buyer_tenant = :buyer")
                + " order by observed_at, source_event_id").setParameter("supplier", supplier);
        if (buyer != null) {
            query.setParameter("buyer", buyer);
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            observations.add(new Observation(supplier, Dimension.valueOf((String) row[0]),
                    ((Number) row[1]).doubleValue(), NativeValues.offsetDateTime(row[2]).toInstant(), row[3].toString(), (String) row[4],
                    (String) row[5]));
        }
        return observations;
    }

    /** Computes the supplier's scorecard as of now, stores it with its standing, and announces a new standing. */
    @SuppressWarnings("unchecked")
    void refresh(String supplier, String reason, String by) {
        ScoringSettings in = settings.current();
        OffsetDateTime now = clock.now();
        ScorePolicy.Scorecard card = new ScorePolicy(in).scorecard(supplier, observations(supplier, null),
                now.toInstant());
        List<Object[]> before = entities.createNativeQuery("""
                select standing, suspended from supplier_scorecard where tenant_id = :supplier for update""")
                .setParameter("supplier", supplier).getResultList();
        Standing was = before.isEmpty() ? null : Standing.valueOf((String) before.get(0)[0]);
        boolean suspended = !before.isEmpty() && (Boolean) before.get(0)[1];
        Standing standing = new StandingPolicy(in).next(was, card.points(), card.onTimeCount(), suspended);
        long revision = ((Number) entities.createNativeQuery(
                "update scorecard_revision set revision = revision + 1 where id = 1 returning revision")
                .getSingleResult()).longValue();
        entities.createNativeQuery("""
                insert into supplier_scorecard (tenant_id, as_of, composite, composite_lower, on_time, on_time_lower,
                    quality, quality_lower, responsiveness, responsiveness_lower, observations, delivered_jobs,
                    standing, standing_since, card, revision)
                values (:supplier, :asOf, :composite, :compositeLower, :onTime, :onTimeLower, :quality, :qualityLower,
                    :responsiveness, :responsivenessLower, :observations, :delivered, :standing, :asOf,
                    cast(:card as jsonb), :revision)
                on conflict (tenant_id) do update set as_of = excluded.as_of, composite = excluded.composite,
                    composite_lower = excluded.composite_lower, on_time = excluded.on_time,
                    on_time_lower = excluded.on_time_lower, quality = excluded.quality,
                    quality_lower = excluded.quality_lower, responsiveness = excluded.responsiveness,
                    responsiveness_lower = excluded.responsiveness_lower, observations = excluded.observations,
                    delivered_jobs = excluded.delivered_jobs, standing = excluded.standing,
                    standing_since = case when supplier_scorecard.standing = excluded.standing
                                          then supplier_scorecard.standing_since else excluded.as_of end,
                    card = excluded.card, revision = excluded.revision""")
                .setParameter("supplier", supplier).setParameter("asOf", now)
                .setParameter("composite", card.composite()).setParameter("compositeLower", card.compositeLowerBound())
                .setParameter("onTime", card.dimension(Dimension.ON_TIME).score())
                .setParameter("onTimeLower", card.dimension(Dimension.ON_TIME).lowerBound())
                .setParameter("quality", card.dimension(Dimension.QUALITY).score())
                .setParameter("qualityLower", card.dimension(Dimension.QUALITY).lowerBound())
                .setParameter("responsiveness", card.dimension(Dimension.RESPONSIVENESS).score())
                .setParameter("responsivenessLower", card.dimension(Dimension.RESPONSIVENESS).lowerBound())
                .setParameter("observations", card.dimensions().stream().mapToInt(ScorePolicy.DimensionScore::count)
                        .sum())
                .setParameter("delivered", card.onTimeCount()).setParameter("standing", standing.name())
                .setParameter("card", write(card)).setParameter("revision", revision).executeUpdate();
        if (standing != was) {
            outbox.record(new IntegrationEvent("marketplace.standing.changed", supplier, supplier,
                    new StandingChanged(supplier, was, standing, card.composite(), card.compositeLowerBound(), now,
                            reason, by)));
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
