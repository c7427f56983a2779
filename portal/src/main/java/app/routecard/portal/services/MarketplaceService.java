package app.routecard.portal.services;

import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * marketplace-service as the portal calls it: profiles, RFQs, offers, quotes, awards, orders, scorecards, and the
 * operator's routing and scoring screens.
 */
@RegisterRestClient(configKey = "marketplace")
@RegisterClientHeaders(UserToken.class)
@ServiceCalls
@Timeout(Reads.TIMEOUT_MILLIS)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MarketplaceService {

    @GET
    @Path("/profile")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode profile();

    @PUT
    @Path("/profile")
    JsonNode saveProfile(Object profile);

    @GET
    @Path("/profile/vocabulary")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode vocabulary();

    @GET
    @Path("/rfqs")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode rfqs(@RestQuery MultivaluedMap<String, String> filter);

    @POST
    @Path("/rfqs")
    JsonNode draftRfq(Object rfq);

    @GET
    @Path("/rfqs/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode rfq(@PathParam("id") UUID id);

    @POST
    @Path("/rfqs/{id}/post")
    JsonNode postRfq(@PathParam("id") UUID id, Object nothing);

    @POST
    @Path("/rfqs/{id}/cancel")
    JsonNode cancelRfq(@PathParam("id") UUID id, Object reason);

    @GET
    @Path("/rfqs/{id}/routing")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode routing(@PathParam("id") UUID id);

    @GET
    @Path("/rfqs/{id}/comparison")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode comparison(@PathParam("id") UUID id);

    @POST
    @Path("/rfqs/{id}/awards")
    JsonNode awardRfq(@PathParam("id") UUID id, Object award);

    @GET
    @Path("/offers")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode offers();

    @GET
    @Path("/offers/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode offer(@PathParam("id") UUID id);

    @POST
    @Path("/offers/{id}/decline")
    JsonNode declineOffer(@PathParam("id") UUID id, Object reason);

    @POST
    @Path("/offers/{id}/counter")
    JsonNode counterOffer(@PathParam("id") UUID id, Object counter);

    @GET
    @Path("/routing/not-offered")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode notOffered();

    @POST
    @Path("/quotes")
    JsonNode submitQuote(Object quote);

    @PUT
    @Path("/quotes/{id}")
    JsonNode reviseQuote(@PathParam("id") UUID id, Object quote);

    @POST
    @Path("/quotes/{id}/withdraw")
    JsonNode withdrawQuote(@PathParam("id") UUID id, Object reason);

    @GET
    @Path("/awards")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode awards();

    @GET
    @Path("/awards/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode award(@PathParam("id") UUID id);

    @POST
    @Path("/awards/{id}/acknowledge")
    JsonNode acknowledge(@PathParam("id") UUID id, Object nothing);

    @GET
    @Path("/orders")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode orders(@RestQuery MultivaluedMap<String, String> filter);

    @GET
    @Path("/orders/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode order(@PathParam("id") UUID id);

    @POST
    @Path("/orders/{id}/receipts")
    JsonNode recordReceipt(@PathParam("id") UUID id, Object receipt);

    @POST
    @Path("/orders/{id}/returns")
    JsonNode recordReturn(@PathParam("id") UUID id, Object returned);

    @GET
    @Path("/scorecards/{supplier}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode scorecard(@PathParam("supplier") String supplier, @RestQuery MultivaluedMap<String, String> view);

    @GET
    @Path("/scorecards/{supplier}/history")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode scorecardHistory(@PathParam("supplier") String supplier, @RestQuery MultivaluedMap<String, String> window);

    @GET
    @Path("/operations/routing")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode routingAudit(@QueryParam("q") String text);

    @GET
    @Path("/operations/routing/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode routingDecision(@PathParam("id") UUID id);

    @GET
    @Path("/leaderboards")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode leaderboard(@RestQuery MultivaluedMap<String, String> choice);

    @GET
    @Path("/operations/scoring/standing-changes")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode standingChanges(@QueryParam("limit") int limit);

    @POST
    @Path("/operations/scoring/suppliers/{supplier}/{action}")
    JsonNode changeStanding(@PathParam("supplier") String supplier, @PathParam("action") String action, Object reason);

    @GET
    @Path("/operations/scoring/settings")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode scoringSettings();

    @PUT
    @Path("/operations/scoring/settings")
    JsonNode saveScoringSettings(Object settings);

    @GET
    @Path("/operations/scoring/settings/changes")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode scoringSettingsChanges(@QueryParam("limit") int limit);

    /** Who the service takes the signed-in user for (the operator's system table). */
    @GET
    @Path("/whoami")
    JsonNode whoami();

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Answers.failure("marketplace", response);
    }
}
