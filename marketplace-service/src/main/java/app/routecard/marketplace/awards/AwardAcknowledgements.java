package app.routecard.marketplace.awards;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The winning shop acknowledges its award: its award row, and the buyer's order learns it, in one transaction. */
@RequestScoped
public class AwardAcknowledgements {

    private final EntityManager entities;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final MarketClock clock;
    private final SecurityIdentity identity;

    public AwardAcknowledgements(EntityManager entities, Outbox outbox, CurrentTenant tenant, MarketClock clock,
                                 SecurityIdentity identity) {
        this.entities = entities;
        this.outbox = outbox;
        this.tenant = tenant;
        this.clock = clock;
        this.identity = identity;
    }

    /** What {@code marketplace.award.acknowledged} says. */
    public record AwardAcknowledged(UUID awardId, String orderNumber, String buyerTenantId, UUID jobId,
                                    OffsetDateTime awardedAt, OffsetDateTime acknowledgedAt, String by) {
    }

    @Transactional(Transactional.TxType.NEVER)
    public void acknowledge(UUID awardId) {
        String shop = tenant.id();
        Award award = TenantTransactions.forTenant(shop, () -> Award.<Award>findByIdOptional(awardId)
                .orElseThrow(() -> new NotFoundException("No award " + awardId)));
        String by = identity.getPrincipal().getName();
        TenantTransactions.allTenants("an acknowledgement is the shop's and the buyer's order's", () -> {
            String status = (String) entities.createNativeQuery(
                    "select status from award where id = :id and tenant_id = :shop for update")
                    .setParameter("id", awardId).setParameter("shop", shop).getSingleResult();
            Refusal.throwIfPresent(AwardPolicy.checkAcknowledge(status));
            OffsetDateTime now = clock.now();
            entities.createNativeQuery("""
                    update award set status = 'ACKNOWLEDGED', acknowledged_at = :now, acknowledged_by = :by
                    where id = :id""").setParameter("now", now).setParameter("by", by).setParameter("id", awardId)
                    .executeUpdate();
            entities.createNativeQuery("""
                    update purchase_order set acknowledged_at = :now, updated_at = :now,
                           status = case when status = 'AWARDED' then 'ACKNOWLEDGED' else status end
                    where id = :id and tenant_id = :buyer""").setParameter("now", now).setParameter("id", awardId)
                    .setParameter("buyer", award.buyerTenant).executeUpdate();
            entities.createNativeQuery("""
                    insert into order_update (id, tenant_id, order_id, kind, summary, at)
                    values (:id, :buyer, :order, 'award.acknowledged', :summary, :now)""")
                    .setParameter("id", UUID.randomUUID()).setParameter("buyer", award.buyerTenant)
                    .setParameter("order", awardId).setParameter("summary", "Acknowledged by the shop")
                    .setParameter("now", now).executeUpdate();
            outbox.record(new IntegrationEvent("marketplace.award.acknowledged", awardId.toString(), shop,
                    new AwardAcknowledged(awardId, award.orderNumber, award.buyerTenant, award.jobId,
                            award.awardedAt, now, by)));
            return null;
        });
    }
}
