package app.routecard.portal.preferences;

import app.routecard.portal.services.NotificationsService;
import app.routecard.portal.web.CsrfToken;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageNotFound;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An e-mail's unsubscribe link ({@code /unsubscribe/{token}}, sent by e-mail, so a contract): no sign-in. The page
 * asks first (a mail scanner that follows links must not unsubscribe anybody), then stops e-mails of the category;
 * the news still shows in Routecard. A link that is not genuine gets the same page as an unknown one, with 404.
 */
@Path("/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    private final NotificationsService notificationsService;
    private final CsrfToken csrf;

    public UnsubscribeResource(@RestClient NotificationsService notificationsService, CsrfToken csrf) {
        this.notificationsService = notificationsService;
        this.csrf = csrf;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(Page page, String token, String label, boolean done);

        static native TemplateInstance invalid(Page page);
    }

    @GET
    public Response ask(@PathParam("token") String token) {
        return answer(token, false);
    }

    @POST
    public Response confirm(@PathParam("token") String token) {
        return answer(token, true);
    }

    private Response answer(String token, boolean confirmed) {
        Response.ResponseBuilder response;
        try {
            if (!token.matches("[A-Za-z0-9_-]{10,300}\\.[A-Za-z0-9_-]{20,100}")) {
                throw new PageNotFound();
            }
            JsonNode answer = confirmed ? notificationsService.unsubscribe(token)
                    : notificationsService.unsubscription(token);
            String title = confirmed ? "E-mails stopped" : "Stop these e-mails?";
            response = Response.ok(Templates.unsubscribe(Page.anonymousWithForm(title, csrf.value()), token,
                    answer.path("label").asText(), confirmed));
        } catch (PageNotFound unknown) {
            response = Response.status(404).entity(Templates.invalid(Page.anonymous("Link no longer valid")));
        }
        // The portal's same-origin referrer policy stays: with "no-referrer" a browser posts the form with
        // "Origin: null", which the CSRF check rightly refuses; the token never leaves the portal either way.
        return response.type(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex").build();
    }
}
