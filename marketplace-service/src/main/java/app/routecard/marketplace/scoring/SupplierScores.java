package app.routecard.marketplace.scoring;

import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Suppliers' scorecards in brief, for a buyer's quote comparison: a supplier never scored is New at the priors. */
@ApplicationScoped
public class SupplierScores {

    private final EntityManager entities;
    private final ScoringSettingsSource settings;

    public SupplierScores(EntityManager entities, ScoringSettingsSource settings) {
        this.entities = entities;
        this.settings = settings;
    }

    @SuppressWarnings("unchecked")
    public Map<String, SupplierScore> of(Collection<String> suppliers) {
        Map<String, SupplierScore> scores = new HashMap<>();
        if (suppliers.isEmpty()) {
            return scores;
        }
        ScorePolicy.Scorecard prior = new ScorePolicy(settings.current()).scorecard("", List.of(), Instant.EPOCH);
        TenantTransactions.allTenants("a buyer compares the scorecards of the shops that quoted", () -> {
            for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                    select tenant_id, composite, composite_lower, standing, delivered_jobs from supplier_scorecard
                    where tenant_id in (:suppliers)""").setParameter("suppliers", suppliers).getResultList()) {
                scores.put((String) row[0], new SupplierScore(((Number) row[1]).doubleValue(),
                        ((Number) row[2]).doubleValue(), Standing.valueOf((String) row[3]),
                        ((Number) row[4]).intValue()));
            }
            return null;
        });
        suppliers.forEach(supplier -> scores.computeIfAbsent(supplier, none -> new SupplierScore(prior.composite(),
                prior.compositeLowerBound(), Standing.NEW, 0)));
        return scores;
    }
}
