package app.routecard.notifications.preferences;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How the signed-in person hears of each category: in the portal, by e-mail at once, in a daily digest, or not. */
@Path("/api/notifications/preferences")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    private final NotificationPreferences preferences;

    public PreferenceResource(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @Operation(summary = "My channel per category of notification")
    public PreferenceDtos.Preferences mine() {
        return preferences.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set my channel for some categories: {\"offers\": \"DIGEST\", ...}")
    public PreferenceDtos.Preferences choose(@NotNull Map<String, String> channels) {
        return preferences.choose(channels);
    }
}
