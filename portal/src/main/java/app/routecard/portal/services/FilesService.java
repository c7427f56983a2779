package app.routecard.portal.services;

import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * files-service as the portal calls it: files and their revisions, releases, grants, downloads and what others shared.
 */
@RegisterRestClient(configKey = "files")
@RegisterClientHeaders(UserToken.class)
@ServiceCalls
@Timeout(Reads.TIMEOUT_MILLIS)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FilesService {

    @GET
    @Path("/files")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode files(@RestQuery MultivaluedMap<String, String> filter);

    @GET
    @Path("/files/{id}")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode file(@PathParam("id") UUID id);

    @GET
    @Path("/files/{id}/downloads")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode downloads(@PathParam("id") UUID id, @QueryParam("size") int size);

    @POST
    @Path("/files/{id}/revisions/{revision}/download")
    JsonNode download(@PathParam("id") UUID id, @PathParam("revision") int revision, Object nothing);

    @POST
    @Path("/files/{id}/revisions/{revision}/release")
    JsonNode release(@PathParam("id") UUID id, @PathParam("revision") int revision, Object job);

    @POST
    @Path("/files/{id}/archive")
    JsonNode archive(@PathParam("id") UUID id, Object nothing);

    @GET
    @Path("/grants")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode grants(@QueryParam("fileId") UUID file, @QueryParam("size") int size);

    @POST
    @Path("/grants")
    JsonNode grant(Object grant);

    @POST
    @Path("/grants/{id}/revoke")
    JsonNode revokeGrant(@PathParam("id") UUID id, Object nothing);

    @GET
    @Path("/granted-files")
    @Retry(maxRetries = Reads.RETRIES, delay = Reads.DELAY_MILLIS,
            retryOn = {ProcessingException.class, ServiceUnavailable.class})
    JsonNode grantedFiles();

    @POST
    @Path("/granted-files/{id}/revisions/{revision}/download")
    JsonNode downloadGranted(@PathParam("id") UUID id, @PathParam("revision") int revision, Object nothing);

    /** Who the service takes the signed-in user for (the operator's system table). */
    @GET
    @Path("/whoami")
    JsonNode whoami();

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return Answers.failure("files", response);
    }
}
