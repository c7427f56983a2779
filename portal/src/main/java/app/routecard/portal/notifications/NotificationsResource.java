package app.routecard.portal.notifications;

import app.routecard.portal.services.NotificationsService;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The bell in the top bar (its count reloads itself every few seconds) and the person's notifications: newest
 * first, unread ones marked; opening one marks it read and goes to the page it is about.
 */
@Path("/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationsResource {

    private final NotificationsService notificationsService;
    private final PageContext pages;
    private final ObjectMapper json;

    public NotificationsResource(@RestClient NotificationsService notificationsService, PageContext pages,
                                 ObjectMapper json) {
        this.notificationsService = notificationsService;
        this.pages = pages;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, NotificationViews.Page notifications, boolean marked);

        static native TemplateInstance bell(long unread, boolean known);
    }

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") String page,
                                 @QueryParam("marked") String marked) {
        int number = page.matches("\\d{1,5}") ? Integer.parseInt(page) : 0;
        NotificationViews.Page notifications = json.convertValue(notificationsService.notifications(25, number),
                NotificationViews.Page.class);
        return Templates.list(pages.page("Notifications"), notifications, marked != null);
    }

    /** The bell's count; when the service does not answer, the bell shows no count rather than an error. */
    @GET
    @Path("/bell")
    public TemplateInstance bell() {
        try {
            return Templates.bell(notificationsService.unreadCount().path("unread").asLong(), true);
        } catch (ServiceUnavailable | ServiceProblem e) {
            return Templates.bell(0, false);
        }
    }

    /** Marks the notification read and goes to its page (a portal path; anything else stays here). */
    @GET
    @Path("/{id}/open")
    public Response open(@PathParam("id") UUID id) {
        String link = notificationsService.read(id, Map.of()).path("link").asText("/notifications");
        boolean portalPath = link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
        return Response.seeOther(URI.create(portalPath ? link : "/notifications")).build();
    }

    @POST
    @Path("/read-all")
    public Response readAll() {
        notificationsService.readAll(Map.of());
        return Response.seeOther(URI.create("/notifications?marked=1")).build();
    }
}
