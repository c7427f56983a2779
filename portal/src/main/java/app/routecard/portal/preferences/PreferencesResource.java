package app.routecard.portal.preferences;

import app.routecard.portal.services.NotificationsService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The person's notification settings: for each category that concerns their role, in Routecard only, an e-mail at
 * once, a daily digest, or off.
 */
@Path("/notifications/preferences")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PreferencesResource {

    /** The channels in words, in the order the page offers them. */
    static final Map<String, String> CHANNELS = channels();

    private final NotificationsService notificationsService;
    private final PageContext pages;
    private final ObjectMapper json;

    public PreferencesResource(@RestClient NotificationsService notificationsService, PageContext pages,
                               ObjectMapper json) {
        this.notificationsService = notificationsService;
        this.pages = pages;
        this.json = json;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String category, String label, String channel, String byDefault) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preferences(List<Category> categories) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(Page page, Preferences preferences, Map<String, String> channels,
                                                   FormFeedback feedback);
    }

    @GET
    public Response show(@QueryParam("saved") String saved) {
        return render(200, FormFeedback.done(saved == null ? null : "Saved."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        Map<String, String> chosen = new LinkedHashMap<>();
        form.forEach((field, values) -> {
            if (field.startsWith("channel.") && !values.isEmpty()) {
                chosen.put(field.substring("channel.".length()), values.get(0));
            }
        });
        try {
            notificationsService.choosePreferences(chosen);
            return Response.seeOther(URI.create("/notifications/preferences?saved=1")).build();
        } catch (ServiceProblem problem) {
            return render(problem.status(), FormFeedback.refused("preferences", problem, chosen));
        }
    }

    private Response render(int status, FormFeedback feedback) {
        Preferences preferences = json.convertValue(notificationsService.preferences(), Preferences.class);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.preferences(
                pages.page("Notification settings"), preferences, CHANNELS, feedback)).build();
    }

    private static Map<String, String> channels() {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("IN_APP", "In Routecard only");
        channels.put("EMAIL", "E-mail at once");
        channels.put("DIGEST", "Daily digest");
        channels.put("OFF", "Off");
        return channels;
    }
}
