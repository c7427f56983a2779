package app.routecard.marketplace.scoring;

import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The standing changes {@link ScorecardWriter} kept: the network's latest, or one supplier's. */
@ApplicationScoped
public class StandingChanges {

    private final EntityManager entities;
    private final TenantNames names;

    public StandingChanges(EntityManager entities, TenantNames names) {
        this.entities = entities;
        this.names = names;
    }

    /** One change: the supplier, from (null for its first scorecard) and to, the composite then, why and by whom. */
    public record Change(String supplierTenantId, String name, Standing from, Standing to, double composite,
                         double compositeLowerBound, OffsetDateTime at, String reason, String by) {
    }

    /** The network's latest changes, newest first. */
    public List<Change> latest(int limit) {
        return TenantTransactions.allTenants("the operator reads the network's standing changes",
                () -> read(null, limit));
    }

    /** One supplier's changes, newest first (inside the caller's all-tenants transaction). */
    public List<Change> of(String supplier, int limit) {
        return read(supplier, limit);
    }

    @SuppressWarnings("unchecked")
    private List<Change> read(String supplier, int limit) {
        var query = entities.createNativeQuery("""
                select tenant_id, from_standing, to_standing, composite, composite_lower, changed_at, reason, changed_by
                from standing_change""" + (supplier == null ? "" : " where tenant_id = :supplier")
                + " order by changed_at desc, id limit :limit").setParameter("limit", limit);
        if (supplier != null) {
            query.setParameter("supplier", supplier);
        }
        List<Change> changes = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            String tenant = (String) row[0];
            changes.add(new Change(tenant, names.of(tenant).orElse(tenant),
                    row[1] == null ? null : Standing.valueOf((String) row[1]), Standing.valueOf((String) row[2]),
                    ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue(),
                    NativeValues.offsetDateTime(row[5]), (String) row[6], (String) row[7]));
        }
        return changes;
    }
}
