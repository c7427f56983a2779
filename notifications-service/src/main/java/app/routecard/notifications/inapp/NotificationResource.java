package app.routecard.notifications.inapp;

import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in person's in-app notifications: newest first, the unread count for the bell, marking them read. */
@Path("/api/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final InAppInbox inbox;

    public NotificationResource(InAppInbox inbox) {
        this.inbox = inbox;
    }

    @GET
    @Operation(summary = "My notifications, newest first, each read or not")
    public Paged<NotificationDtos.NotificationView> list(@Valid @BeanParam ListWindow window) {
        return inbox.list(window);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of my notifications I have not read (the portal's bell)")
    public NotificationDtos.UnreadCount unread() {
        return new NotificationDtos.UnreadCount(inbox.unread());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one notification read")
    public NotificationDtos.NotificationView read(@PathParam("id") UUID id) {
        return inbox.read(id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my notifications read")
    public NotificationDtos.Marked readAll() {
        return new NotificationDtos.Marked(inbox.readAll());
    }
}
