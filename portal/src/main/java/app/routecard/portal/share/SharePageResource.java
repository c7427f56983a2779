package app.routecard.portal.share;

import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageNotFound;
import app.routecard.portal.web.ServiceClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The customer's status page behind a share link ({@code /share/{token}}, sent by e-mail, so a contract): no
 * account, no cookie, no referrer. Expired, revoked and unknown links all get the same page, with 404.
 */
@Path("/share/{token}")
@Produces(MediaType.TEXT_HTML)
public class SharePageResource {

    private final ServiceClient services;
    private final ObjectMapper json;

    public SharePageResource(ServiceClient services, ObjectMapper json) {
        this.services = services;
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
                var answer = services.get("job", "/api/shared/" + token, null);
                SharedStatus status = json.convertValue(answer.body(), SharedStatus.class);
                response = Response.ok(Templates.status(Page.anonymous(status.jobNumber()), status));
            } catch (PageNotFound expiredRevokedOrUnknown) {
                response = Response.status(404).entity(Templates.invalid(Page.anonymous("Link no longer valid")));
            }
        }
        return response.type(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").header("X-Robots-Tag", "noindex").build();
    }
}
