package app.routecard.notifications.inapp;

import app.routecard.notifications.rules.RecipientPolicy;
import app.routecard.platform.inbox.InboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which marketplace order a shop's job makes, learnt from the events (the award names its buyer, the job names its
 * award), so that a shipment can tell the buyer. In the caller's all-tenants transaction.
 */
@ApplicationScoped
public class MarketplaceOrders {

    private final EntityManager entities;

    public MarketplaceOrders(EntityManager entities) {
        this.entities = entities;
    }

    /** Records what the events say about orders and the jobs that make them (again is fine). */
    public void learn(List<InboxEvent> events) {
        for (InboxEvent event : events) {
            if (event.type().equals("marketplace.award.created")) {
                entities.createNativeQuery("""
                        insert into marketplace_order (award_id, tenant_id, buyer_tenant, order_number)
                        values (:award, :shop, :buyer, :number) on conflict do nothing""")
                        .setParameter("award", UUID.fromString(event.data().path("awardId").asText()))
                        .setParameter("shop", event.tenantId())
                        .setParameter("buyer", event.data().path("buyerTenantId").asText())
                        .setParameter("number", event.data().path("orderNumber").asText()).executeUpdate();
            } else if (event.type().equals("job.created") && !event.data().path("awardId").asText("").isEmpty()) {
                entities.createNativeQuery("""
                        insert into marketplace_job (job_id, tenant_id, award_id) values (:job, :shop, :award)
                        on conflict do nothing""")
                        .setParameter("job", UUID.fromString(event.data().path("jobId").asText()))
                        .setParameter("shop", event.tenantId())
                        .setParameter("award", UUID.fromString(event.data().path("awardId").asText()))
                        .executeUpdate();
            }
        }
    }

    /** The order the shop's job makes, if a marketplace award made it. */
    @SuppressWarnings("unchecked")
    public Optional<RecipientPolicy.Order> ofJob(String shop, String jobId) {
        UUID job;
        try {
            job = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<Object[]> rows = entities.createNativeQuery("""
                select o.buyer_tenant, o.award_id, o.order_number from marketplace_job j
                join marketplace_order o on o.award_id = j.award_id and o.tenant_id = j.tenant_id
                where j.job_id = :job and j.tenant_id = :shop""").setParameter("job", job)
                .setParameter("shop", shop).getResultList();
        return rows.stream().findFirst().map(row -> new RecipientPolicy.Order((String) row[0], row[1].toString(),
                (String) row[2]));
    }
}
