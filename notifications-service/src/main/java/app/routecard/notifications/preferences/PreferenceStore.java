package app.routecard.notifications.preferences;

import app.routecard.notifications.rules.DeliveryPreferencePolicy;
import app.routecard.notifications.rules.DeliveryPreferencePolicy.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People's choices per category, read and written in the caller's transaction (a person's own tenant, or the
 * mail fan-out's all-tenants scope).
 */
@ApplicationScoped
public class PreferenceStore {

    private final EntityManager entities;

    public PreferenceStore(EntityManager entities) {
        this.entities = entities;
    }

    /** What each of these people chose, user id to category to channel (nothing for a default). */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Channel>> chosenBy(Collection<String> userIds) {
        Map<String, Map<String, Channel>> chosen = new HashMap<>();
        if (userIds.isEmpty()) {
            return chosen;
        }
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("select user_id, category, channel from"
                + " notification_preference where user_id in (:users)").setParameter("users", userIds)
                .getResultList()) {
            chosen.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1],
                    Channel.valueOf((String) row[2]));
        }
        return chosen;
    }

    /** The channel this person hears of the category on. */
    public Channel channel(String userId, String category) {
        return DeliveryPreferencePolicy.channel(category, chosenBy(List.of(userId))
                .getOrDefault(userId, Map.of()).get(category));
    }

    public void choose(String tenantId, String userId, String category, Channel channel, Instant at) {
        entities.createNativeQuery("insert into notification_preference (tenant_id, user_id, category, channel,"
                        + " updated_at) values (:tenant, :user, :category, :channel, :at) on conflict (user_id, category)"
                        + " do update set channel = excluded.channel, updated_at = excluded.updated_at")
                .setParameter("tenant", tenantId).setParameter("user", userId).setParameter("category", category)
                .setParameter("channel", channel.name()).setParameter("at", Timestamp.from(at)).executeUpdate();
    }
}
