package app.routecard.marketplace.scoring;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scorecards as their readers are given them, computed as of now from the stored observations. Who reads decides
 * what the observations say: the supplier and the operator see each one's subject and buyer; a buyer sees the
 * subjects of its own orders only, and of the rest of the network only the dimension, outcome and date.
 */
@ApplicationScoped
public class ScorecardReads {

    /** Who is reading, which decides what the observations show. */
    public enum Reader { SUPPLIER, OPERATOR, BUYER_OWN, BUYER_NETWORK }

    private final EntityManager entities;
    private final Scorecards scorecards;
    private final ScoringSettingsSource settings;
    private final MarketClock clock;
    private final TenantNames names;
    private final StandingChanges changes;

    public ScorecardReads(EntityManager entities, Scorecards scorecards, ScoringSettingsSource settings,
                          MarketClock clock, TenantNames names, StandingChanges changes) {
        this.changes = changes;
        this.entities = entities;
        this.scorecards = scorecards;
        this.settings = settings;
        this.clock = clock;
        this.names = names;
    }

    /** One observation as shown; {@code subject} and {@code buyerTenantId} are null where the reader may not see them. */
    public record ObservationView(Dimension dimension, double success, Instant at, String subject,
                                  String buyerTenantId) {
    }

    /**
     * The scorecard: {@code view} is "network" or "buyer" (as one buyer experienced it), {@code scorecard} the whole
     * computation with its parameters, {@code standing} the supplier's network standing and since when, and (for
     * the supplier and the operator) its latest standing changes with their reasons.
     */
    public record ScorecardView(String supplierTenantId, String name, String view, Standing standing,
                                OffsetDateTime standingSince, ScorePolicy.Scorecard scorecard,
                                List<ObservationView> observations, List<StandingChanges.Change> standingChanges) {
    }

    /** How far apart the points of a history are. */
    public enum Period { WEEK, MONTH }

    /** The scorecard at one point of its history: composite and lower bound, and each dimension's score. */
    public record Point(OffsetDateTime asOf, double composite, double compositeLowerBound, double onTime,
                        double quality, double responsiveness) {
    }

    /**
     * The scorecard as it stood at the end of each of the last {@code count} weeks or months, oldest first, the
     * last point being now: each computed from the observations made by then, aged as of then, so a trend chart
     * shows what a reader would have seen on that day. Empty when the supplier is unknown.
     */
    public Optional<List<Point>> history(String supplier, String buyer, Period period, int count) {
        return TenantTransactions.allTenants("a supplier's scorecard history", () -> {
            if (!known(supplier)) {
                return Optional.<List<Point>>empty();
            }
            List<Observation> observations = scorecards.observations(supplier, buyer);
            ScorePolicy policy = new ScorePolicy(settings.current());
            OffsetDateTime now = clock.now();
            List<Point> points = new ArrayList<>();
            for (int back = count - 1; back >= 0; back--) {
                OffsetDateTime asOf = period == Period.WEEK ? now.minusWeeks(back) : now.minusMonths(back);
                ScorePolicy.Scorecard card = policy.scorecard(supplier, observations, asOf.toInstant());
                points.add(new Point(asOf, card.composite(), card.compositeLowerBound(),
                        card.dimension(Dimension.ON_TIME).score(), card.dimension(Dimension.QUALITY).score(),
                        card.dimension(Dimension.RESPONSIVENESS).score()));
            }
            return Optional.of(points);
        });
    }

    private boolean known(String supplier) {
        return ((Number) entities.createNativeQuery("select (select count(*) from supplier_scorecard"
                + " where tenant_id = :supplier) + (select count(*) from capability_profile where tenant_id = :supplier)")
                .setParameter("supplier", supplier).getSingleResult()).intValue() > 0;
    }

    public Optional<ScorecardView> read(String supplier, String buyer, Reader reader) {
        return TenantTransactions.allTenants("a buyer or the operator reads a supplier's scorecard", () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> known = entities.createNativeQuery("""
                    select (select standing from supplier_scorecard s where s.tenant_id = :supplier),
                           (select standing_since from supplier_scorecard s where s.tenant_id = :supplier),
                           exists (select 1 from capability_profile p where p.tenant_id = :supplier)""")
                    .setParameter("supplier", supplier).getResultList();
            Object[] row = known.get(0);
            if (row[0] == null && !(Boolean) row[2]) {
                return Optional.<ScorecardView>empty();
            }
            List<Observation> observations = scorecards.observations(supplier, buyer);
            ScorePolicy.Scorecard card = new ScorePolicy(settings.current()).scorecard(supplier, observations,
                    clock.now().toInstant());
            boolean subjects = reader != Reader.BUYER_NETWORK;
            List<ObservationView> shown = new ArrayList<>();
            for (int i = observations.size() - 1; i >= 0 && shown.size() < 200; i--) {
                Observation o = observations.get(i);
                shown.add(new ObservationView(o.dimension(), o.success(), o.at(), subjects ? o.subject() : null,
                        subjects ? o.buyerTenantId() : null));
            }
            return Optional.of(new ScorecardView(supplier, names.of(supplier).orElse(supplier),
                    buyer == null ? "network" : "buyer",
                    row[0] == null ? Standing.NEW : Standing.valueOf((String) row[0]),
                    row[1] == null ? null : NativeValues.offsetDateTime(row[1]), card, shown,
                    reader == Reader.SUPPLIER || reader == Reader.OPERATOR ? changes.of(supplier, 20) : List.of()));
        });
    }
}
