package app.routecard.marketplace.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Makes an RFQ's next wave due: after a decline, or when a wave expired with too few quotes. Only while the RFQ is
 * open and before its quote deadline, and never a second due wave beside one that is due already. The wave is the
 * buyer's; callers are in an all-tenants transaction.
 */
@ApplicationScoped
public class NextWaves {

    private final EntityManager entities;
    private final SecureRandom seeds = new SecureRandom();

    public NextWaves(EntityManager entities) {
        this.entities = entities;
    }

    /** Answers whether a wave was made due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean dueNow(UUID rfqId, OffsetDateTime now) {
        return entities.createNativeQuery("""
                insert into routing_wave (id, tenant_id, rfq_id, number, status, seed, due_at)
                select :wave, w.tenant_id, w.rfq_id, max(w.number) + 1, 'DUE', :seed, :now
                from routing_wave w join rfq r on r.id = w.rfq_id
                where w.rfq_id = :rfq and r.status = 'OPEN' and r.quote_deadline > :now
                  and not exists (select 1 from routing_wave d where d.rfq_id = :rfq and d.status = 'DUE')
                group by w.tenant_id, w.rfq_id""")
                .setParameter("wave", UUID.randomUUID()).setParameter("seed", seeds.nextLong())
                .setParameter("now", now).setParameter("rfq", rfqId).executeUpdate() > 0;
    }
}
