package app.routecard.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-tenant yearly number series (J for jobs, Q for quotes, R for RFQs). One upsert allocates the next
 * value, so two concurrent requests never get the same number: the second waits for the first's row lock. The
 * service's own migration creates the table ({@code routecard.number-series.table}, columns tenant_id, series,
 * year, last_value, primary key on the first three).
 */
@RequestScoped
public class NumberSeries {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EntityManager entityManager;
    private final CurrentTenant tenant;
    private final String table;

    public NumberSeries(EntityManager entityManager, CurrentTenant tenant,
                        @ConfigProperty(name = "routecard.number-series.table", defaultValue = "number_series")
                        String table) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("routecard.number-series.table is no table name: " + table);
        }
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.table = table;
    }

    /** The next number of a series for the caller's tenant, e.g. J-2026-0042. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String series, int year) {
        Number value = (Number) entityManager.createNativeQuery("insert into " + table
                        + " (tenant_id, series, year, last_value) values (:tenant, :series, :year, 1)"
                        + " on conflict (tenant_id, series, year) do update set last_value = " + table
                        + ".last_value + 1 returning last_value")
                .setParameter("tenant", tenant.id())
                .setParameter("series", series)
                .setParameter("year", year)
                .getSingleResult();
        return String.format(Locale.ROOT, "%s-%d-%04d", series, year, value.intValue());
    }
}
