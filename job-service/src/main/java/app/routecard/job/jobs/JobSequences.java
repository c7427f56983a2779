package app.routecard.job.jobs;

import app.routecard.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A job's own number series (its shipments, its NCRs). One upsert allocates the next value: concurrent requests
 * queue on the row and each gets its own number, and a number once handed out is never handed out again.
 */
@RequestScoped
public class JobSequences {

    /** The series a job keeps. */
    public enum Kind { NCR, SHIPMENT }

    private final EntityManager entityManager;
    private final CurrentTenant tenant;

    public JobSequences(EntityManager entityManager, CurrentTenant tenant) {
        this.entityManager = entityManager;
        this.tenant = tenant;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(UUID jobId, Kind kind) {
        Number value = (Number) entityManager.createNativeQuery("""
                        insert into job_sequence (tenant_id, job_id, kind, last_value)
                        values (:tenant, :job, :kind, 1)
                        on conflict (job_id, kind) do update set last_value = job_sequence.last_value + 1
                        returning last_value""")
                .setParameter("tenant", tenant.id())
                .setParameter("job", jobId)
                .setParameter("kind", kind.name())
                .getSingleResult();
        return value.intValue();
    }
}
