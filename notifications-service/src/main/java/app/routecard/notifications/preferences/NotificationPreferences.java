package app.routecard.notifications.preferences;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.notifications.rules.DeliveryPreferencePolicy;
import app.routecard.notifications.rules.DeliveryPreferencePolicy.Channel;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in person's own choices per category: only the categories their roles concern. */
@RequestScoped
public class NotificationPreferences {

    private final SecurityIdentity identity;
    private final CurrentTenant tenant;
    private final PreferenceStore store;
    private final NotificationClock clock;

    public NotificationPreferences(SecurityIdentity identity, CurrentTenant tenant, PreferenceStore store,
                                   NotificationClock clock) {
        this.identity = identity;
        this.tenant = tenant;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public PreferenceDtos.Preferences mine() {
        Map<String, Channel> chosen = store.chosenBy(List.of(userId())).getOrDefault(userId(), Map.of());
        return new PreferenceDtos.Preferences(DeliveryPreferencePolicy.forRoles(identity.getRoles()).stream()
                .map(category -> new PreferenceDtos.CategoryPreference(category.name(), category.label(),
                        DeliveryPreferencePolicy.channel(category.name(), chosen.get(category.name())).name(),
                        category.byDefault().name())).toList(),
                Arrays.stream(Channel.values()).map(Channel::name).toList());
    }

    /** Sets the channel of each named category; a category or channel that is not one answers 400 naming it. */
    @Transactional
    public PreferenceDtos.Preferences choose(Map<String, String> channels) {
        List<String> mine = DeliveryPreferencePolicy.forRoles(identity.getRoles()).stream()
                .map(DeliveryPreferencePolicy.Category::name).toList();
        channels.forEach((category, channel) -> {
            if (!mine.contains(category)) {
                throw new InvalidField(category, "is not a category of notification for you; yours are "
                        + String.join(", ", mine));
            }
            store.choose(tenant.id(), userId(), category, channel(category, channel), clock.now());
        });
        return mine();
    }

    static Channel channel(String field, String channel) {
        try {
            return Channel.valueOf(channel == null ? "" : channel.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "must be one of IN_APP, EMAIL, DIGEST, OFF");
        }
    }

    /** The person, as the token's subject: the user id Keycloak gives the e-mail side too. */
    public String userId() {
        return ((JsonWebToken) identity.getPrincipal()).getSubject();
    }
}
