package app.routecard.portal.operator;

import static app.routecard.portal.web.FormValues.text;

import app.routecard.portal.services.TenantService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.ListPage;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.core.type.TypeReference;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The platform operator's tenants: search and filter every tenant, onboard a new one (its Keycloak organization,
 * first admin and set-password e-mail are made by tenant-service), suspend with a reason, reinstate.
 */
@Path("/operator/tenants")
@RolesAllowed("operator")
@Produces(MediaType.TEXT_HTML)
public class TenantsResource {

    static final List<String> KINDS = List.of("SHOP", "BUYER", "OPERATOR");
    static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED");
    private static final int PAGE_SIZE = 20;
    private static final Map<String, String> DONE = Map.of("onboarded", "Tenant onboarded: its admin was e-mailed"
            + " a link to set a password.", "suspended", "Tenant suspended: its users are refused everywhere within"
            + " seconds.", "reinstated", "Tenant reinstated.");

    private final TenantService tenantService;
    private final PageContext pages;
    private final ObjectMapper json;

    public TenantsResource(@RestClient TenantService tenantService, PageContext pages, ObjectMapper json) {
        this.tenantService = tenantService;
        this.pages = pages;
        this.json = json;
    }

    /** The list's filters, echoed into the form and the paging links. */
    public record Filter(String q, String kind, String status, int page) {
        public String link(int pageNumber) {
            return "/operator/tenants?" + filters().add("page", String.valueOf(pageNumber));
        }

        String query() {
            return filters().add("page", String.valueOf(page)).add("size", String.valueOf(PAGE_SIZE))
                    .add("sort", "name").toString();
        }

        private QueryString filters() {
            return new QueryString().add("q", q).add("kind", kind).add("status", status);
        }
    }


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tenants(Page page, Filter filter, ListPage<TenantViews.Tenant> tenants,
                                               List<String> kinds, List<String> statuses, FormFeedback feedback);
    }

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("kind") String kind,
                         @QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return render(new Filter(q, kind, status, Math.max(0, page)), 200,
                FormFeedback.done(message));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onboard(@FormParam("name") String name, @FormParam("kind") String kind,
                            @FormParam("slug") String slug, @FormParam("adminEmail") String adminEmail,
                            @FormParam("adminFirstName") String firstName, @FormParam("adminLastName") String lastName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind == null || kind.isBlank() ? null : kind);
        body.put("slug", slug == null ? null : slug.trim());
        body.put("adminEmail", adminEmail);
        body.put("adminFirstName", firstName);
        body.put("adminLastName", lastName);
        Map<String, String> entered = new LinkedHashMap<>();
        body.forEach((key, value) -> entered.put(key, value == null ? "" : value.toString()));
        try {
            tenantService.onboard(body);
            return Response.seeOther(URI.create("/operator/tenants?done=onboarded&q="
                    + URLEncoder.encode(text(slug), StandardCharsets.UTF_8))).build();
        } catch (ServiceProblem problem) {
            return render(new Filter(null, null, null, 0), problem.status(), new FormFeedback("onboard",
                    problem.message(), true, problem.fieldMessages(), entered));
        }
    }

    @POST
    @Path("/{tenantId}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("tenantId") String tenantId, @FormParam("reason") String reason,
                            @FormParam("q") String q) {
        return change(tenantId, "/suspend", Map.of("reason", text(reason)), "suspended", q);
    }

    @POST
    @Path("/{tenantId}/reinstate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reinstate(@PathParam("tenantId") String tenantId, @FormParam("q") String q) {
        return change(tenantId, "/reinstate", Map.of(), "reinstated", q);
    }

    private Response change(String tenantId, String action, Map<String, Object> body, String done, String q) {
        if (!tenantId.matches("[0-9a-fA-F-]{36}")) {
            throw new app.routecard.portal.web.PageNotFound();
        }
        try {
            if ("/suspend".equals(action)) {
                tenantService.suspend(tenantId, body);
            } else {
                tenantService.reinstate(tenantId, body);
            }
            return Response.seeOther(URI.create("/operator/tenants?done=" + done + "&q="
                    + URLEncoder.encode(text(q), StandardCharsets.UTF_8))).build();
        } catch (ServiceProblem problem) {
            return render(new Filter(q, null, null, 0), problem.status(), new FormFeedback(tenantId, problem.message(),
                    true, problem.fieldMessages(), Map.of()));
        }
    }

    private Response render(Filter filter, int status, FormFeedback feedback) {
        ListPage<TenantViews.Tenant> tenants;
        FormFeedback shown = feedback;
        try {
            tenants = json.convertValue(tenantService.tenants(QueryString.parse(filter.query())),
                    new TypeReference<>() { });
        } catch (ServiceProblem problem) {
            tenants = ListPage.empty(PAGE_SIZE);
            shown = new FormFeedback("", problem.message(), true, problem.fieldMessages(), Map.of());
            status = problem.status();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.tenants(
                pages.page("Tenants"), filter, tenants, KINDS, STATUSES, shown)).build();
    }

}
