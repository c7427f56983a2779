package app.routecard.notifications.mail;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.notifications.preferences.PreferenceDtos;
import app.routecard.notifications.preferences.PreferenceStore;
import app.routecard.notifications.rules.DeliveryPreferencePolicy;
import app.routecard.notifications.rules.DeliveryPreferencePolicy.Channel;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An e-mail's unsubscribe link, behind the portal's page: no sign-in, only the signed token. Reading it says which
 * category it stops; confirming sets that category to the portal only (the person still sees it there). An altered
 * or made-up token answers 404.
 */
@Path("/api/unsubscribe/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    private final MailSettings settings;
    private final PreferenceStore preferences;
    private final NotificationClock clock;

    public UnsubscribeResource(MailSettings settings, PreferenceStore preferences, NotificationClock clock) {
        this.settings = settings;
        this.preferences = preferences;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Which category of e-mail this link stops, and how the person hears of it now")
    public PreferenceDtos.Unsubscribed show(@PathParam("token") String token) {
        UnsubscribeTokens.Request request = request(token);
        Channel now = TenantTransactions.forTenant(request.tenantId(),
                () -> preferences.channel(request.userId(), request.category()));
        return view(request, now);
    }

    @POST
    @Operation(summary = "Stop e-mails of this category: it still shows in the portal")
    public PreferenceDtos.Unsubscribed unsubscribe(@PathParam("token") String token) {
        UnsubscribeTokens.Request request = request(token);
        TenantTransactions.forTenant(request.tenantId(), () -> {
            if (preferences.channel(request.userId(), request.category()) != Channel.OFF) {
                preferences.choose(request.tenantId(), request.userId(), request.category(), Channel.IN_APP,
                        clock.now());
            }
            return null;
        });
        return show(token);
    }

    private UnsubscribeTokens.Request request(String token) {
        return UnsubscribeTokens.read(settings.unsubscribeKey(), token)
                .filter(request -> DeliveryPreferencePolicy.category(request.category()).isPresent())
                .orElseThrow(() -> new NotFoundException("No such unsubscribe link"));
    }

    private static PreferenceDtos.Unsubscribed view(UnsubscribeTokens.Request request, Channel channel) {
        return new PreferenceDtos.Unsubscribed(request.category(), DeliveryPreferencePolicy.category(
                request.category()).map(DeliveryPreferencePolicy.Category::label).orElse(request.category()),
                channel.name());
    }
}
