package app.routecard.marketplace.offers;

import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.rules.RuleRefused;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A shop's answer to an offer. A decline opens the RFQ's next wave at once, from the shops not yet offered it:
 * the offer is the shop's and the wave the buyer's, so both are written in one transaction in the all-tenants
 * scope, after the shop's own read proved the offer is its.
 */
@RequestScoped
public class OfferAnswers {

    private final EntityManager entities;
    private final Outbox outbox;
    private final CurrentTenant tenant;

    public OfferAnswers(EntityManager entities, Outbox outbox, CurrentTenant tenant) {
        this.entities = entities;
        this.outbox = outbox;
        this.tenant = tenant;
    }

    /** What {@code marketplace.offer.declined} says. */
    public record Declined(UUID offerId, UUID rfqId, String buyerTenantId, String reason, String note, int wave) {
    }

    @Transactional(Transactional.TxType.NEVER)
    public void decline(UUID offerId, OfferPolicy.DeclineReason reason, String note) {
        String shop = tenant.id();
        Offer offer = TenantTransactions.forTenant(shop, () -> Offer.<Offer>findByIdOptional(offerId)
                .orElseThrow(() -> new NotFoundException("No offer " + offerId)));
        TenantTransactions.allTenants("a shop's decline ends its offer and opens the buyer's next wave", () -> {
            Object status = entities.createNativeQuery(
                    "select status from offer where id = :id and tenant_id = :shop for update")
                    .setParameter("id", offerId).setParameter("shop", shop).getSingleResult();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            OfferPolicy.checkDecline((String) status, offer.expiresAt, now, reason, note).ifPresent(refusal -> {
                throw new RuleRefused(refusal);
            });
            entities.createNativeQuery("update offer set status = 'DECLINED' where id = :id")
                    .setParameter("id", offerId).executeUpdate();
            entities.createNativeQuery("""
                    insert into routing_wave (id, tenant_id, rfq_id, number, status, seed, due_at)
                    select :wave, w.tenant_id, w.rfq_id, max(w.number) + 1, 'DUE', :seed, :now
                    from routing_wave w join rfq r on r.id = w.rfq_id
                    where w.rfq_id = :rfq and r.status = 'OPEN' and r.quote_deadline > :now
                      and not exists (select 1 from routing_wave d where d.rfq_id = :rfq and d.status = 'DUE')
                    group by w.tenant_id, w.rfq_id""")
                    .setParameter("wave", UUID.randomUUID()).setParameter("seed", new java.security.SecureRandom()
                            .nextLong()).setParameter("now", now).setParameter("rfq", offer.rfqId).executeUpdate();
            outbox.record(new IntegrationEvent("marketplace.offer.declined", offerId.toString(), shop,
                    new Declined(offerId, offer.rfqId, offer.buyerTenant, reason.name(),
                            note == null || note.isBlank() ? null : note.strip(), offer.waveNumber)));
            return null;
        });
    }
}
