package app.routecard.job.jobs;

import app.routecard.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * The per-tenant yearly number series (J for jobs, Q for quotes). One upsert allocates the next value, so two
 * concurrent requests never get the same number: the second waits for the first's row lock.
 */
@RequestScoped
public class NumberSeries {

    private final EntityManager entityManager;
    private final CurrentTenant tenant;

    public NumberSeries(EntityManager entityManager, CurrentTenant tenant) {
        this.entityManager = entityManager;
        this.tenant = tenant;
    }

    /** The next number of a series for the caller's tenant, e.g. J-2026-0042. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String series, int year) {
        Number value = (Number) entityManager.createNativeQuery("""
                        insert into job_counter (tenant_id, series, year, last_value)
                        values (:tenant, :series, :year, 1)
                        on conflict (tenant_id, series, year) do update set last_value = job_counter.last_value + 1
                        returning last_value""")
                .setParameter("tenant", tenant.id())
                .setParameter("series", series)
                .setParameter("year", year)
                .getSingleResult();
        return String.format(Locale.ROOT, "%s-%d-%04d", series, year, value.intValue());
    }
}
