package app.routecard.portal.services;

import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notifications-service as the portal calls it: the inbox and bell, preferences, unsubscribe links and webhooks. */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(UserToken.class)
@ServiceCalls
@Timeout(Reads.TIMEOUT_MILLIS)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationsService {

    @GET
    @Path("/notifications")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode notifications(@QueryParam("size") int size, @QueryParam("page") int page);

    @GET
    @Path("/notifications/unread-count")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode unreadCount();

    @POST
    @Path("/notifications/{id}/read")
    JsonNode read(@PathParam("id") UUID id, Object nothing);

    @POST
    @Path("/notifications/read-all")
    JsonNode readAll(Object nothing);

    @GET
    @Path("/notifications/preferences")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode preferences();

    @PUT
    @Path("/notifications/preferences")
    JsonNode choosePreferences(Object preferences);

    @GET
    @Path("/unsubscribe/{token}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode unsubscription(@PathParam("token") String token);

    @POST
    @Path("/unsubscribe/{token}")
    JsonNode unsubscribe(@PathParam("token") String token);

    @GET
    @Path("/webhooks/endpoints")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode endpoints();

    @POST
    @Path("/webhooks/endpoints")
    JsonNode addEndpoint(Object endpoint);

    @GET
    @Path("/webhooks/endpoints/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode endpoint(@PathParam("id") String id);

    @PUT
    @Path("/webhooks/endpoints/{id}")
    JsonNode changeEndpoint(@PathParam("id") String id, Object endpoint);

    @DELETE
    @Path("/webhooks/endpoints/{id}")
    JsonNode removeEndpoint(@PathParam("id") String id);

    @POST
    @Path("/webhooks/endpoints/{id}/rotate-secret")
    JsonNode rotateSecret(@PathParam("id") String id, Object nothing);

    @POST
    @Path("/webhooks/endpoints/{id}/test")
    JsonNode sendTestEvent(@PathParam("id") String id, Object nothing);

    @GET
    @Path("/webhooks/endpoints/{id}/deliveries")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode deliveries(@PathParam("id") String id, @QueryParam("size") int size, @QueryParam("page") int page);

    @POST
    @Path("/webhooks/deliveries/{id}/replay")
    JsonNode replay(@PathParam("id") String id, Object nothing);

    @GET
    @Path("/webhooks/event-types")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode eventTypes();

    /** Who the service takes the signed-in user for (the operator's system table). */
    @GET
    @Path("/whoami")
    JsonNode whoami();

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Answers.failure("notifications", response);
    }
}
