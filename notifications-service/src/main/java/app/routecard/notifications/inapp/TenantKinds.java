package app.routecard.notifications.inapp;

import app.routecard.platform.inbox.InboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Each tenant's kind, from the tenant events: who the operators are. In the follower's all-tenants transaction. */
@ApplicationScoped
public class TenantKinds {

    private final EntityManager entities;

    public TenantKinds(EntityManager entities) {
        this.entities = entities;
    }

    public void learn(List<InboxEvent> events) {
        for (InboxEvent event : events) {
            if (event.type().startsWith("tenant.") && event.data().hasNonNull("kind")) {
                entities.createNativeQuery("insert into tenant_kind (tenant_id, kind) values (:tenant, :kind)"
                                + " on conflict (tenant_id) do update set kind = excluded.kind")
                        .setParameter("tenant", event.tenantId()).setParameter("kind", event.data().path("kind")
                                .asText()).executeUpdate();
            }
        }
    }

    /** The operators' tenants. */
    @SuppressWarnings("unchecked")
    public List<String> operators() {
        return entities.createNativeQuery("select tenant_id from tenant_kind where kind = 'OPERATOR'")
                .getResultList();
    }
}
