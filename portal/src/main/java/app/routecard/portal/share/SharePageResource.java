package app.routecard.portal.share;

import app.routecard.portal.services.JobService;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageNotFound;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The customer's status page behind a share link ({@code /share/{token}}, sent by e-mail, so a contract): no
 * account, no cookie, no referrer. Expired, revoked and unknown links all get the same page, with 404.
 */
@Path("/share/{token}")
@Produces(MediaType.TEXT_HTML)
public class SharePageResource {

    private final JobService jobService;
    private final ObjectMapper json;

    public SharePageResource(@RestClient JobService jobService, ObjectMapper json) {
        this.jobService = jobService;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(Page page, SharedStatus status);

        static native TemplateInstance invalid(Page page);
    }

    @GET
    public Response show(@PathParam("token") String token) {
        Response.ResponseBuilder response;
        if (!token.matches("[A-Za-z0-9_-]{20,100}")) {
            response = Response.status(404).entity(Templates.invalid(Page.anonymous("Link no longer valid")));
        } else {
            try {
                SharedStatus status = json.convertValue(jobService.sharedStatus(token), SharedStatus.class);
                response = Response.ok(Templates.status(Page.anonymous(status.jobNumber()), status));
            } catch (PageNotFound expiredRevokedOrUnknown) {
                response = Response.status(404).entity(Templates.invalid(Page.anonymous("Link no longer valid")));
            }
        }
        return response.type(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").header("X-Robots-Tag", "noindex").build();
    }
}
