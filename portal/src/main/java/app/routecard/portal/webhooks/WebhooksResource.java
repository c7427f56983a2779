package app.routecard.portal.webhooks;

import app.routecard.portal.services.NotificationsService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.PageNotFound;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The tenant admin's webhooks: the organization's endpoints and a form to add one; an endpoint's page with its
 * signing secret, its settings, a secret rotation, a test event and the log of every message and attempt (reloading
 * itself while it is open), where a delivered or dead-lettered message can be sent again.
 */
@Path("/organization/webhooks")
@RolesAllowed({"shop_admin", "buyer", "operator"})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class WebhooksResource {

    private static final Map<String, String> DONE = Map.of("created", "Endpoint added. Copy its signing secret to"
            + " your receiver.", "saved", "Endpoint saved.", "rotated", "New signing secret made. The previous one"
            + " keeps signing beside it until the time shown.", "test", "Test event sent: it shows in the log below.",
            "replayed", "The message will be sent again, with the same id.", "deleted", "Endpoint removed.");

    private final NotificationsService notificationsService;
    private final PageContext pages;
    private final ObjectMapper json;

    public WebhooksResource(@RestClient NotificationsService notificationsService, PageContext pages,
                            ObjectMapper json) {
        this.notificationsService = notificationsService;
        this.pages = pages;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance endpoints(Page page, List<WebhookViews.Endpoint> endpoints,
                                                 List<String> eventTypes, FormFeedback feedback);

        static native TemplateInstance endpoint(Page page, WebhookViews.Endpoint endpoint, List<String> eventTypes,
                                                WebhookViews.Log log, FormFeedback feedback);

        static native TemplateInstance endpoint$log(WebhookViews.Endpoint endpoint, WebhookViews.Log log, Page page);
    }

    @GET
    public Response list(@QueryParam("done") String done) {
        return listPage(200, FormFeedback.done(done == null ? null : DONE.get(done)));
    }

    @POST
    public Response create(@FormParam("url") String url, @FormParam("description") String description,
                           @FormParam("eventTypes") List<String> eventTypes) {
        Map<String, Object> body = request(url, description, eventTypes, null);
        try {
            String id = notificationsService.addEndpoint(body).path("id").asText();
            return Response.seeOther(URI.create("/organization/webhooks/" + id + "?done=created")).build();
        } catch (ServiceProblem problem) {
            return listPage(problem.status(), FormFeedback.refused("add", problem, entered(body)));
        }
    }

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") String id, @QueryParam("done") String done,
                         @QueryParam("page") @DefaultValue("0") String page) {
        return endpointPage(checked(id), number(page), 200, FormFeedback.done(done == null ? null : DONE.get(done)));
    }

    /** The log alone, for the page to reload while it is open. */
    @GET
    @Path("/{id}/log")
    public TemplateInstance log(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") String page) {
        WebhookViews.Endpoint endpoint = endpoint(checked(id));
        return Templates.endpoint$log(endpoint, log(endpoint.id(), number(page)), pages.page(endpoint.url()));
    }

    @POST
    @Path("/{id}")
    public Response save(@PathParam("id") String id, @FormParam("url") String url,
                         @FormParam("description") String description,
                         @FormParam("eventTypes") List<String> eventTypes, @FormParam("enabled") String enabled) {
        String endpoint = checked(id);
        Map<String, Object> body = request(url, description, eventTypes, enabled != null);
        return act(endpoint, "saved", "settings", entered(body), () -> notificationsService.changeEndpoint(endpoint,
                body));
    }

    @POST
    @Path("/{id}/rotate")
    public Response rotate(@PathParam("id") String id) {
        String endpoint = checked(id);
        return act(endpoint, "rotated", "secret", Map.of(), () -> notificationsService.rotateSecret(endpoint,
                Map.of()));
    }

    @POST
    @Path("/{id}/test")
    public Response test(@PathParam("id") String id) {
        String endpoint = checked(id);
        return act(endpoint, "test", "log", Map.of(), () -> notificationsService.sendTestEvent(endpoint,
                Map.of()));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    public Response replay(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        String endpoint = checked(id);
        String delivery = checked(deliveryId);
        return act(endpoint, "replayed", "log", Map.of(), () -> notificationsService.replay(delivery,
                Map.of()));
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") String id) {
        String endpoint = checked(id);
        notificationsService.removeEndpoint(endpoint);
        return Response.seeOther(URI.create("/organization/webhooks?done=deleted")).build();
    }

    private Response act(String endpoint, String done, String form, Map<String, String> entered,
                         Supplier<JsonNode> call) {
        try {
            call.get();
            return Response.seeOther(URI.create("/organization/webhooks/" + endpoint + "?done=" + done)).build();
        } catch (ServiceProblem problem) {
            return endpointPage(endpoint, 0, problem.status(), FormFeedback.refused(form, problem, entered));
        }
    }

    private Response listPage(int status, FormFeedback feedback) {
        List<WebhookViews.Endpoint> endpoints = json.convertValue(notificationsService.endpoints(),
                new TypeReference<>() { });
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.endpoints(
                pages.page("Webhooks"), endpoints, eventTypes(), feedback)).build();
    }

    private Response endpointPage(String id, int page, int status, FormFeedback feedback) {
        WebhookViews.Endpoint endpoint = endpoint(id);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.endpoint(
                pages.page("Webhook " + endpoint.url()), endpoint, eventTypes(), log(id, page), feedback)).build();
    }

    private WebhookViews.Endpoint endpoint(String id) {
        return json.convertValue(notificationsService.endpoint(id), WebhookViews.Endpoint.class);
    }

    private WebhookViews.Log log(String id, int page) {
        return json.convertValue(notificationsService.deliveries(id, 20, page), WebhookViews.Log.class);
    }

    private List<String> eventTypes() {
        return json.convertValue(notificationsService.eventTypes().path("types"),
                new TypeReference<>() { });
    }

    private static Map<String, Object> request(String url, String description, List<String> eventTypes,
                                               Boolean enabled) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url == null ? "" : url.trim());
        body.put("description", description == null || description.isBlank() ? null : description.trim());
        body.put("eventTypes", eventTypes == null ? List.of() : eventTypes);
        if (enabled != null) {
            body.put("enabled", enabled);
        }
        return body;
    }

    private static Map<String, String> entered(Map<String, Object> body) {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("url", String.valueOf(body.get("url")));
        entered.put("description", body.get("description") == null ? "" : body.get("description").toString());
        return entered;
    }

    private static String checked(String id) {
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            throw new PageNotFound();
        }
        return id;
    }

    private static int number(String page) {
        return page.matches("\\d{1,5}") ? Integer.parseInt(page) : 0;
    }
}
