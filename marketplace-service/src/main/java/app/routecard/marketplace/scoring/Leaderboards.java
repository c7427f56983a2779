package app.routecard.marketplace.scoring;

import app.routecard.marketplace.capability.Process;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The network's suppliers ranked by the lower bound of a dimension's score (or the composite's), so one lucky
 * job does not top the board; filtered by a process the supplier offers and the country it ships from, paged.
 */
@ApplicationScoped
public class Leaderboards {

    /** What a board ranks by. */
    public enum Board { COMPOSITE, ON_TIME, QUALITY, RESPONSIVENESS }

    private final EntityManager entities;
    private final TenantNames names;

    public Leaderboards(EntityManager entities, TenantNames names) {
        this.entities = entities;
        this.names = names;
    }

    /** One row of a board: the rank, the supplier, its standing and the ranked score with its lower bound. */
    public record Entry(int rank, String supplierTenantId, String name, Standing standing, double score,
                        double lowerBound, double composite, int observations, int deliveredJobs,
                        OffsetDateTime asOf) {
    }

    @SuppressWarnings("unchecked")
    public Paged<Entry> board(Board board, Process process, String country, ListWindow window) {
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
}
