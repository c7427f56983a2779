package app.routecard.notifications.webhooks;

import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A tenant admin's webhooks: endpoints (URL, event types, signing secret), the log of what was sent to each, a
 * replay of a finished message and a test event. Another tenant's endpoint or message answers 404.
 */
@Path("/api/webhooks")
@RolesAllowed({"shop_admin", "buyer", "operator"})
@Produces(MediaType.APPLICATION_JSON)
public class WebhookEndpointResource {

    private final WebhookEndpoints endpoints;

    public WebhookEndpointResource(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GET
    @Path("/event-types")
    @Operation(summary = "The event types an endpoint may take")
    public WebhookDtos.EventTypes eventTypes() {
        return new WebhookDtos.EventTypes(WebhookEndpoints.eventTypes());
    }

    @GET
    @Path("/endpoints")
    @Operation(summary = "My organization's endpoints")
    public List<WebhookDtos.EndpointView> list() {
        return endpoints.list();
    }

    @POST
    @Path("/endpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an endpoint; the answer holds its signing secret")
    public Response create(@Valid @NotNull WebhookDtos.EndpointRequest request) {
        WebhookDtos.EndpointView created = endpoints.create(request);
        return Response.created(URI.create("/api/webhooks/endpoints/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/endpoints/{id}")
    @Operation(summary = "One endpoint, with its signing secret")
    public WebhookDtos.EndpointView get(@PathParam("id") UUID id) {
        return endpoints.get(id);
    }

    @PUT
    @Path("/endpoints/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an endpoint: URL, description, event types, on or off")
    public WebhookDtos.EndpointView update(@PathParam("id") UUID id,
                                           @Valid @NotNull WebhookDtos.EndpointRequest request) {
        return endpoints.update(id, request);
    }

    @DELETE
    @Path("/endpoints/{id}")
    @Operation(summary = "Remove an endpoint and its log")
    public Response delete(@PathParam("id") UUID id) {
        endpoints.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/endpoints/{id}/rotate-secret")
    @Operation(summary = "A new signing secret; the previous one keeps signing beside it for a day")
    public WebhookDtos.EndpointView rotateSecret(@PathParam("id") UUID id) {
        return endpoints.rotateSecret(id);
    }

    @POST
    @Path("/endpoints/{id}/test")
    @Operation(summary = "Send the endpoint a test event now")
    public Response sendTest(@PathParam("id") UUID id) {
        return Response.accepted(endpoints.sendTest(id)).build();
    }

    @GET
    @Path("/endpoints/{id}/deliveries")
    @Operation(summary = "What was sent to the endpoint, newest first, with every attempt")
    public Paged<WebhookDtos.DeliveryView> log(@PathParam("id") UUID id, @Valid @BeanParam ListWindow window) {
        return endpoints.log(id, window);
    }

    @GET
    @Path("/deliveries/{id}")
    @Operation(summary = "One message and its attempts")
    public WebhookDtos.DeliveryView delivery(@PathParam("id") UUID id) {
        return endpoints.delivery(id);
    }

    @POST
    @Path("/deliveries/{id}/replay")
    @Operation(summary = "Send a succeeded or dead-lettered message once more, same id and body")
    public Response replay(@PathParam("id") UUID id) {
        return Response.accepted(endpoints.replay(id)).build();
    }
}
