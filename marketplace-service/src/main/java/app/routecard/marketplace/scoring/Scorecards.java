package app.routecard.marketplace.scoring;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
    private final ScorecardWriter writer;

    public Scorecards(EntityManager entities, ScoringSettingsSource settings, MarketClock clock,
                      ScorecardWriter writer) {
        this.entities = entities;
        this.settings = settings;
        this.clock = clock;
        this.writer = writer;
    }

    /**
     * Records the observation in its own transaction and brings the supplier's scorecard up to date; see
     * {@link #observeAll}.
     */
    public void observe(Observation observation) {
        TenantTransactions.allTenants("an observation from either side of an order lands in the supplier's tenant",
                () -> observeAll(List.of(observation)));
    }

    /**
     * Records the observations (the earliest of two about the same subject wins, so the order events arrive in does
     * not matter) and computes the scorecard of each supplier whose observations changed, once. A repeated
     * observation changes nothing. Runs in the caller's all-tenants transaction, so the inbox rows of the events and
     * their observations commit together; answers the suppliers scored.
     */
    @SuppressWarnings("unchecked")
    public Set<String> observeAll(List<Observation> observations) {
        // Within the batch the earliest observation of a subject wins too: one row per key in the one statement.
        Map<String, Observation> earliest = new LinkedHashMap<>();
        for (Observation observation : observations) {
            earliest.merge(observation.supplierTenantId() + '\n' + observation.dimension() + '\n'
                    + observation.subject(), observation, (kept, next) -> next.at().isBefore(kept.at()) ? next : kept);
        }
        if (earliest.isEmpty()) {
            return Set.of();
        }
        // Most observations are about a new subject: one insert takes them. The others are about a subject judged
        // before, and replace it only when earlier; each replacement comes back with the values it replaced, so
        // the decayed sums change by the difference.
        List<Object[]> stored = new ArrayList<>(withRows(entities.createNativeQuery("""
                insert into score_observation (tenant_id, dimension, success, observed_at, source_event_id,
                                               buyer_tenant, subject)
                select o.supplier, o.dimension, o.success, o.at, o.event, o.buyer, o.subject
                from """ + OBSERVATION_ROWS + """
                on conflict (tenant_id, dimension, subject) do nothing
                returning tenant_id, dimension, subject, success, observed_at, cast(null as double precision),
                    cast(null as timestamptz)"""), earliest.values()).getResultList());
        Set<String> inserted = new HashSet<>();
        stored.forEach(row -> inserted.add(row[0] + "\n" + row[1] + "\n" + row[2]));
        List<Observation> seenBefore = earliest.entrySet().stream()
                .filter(entry -> !inserted.contains(entry.getKey())).map(Map.Entry::getValue).toList();
        if (!seenBefore.isEmpty()) {
            stored.addAll(withRows(entities.createNativeQuery("""
                    update score_observation s set success = o.success, observed_at = o.at,
                        source_event_id = o.event, buyer_tenant = o.buyer
                    from (select o.*, x.success as was_success, x.observed_at as was_at
                          from """ + OBSERVATION_ROWS + """
                          join score_observation x
                              on x.tenant_id = o.supplier and x.dimension = o.dimension and x.subject = o.subject) o
                    where s.tenant_id = o.supplier and s.dimension = o.dimension and s.subject = o.subject
                        and o.at < s.observed_at
                    returning s.tenant_id, s.dimension, s.subject, s.success, s.observed_at, o.was_success,
                        o.was_at"""), seenBefore).getResultList());
        }
        double halfLife = settings.current().halfLifeDays();
        TreeMap<String, String> changed = new TreeMap<>();
        Map<String, Map<Dimension, DecayedSums>> changes = new HashMap<>();
        for (Object[] row : stored) {
            String supplier = (String) row[0];
            Dimension dimension = Dimension.valueOf((String) row[1]);
            changed.merge(supplier, "new " + dimension.label() + " observation (" + row[2] + ")",
                    (first, next) -> first + " and more");
            Map<Dimension, DecayedSums> sums = changes.computeIfAbsent(supplier, s -> new EnumMap<>(Dimension.class));
            DecayedSums change = sums.getOrDefault(dimension, DecayedSums.none(halfLife))
                    .plus(NativeValues.offsetDateTime(row[4]).toInstant(), ((Number) row[3]).doubleValue());
            if (row[5] != null) {
                change = change.minus(NativeValues.offsetDateTime(row[6]).toInstant(), ((Number) row[5]).doubleValue());
            }
            sums.put(dimension, change);
        }
        writer.refresh(changed, changes, null, settings.current());
        return changed.keySet();
    }

    /** Observations as rows: seven arrays, one per column, read by {@code unnest} (see {@link #withRows}). */
    private static final String OBSERVATION_ROWS = " unnest(cast(:suppliers as text[]), cast(:dimensions as text[]),"
            + " cast(:successes as float8[]), cast(:ats as timestamptz[]), cast(:events as uuid[]),"
            + " cast(:buyers as text[]), cast(:subjects as text[]))"
            + " as o(supplier, dimension, success, at, event, buyer, subject) ";

    /** The query with the observations bound as the arrays of {@link #OBSERVATION_ROWS}. */
    private static jakarta.persistence.Query withRows(jakarta.persistence.Query query,
                                                      java.util.Collection<Observation> observations) {
        return query
                .setParameter("suppliers", column(observations, Observation::supplierTenantId))
                .setParameter("dimensions", column(observations, Observation::dimension))
                .setParameter("successes", column(observations, Observation::success))
                .setParameter("ats", column(observations, Observation::at))
                .setParameter("events", column(observations, Observation::sourceEventId))
                .setParameter("buyers", column(observations, Observation::buyerTenantId))
                .setParameter("subjects", column(observations, Observation::subject));
    }

    private static String column(java.util.Collection<Observation> observations,
                                 java.util.function.Function<Observation, Object> value) {
        return NativeValues.arrayLiteral(observations.stream().map(value).toList());
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

    /** Every stored scorecard computed again as of now (after the operator changed the settings), standings too. */
    public int refreshAll(String reason, String by) {
        return refreshNotAsOf(null, reason, by);
    }

    /**
     * The scorecards last computed before {@code cutoff} (or after now: a dev stack's clock went back) computed again
     * as of now, so a supplier without new results ages like the rest; all of them when {@code cutoff} is null. In
     * transactions of 500 suppliers each. Answers how many.
     */
    @SuppressWarnings("unchecked")
    public int refreshNotAsOf(OffsetDateTime cutoff, String reason, String by) {
        List<String> suppliers = TenantTransactions.allTenants("scorecards are brought up to the present", () -> {
            var query = entities.createNativeQuery("select tenant_id from supplier_scorecard"
                    + (cutoff == null ? "" : " where as_of < :cutoff or as_of > :now") + " order by tenant_id");
            if (cutoff != null) {
                query.setParameter("cutoff", cutoff).setParameter("now", clock.now());
            }
            return (List<String>) query.getResultList();
        });
        for (int from = 0; from < suppliers.size(); from += 500) {
            TreeMap<String, String> reasons = new TreeMap<>();
            suppliers.subList(from, Math.min(suppliers.size(), from + 500)).forEach(s -> reasons.put(s, reason));
            TenantTransactions.allTenants("scorecards are brought up to the present", () -> {
                writer.refresh(reasons, by, settings.current());
                return null;
            });
        }
        return suppliers.size();
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
        var query = entities.createNativeQuery("""
                select tenant_id, dimension, success, observed_at, source_event_id, buyer_tenant, subject
                from score_observation where tenant_id = :supplier"""
                + (buyer == null ? "" : " and buyer_tenant = :buyer") + " order by observed_at, source_event_id")
                .setParameter("supplier", supplier);
        if (buyer != null) {
            query.setParameter("buyer", buyer);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(ScorecardWriter::observation).toList();
    }

    /** Computes the supplier's scorecard as of now, stores it with its standing, and announces a new standing. */
    void refresh(String supplier, String reason, String by) {
        writer.refresh(new TreeMap<>(Map.of(supplier, reason)), by, settings.current());
    }
}
