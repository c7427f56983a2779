package app.routecard.portal.services;

import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * job-service as the portal calls it: jobs, their route, blockers, shipping, share links and quality; quotes; the
 * floor; shared status pages.
 */
@RegisterRestClient(configKey = "job")
@RegisterClientHeaders(UserToken.class)
@ServiceCalls
@Timeout(Reads.TIMEOUT_MILLIS)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface JobService {

    @GET
    @Path("/jobs")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode jobs(@RestQuery MultivaluedMap<String, String> filter);

    @POST
    @Path("/jobs")
    JsonNode createJob(Object job);

    @GET
    @Path("/jobs/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode job(@PathParam("id") UUID id);

    @PATCH
    @Path("/jobs/{id}")
    JsonNode changeJob(@PathParam("id") UUID id, Object changes);

    @POST
    @Path("/jobs/{id}/stage")
    JsonNode changeStage(@PathParam("id") UUID id, Object stage);

    @GET
    @Path("/jobs/{id}/traveler.pdf")
    @Produces("application/pdf")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    byte[] traveler(@PathParam("id") UUID id);

    @GET
    @Path("/jobs/{id}/qr.svg")
    @Produces("image/svg+xml")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    byte[] qrCode(@PathParam("id") UUID id);

    @GET
    @Path("/jobs/{id}/floor")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode floor(@PathParam("id") UUID id);

    @GET
    @Path("/jobs/{id}/route")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode route(@PathParam("id") UUID id);

    @PUT
    @Path("/jobs/{id}/route")
    JsonNode planRoute(@PathParam("id") UUID id, Object steps);

    @POST
    @Path("/jobs/{id}/route/scan")
    JsonNode scan(@PathParam("id") UUID id, Object quantities);

    @POST
    @Path("/jobs/{id}/route/{step}/start")
    JsonNode startStep(@PathParam("id") UUID id, @PathParam("step") UUID step, Object nothing);

    @POST
    @Path("/jobs/{id}/route/{step}/finish")
    JsonNode finishStep(@PathParam("id") UUID id, @PathParam("step") UUID step, Object quantities);

    @POST
    @Path("/jobs/{id}/route/{step}/skip")
    JsonNode skipStep(@PathParam("id") UUID id, @PathParam("step") UUID step, Object reason);

    @GET
    @Path("/jobs/{id}/blockers")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode blockers(@PathParam("id") UUID id, @RestQuery MultivaluedMap<String, String> filter);

    @POST
    @Path("/jobs/{id}/blockers")
    JsonNode raiseBlocker(@PathParam("id") UUID id, Object blocker);

    @POST
    @Path("/jobs/{id}/blockers/{blocker}/resolve")
    JsonNode resolveBlocker(@PathParam("id") UUID id, @PathParam("blocker") UUID blocker, Object note);

    @GET
    @Path("/jobs/{id}/timeline")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode timeline(@PathParam("id") UUID id, @RestQuery MultivaluedMap<String, String> filter);

    @GET
    @Path("/jobs/{id}/share-links")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode shareLinks(@PathParam("id") UUID id, @RestQuery MultivaluedMap<String, String> filter);

    @POST
    @Path("/jobs/{id}/share-links")
    JsonNode createShareLink(@PathParam("id") UUID id, Object link);

    @POST
    @Path("/jobs/{id}/share-links/{link}/revoke")
    JsonNode revokeShareLink(@PathParam("id") UUID id, @PathParam("link") UUID link, Object nothing);

    @GET
    @Path("/jobs/{id}/shipments")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode shipments(@PathParam("id") UUID id);

    @POST
    @Path("/jobs/{id}/shipments")
    JsonNode ship(@PathParam("id") UUID id, Object shipment);

    @POST
    @Path("/jobs/{id}/shipments/{shipment}/delivered")
    JsonNode delivered(@PathParam("id") UUID id, @PathParam("shipment") UUID shipment, Object nothing);

    @GET
    @Path("/jobs/{id}/inspections")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode inspections(@PathParam("id") UUID id, @RestQuery MultivaluedMap<String, String> filter);

    @POST
    @Path("/jobs/{id}/inspections")
    JsonNode inspect(@PathParam("id") UUID id, Object inspection);

    @GET
    @Path("/jobs/{id}/ncrs")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode ncrs(@PathParam("id") UUID id, @RestQuery MultivaluedMap<String, String> filter);

    @POST
    @Path("/jobs/{id}/ncrs")
    JsonNode openNcr(@PathParam("id") UUID id, Object ncr);

    @POST
    @Path("/jobs/{id}/ncrs/{ncr}/disposition")
    JsonNode decideNcr(@PathParam("id") UUID id, @PathParam("ncr") UUID ncr, Object disposition);

    @GET
    @Path("/quotes")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode quotes(@RestQuery MultivaluedMap<String, String> filter);

    @POST
    @Path("/quotes")
    JsonNode createQuote(Object quote);

    @GET
    @Path("/quotes/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode quote(@PathParam("id") UUID id);

    @PUT
    @Path("/quotes/{id}")
    JsonNode changeQuote(@PathParam("id") UUID id, Object quote);

    @POST
    @Path("/quotes/{id}/send")
    JsonNode sendQuote(@PathParam("id") UUID id, Object nothing);

    @POST
    @Path("/quotes/{id}/accept")
    JsonNode acceptQuote(@PathParam("id") UUID id, Object acceptance);

    @POST
    @Path("/quotes/{id}/decline")
    JsonNode declineQuote(@PathParam("id") UUID id, Object reason);

    @GET
    @Path("/shared/{token}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode sharedStatus(@PathParam("token") String token);

    /** Who the service takes the signed-in user for (the operator's system table). */
    @GET
    @Path("/whoami")
    JsonNode whoami();

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Answers.failure("job", response);
    }
}
