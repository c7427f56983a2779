package app.routecard.marketplace.scoring;

import app.routecard.marketplace.capability.Process;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.marketplace.clock.MarketClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network's suppliers ranked by the lower bound of a dimension's score (or the composite's), so one lucky
 * job does not top the board; filtered by a process the supplier offers and the country it ships from, over the
 * whole history or a window of recent days, paged.
 */
@ApplicationScoped
public class Leaderboards {

    /** What a board ranks by. */
    public enum Board { COMPOSITE, ON_TIME, QUALITY, RESPONSIVENESS }

    private final EntityManager entities;
    private final TenantNames names;
    private final ScoringSettingsSource settings;
    private final MarketClock clock;

    public Leaderboards(EntityManager entities, TenantNames names, ScoringSettingsSource settings, MarketClock clock) {
        this.entities = entities;
        this.names = names;
        this.settings = settings;
        this.clock = clock;
    }

    /** One row of a board: the rank, the supplier, its standing and the ranked score with its lower bound. */
    public record Entry(int rank, String supplierTenantId, String name, Standing standing, double score,
                        double lowerBound, double composite, int observations, int deliveredJobs,
                        OffsetDateTime asOf) {
    }

    /**
     * The board over the suppliers' whole history ({@code windowDays} null: the live scorecards), or over the
     * observations of the last {@code windowDays} days only, each supplier's card computed for the request.
     */
    public Paged<Entry> board(Board board, Process process, String country, Integer windowDays, ListWindow window) {
        return windowDays == null ? board(board, process, country, window)
                : windowed(board, process, country, windowDays, window);
    }

    @SuppressWarnings("unchecked")
    private Paged<Entry> board(Board board, Process process, String country, ListWindow window) {
        String score = switch (board) {
            case COMPOSITE -> "s.composite";
            case ON_TIME -> "s.on_time";
            case QUALITY -> "s.quality";
            case RESPONSIVENESS -> "s.responsiveness";
        };
        String where = " where 1 = 1" + (process == null ? "" : " and p.processes @> cast(:process as jsonb)")
                + (country == null ? "" : " and p.ship_from_country = :country");
        String from = " from supplier_scorecard s left join capability_profile p on p.tenant_id = s.tenant_id" + where;
        return TenantTransactions.allTenants("a leaderboard ranks every supplier of the network", () -> {
            var rows = entities.createNativeQuery("select s.tenant_id, s.standing, " + score + ", " + score
                    + "_lower, s.composite, s.observations, s.delivered_jobs, s.as_of" + from
                    + " order by " + score + "_lower desc, s.tenant_id limit :size offset :offset")
                    .setParameter("size", window.size).setParameter("offset", (long) window.page * window.size);
            var count = entities.createNativeQuery("select count(*)" + from);
            if (process != null) {
                rows.setParameter("process", "[\"" + process.name() + "\"]");
                count.setParameter("process", "[\"" + process.name() + "\"]");
            }
            if (country != null) {
                rows.setParameter("country", country);
                count.setParameter("country", country);
            }
            List<Entry> entries = new ArrayList<>();
            int rank = window.page * window.size;
            for (Object[] row : (List<Object[]>) rows.getResultList()) {
                String tenant = (String) row[0];
                entries.add(new Entry(++rank, tenant, names.of(tenant).orElse(tenant), Standing.valueOf((String) row[1]),
                        ((Number) row[2]).doubleValue(), ((Number) row[3]).doubleValue(),
                        ((Number) row[4]).doubleValue(), ((Number) row[5]).intValue(), ((Number) row[6]).intValue(),
                        NativeValues.offsetDateTime(row[7])));
            }
            return new Paged<>(entries, window.page, window.size, ((Number) count.getSingleResult()).longValue());
        });
    }

    @SuppressWarnings("unchecked")
    private Paged<Entry> windowed(Board board, Process process, String country, int days, ListWindow window) {
        String where = " where 1 = 1" + (process == null ? "" : " and p.processes @> cast(:process as jsonb)")
                + (country == null ? "" : " and p.ship_from_country = :country");
        String from = " from supplier_scorecard s left join capability_profile p on p.tenant_id = s.tenant_id";
        return TenantTransactions.allTenants("a leaderboard ranks every supplier of the network", () -> {
            OffsetDateTime now = clock.now();
            var suppliers = entities.createNativeQuery("select s.tenant_id, s.standing" + from + where);
            var observed = entities.createNativeQuery("""
                    select o.tenant_id, o.dimension, o.success, o.observed_at, o.source_event_id, o.buyer_tenant,
                           o.subject from score_observation o join supplier_scorecard s on s.tenant_id = o.tenant_id
                           left join capability_profile p on p.tenant_id = s.tenant_id"""
                    + where + " and o.observed_at >= :since and o.observed_at <= :now")
                    .setParameter("since", now.minusDays(days)).setParameter("now", now);
            for (var query : List.of(suppliers, observed)) {
                if (process != null) {
                    query.setParameter("process", "[\"" + process.name() + "\"]");
                }
                if (country != null) {
                    query.setParameter("country", country);
                }
            }
            Map<String, List<Observation>> bySupplier = new HashMap<>();
            for (Object[] row : (List<Object[]>) observed.getResultList()) {
                Observation observation = ScorecardWriter.observation(row);
                bySupplier.computeIfAbsent(observation.supplierTenantId(), s -> new ArrayList<>()).add(observation);
            }
            ScorePolicy policy = new ScorePolicy(settings.current());
            List<Entry> all = new ArrayList<>();
            for (Object[] row : (List<Object[]>) suppliers.getResultList()) {
                String tenant = (String) row[0];
                ScorePolicy.Scorecard card = policy.scorecard(tenant, bySupplier.getOrDefault(tenant, List.of()),
                        now.toInstant());
                double score = board == Board.COMPOSITE ? card.composite()
                        : card.dimension(Dimension.valueOf(board.name())).score();
                double lower = board == Board.COMPOSITE ? card.compositeLowerBound()
                        : card.dimension(Dimension.valueOf(board.name())).lowerBound();
                all.add(new Entry(0, tenant, names.of(tenant).orElse(tenant), Standing.valueOf((String) row[1]),
                        score, lower, card.composite(),
                        card.dimensions().stream().mapToInt(ScorePolicy.DimensionScore::count).sum(),
                        card.onTimeCount(), now));
            }
            all.sort(Comparator.comparingDouble(Entry::lowerBound).reversed()
                    .thenComparing(Entry::supplierTenantId));
            List<Entry> page = new ArrayList<>();
            int first = window.page * window.size;
            for (int i = first; i < Math.min(all.size(), first + window.size); i++) {
                Entry e = all.get(i);
                page.add(new Entry(i + 1, e.supplierTenantId(), e.name(), e.standing(), e.score(), e.lowerBound(),
                        e.composite(), e.observations(), e.deliveredJobs(), e.asOf()));
            }
            return new Paged<>(page, window.page, window.size, all.size());
        });
    }
}
