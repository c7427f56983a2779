package app.routecard.marketplace.routing;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What time does to routing, judged by the {@link MarketClock}: an RFQ past its quote deadline closes quoting and
 * its waves; an unanswered offer past its expiry expires; an open wave past its expiry closes, and if the RFQ has
 * fewer quotes than it should by then, its next wave is due. All in the database, so a restart loses nothing, and
 * each row changes once whatever the number of replicas (the updates claim their rows).
 */
@ApplicationScoped
public class WaveExpiry {

    private static final Logger LOG = Logger.getLogger(WaveExpiry.class);

    private final EntityManager entities;
    private final Outbox outbox;
    private final MarketClock clock;
    private final NextWaves nextWaves;
    private final int enoughQuotes;

    public WaveExpiry(EntityManager entities, Outbox outbox, MarketClock clock, NextWaves nextWaves,
                      @ConfigProperty(name = "routecard.routing.enough-quotes", defaultValue = "3") int enoughQuotes) {
        this.entities = entities;
        this.outbox = outbox;
        this.clock = clock;
        this.nextWaves = nextWaves;
        this.enoughQuotes = enoughQuotes;
    }

    /** What {@code marketplace.offer.expired} says to the supplier: the offer went unanswered. */
    public record OfferExpired(UUID offerId, UUID rfqId, String buyerTenantId, int wave, OffsetDateTime offeredAt,
                               OffsetDateTime expiredAt) {
    }

    /** Applies everything due by now; answers how many rows it changed. */
    public int sweep() {
        return TenantTransactions.allTenants("time closes RFQs, offers and waves of every tenant", this::sweepNow);
    }

    @SuppressWarnings("unchecked")
    private int sweepNow() {
        OffsetDateTime now = clock.now();
        int changed = entities.createNativeQuery("""
                with closed as (update rfq set status = 'QUOTING_CLOSED'
                                where status = 'OPEN' and quote_deadline <= :now returning id)
                update routing_wave set status = 'CLOSED'
                where status in ('DUE', 'OPEN') and rfq_id in (select id from closed)""")
                .setParameter("now", now).executeUpdate();
        // A cancelled RFQ takes back the offers still standing and ends its waves.
        int withdrawn = entities.createNativeQuery("""
                update offer set status = 'WITHDRAWN'
                where status in ('NEW', 'VIEWED') and rfq_id in (select id from rfq where status = 'CANCELLED')""")
                .executeUpdate();
        changed += withdrawn + entities.createNativeQuery("""
                update routing_wave set status = 'CLOSED' where status in ('DUE', 'OPEN')
                and rfq_id in (select id from rfq where status = 'CANCELLED')""").executeUpdate();
        List<Object[]> expired = entities.createNativeQuery("""
                update offer set status = 'EXPIRED'
                where status in ('NEW', 'VIEWED') and expires_at <= :now
                returning id, tenant_id, rfq_id, buyer_tenant, wave_number, created_at, expires_at""")
                .setParameter("now", now).getResultList();
        for (Object[] offer : expired) {
            outbox.record(new IntegrationEvent("marketplace.offer.expired", offer[0].toString(), (String) offer[1],
                    new OfferExpired((UUID) offer[0], (UUID) offer[2], (String) offer[3],
                            ((Number) offer[4]).intValue(), NativeValues.offsetDateTime(offer[5]),
                            NativeValues.offsetDateTime(offer[6]))));
        }
        List<UUID> waveEnded = entities.createNativeQuery("""
                update routing_wave set status = 'CLOSED' where status = 'OPEN' and expires_at <= :now
                returning rfq_id""").setParameter("now", now).getResultList();
        int next = 0;
        for (UUID rfq : waveEnded) {
            long quotes = ((Number) entities.createNativeQuery("""
                    select count(*) from received_quote
                    where rfq_id = :rfq and kind = 'QUOTE' and status = 'SUBMITTED'""")
                    .setParameter("rfq", rfq).getSingleResult()).longValue();
            if (quotes < enoughQuotes && nextWaves.dueNow(rfq, now)) {
                next++;
            }
        }
        if (changed + expired.size() + waveEnded.size() > 0) {
            LOG.infof("Routing clock at %s: %d offers expired, %d withdrawn, %d waves ended (%d next waves due)",
                    now, expired.size(), withdrawn, waveEnded.size(), next);
        }
        return changed + expired.size() + waveEnded.size();
    }
}
