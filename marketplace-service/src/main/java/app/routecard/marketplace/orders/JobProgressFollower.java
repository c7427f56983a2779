package app.routecard.marketplace.orders;

import app.routecard.platform.inbox.EventHandler;
import app.routecard.platform.inbox.InboxEvent;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Carries the shop's job events into the buyer's order: the job's number, stage, steps done, quantity shipped,
 * and a line of history per event. The event arrives in the shop's tenant, where the award proves the job is a
 * marketplace order's; the buyer's order is written in the all-tenants scope, keyed by the event's id, so a
 * redelivered event changes nothing even if it ran once already.
 */
@ApplicationScoped
public class JobProgressFollower implements EventHandler {

    static final String NAME = "marketplace-service.order-progress";
    private static final Logger LOG = Logger.getLogger(JobProgressFollower.class);

    private final EntityManager entities;

    public JobProgressFollower(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of("routecard.job");
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("job.");
    }

    /** The shop's award a job belongs to: the buyer's order has its id. */
    private record AwardOfJob(UUID id, String buyerTenant, String jobNumber) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handle(InboxEvent event) {
        JsonNode data = event.data();
        UUID jobId = UUID.fromString(data.path("jobId").asText());
        List<Object[]> found;
        if ("job.created".equals(event.type())) {
            if (!data.hasNonNull("awardId")) {
                return;
            }
            // Row-level security limits the lookup to the event's tenant: a job names only its own shop's award.
            found = entities.createNativeQuery("""
                    update award set job_id = :job, job_number = :number
                    where id = :award and tenant_id = :shop returning id, buyer_tenant, job_number""")
                    .setParameter("job", jobId).setParameter("number", data.path("number").asText())
                    .setParameter("award", UUID.fromString(data.path("awardId").asText()))
                    .setParameter("shop", event.tenantId()).getResultList();
            if (found.isEmpty()) {
                LOG.warnf("job %s was created for award %s, which shop %s does not have", jobId,
                        data.path("awardId").asText(), event.tenantId());
                return;
            }
        } else {
            found = entities.createNativeQuery("""
                    select id, buyer_tenant, job_number from award where job_id = :job and tenant_id = :shop""")
                    .setParameter("job", jobId).setParameter("shop", event.tenantId()).getResultList();
            if (found.isEmpty()) {
                return;
            }
        }
        AwardOfJob award = new AwardOfJob((UUID) found.get(0)[0], (String) found.get(0)[1],
                (String) found.get(0)[2]);
        OrderProgressPolicy.JobFacts facts = new OrderProgressPolicy.JobFacts(event.type(),
                text(data, "number", text(data, "jobNumber", award.jobNumber())), text(data, "stage", null),
                integer(data, "position"), text(data, "name", null), integer(data, "goodQuantity"),
                integer(data, "shippedQuantity"), integer(data, "orderedQuantity"),
                data.has("complete") ? data.path("complete").asBoolean() : null, text(data, "carrier", null),
                text(data, "trackingNumber", null));
        OffsetDateTime at = event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC)
                : OffsetDateTime.parse(event.time());
        TenantTransactions.allTenants("the shop's job event updates the buyer's order", () -> {
            apply(event.id(), award, facts, at);
            return null;
        });
    }

    private void apply(UUID eventId, AwardOfJob award, OrderProgressPolicy.JobFacts facts, OffsetDateTime at) {
        Object[] order = (Object[]) entities.createNativeQuery("""
                select status, steps_done, shipped_quantity from purchase_order
                where id = :id and tenant_id = :buyer for update""")
                .setParameter("id", award.id()).setParameter("buyer", award.buyerTenant()).getSingleResult();
        OrderProgressPolicy.apply((String) order[0], facts).ifPresent(progress -> {
            int inserted = entities.createNativeQuery("""
                    insert into order_update (id, tenant_id, order_id, kind, summary, at)
                    values (:id, :buyer, :order, :kind, :summary, :at) on conflict (id) do nothing""")
                    .setParameter("id", eventId).setParameter("buyer", award.buyerTenant())
                    .setParameter("order", award.id()).setParameter("kind", facts.type())
                    .setParameter("summary", progress.summary()).setParameter("at", at).executeUpdate();
            if (inserted == 0) {
                return;
            }
            int shipped = facts.shippedQuantity() == null ? ((Number) order[2]).intValue()
                    : Math.max(((Number) order[2]).intValue(), facts.shippedQuantity());
            entities.createNativeQuery("""
                    update purchase_order set status = :status, job_number = coalesce(:job, job_number),
                           job_stage = coalesce(:stage, job_stage), steps_done = steps_done + :step,
                           shipped_quantity = :shipped, updated_at = :at
                    where id = :id""")
                    .setParameter("status", progress.status()).setParameter("job", facts.jobNumber())
                    .setParameter("stage", facts.stage()).setParameter("step", progress.stepCompleted() ? 1 : 0)
                    .setParameter("shipped", shipped).setParameter("at", at)
                    .setParameter("id", award.id()).executeUpdate();
        });
    }

    private static String text(JsonNode data, String field, String otherwise) {
        return data.hasNonNull(field) ? data.path(field).asText() : otherwise;
    }

    private static Integer integer(JsonNode data, String field) {
        return data.hasNonNull(field) ? data.path(field).asInt() : null;
    }
}
