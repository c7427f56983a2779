package app.routecard.portal.services;

import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** tenant-service as the portal calls it: tenants for the operator, the own organization and its members. */
@RegisterRestClient(configKey = "tenant")
@RegisterClientHeaders(UserToken.class)
@ServiceCalls
@Timeout(Reads.TIMEOUT_MILLIS)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TenantService {

    @GET
    @Path("/tenants")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode tenants(@RestQuery MultivaluedMap<String, String> filter);

    @POST
    @Path("/tenants")
    JsonNode onboard(Object tenant);

    @POST
    @Path("/tenants/{id}/suspend")
    JsonNode suspend(@PathParam("id") String id, Object reason);

    @POST
    @Path("/tenants/{id}/reinstate")
    JsonNode reinstate(@PathParam("id") String id, Object nothing);

    @GET
    @Path("/tenants/me")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode ownTenant();

    @PATCH
    @Path("/tenants/me")
    JsonNode changeOwnTenant(Object changes);

    @GET
    @Path("/members")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode members();

    @POST
    @Path("/members")
    JsonNode invite(Object member);

    @PUT
    @Path("/members/{id}/role")
    JsonNode changeRole(@PathParam("id") String id, Object role);

    @DELETE
    @Path("/members/{id}")
    JsonNode remove(@PathParam("id") String id);

    /** Who the service takes the signed-in user for (the operator's system table). */
    @GET
    @Path("/whoami")
    JsonNode whoami();

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Answers.failure("tenant", response);
    }
}
