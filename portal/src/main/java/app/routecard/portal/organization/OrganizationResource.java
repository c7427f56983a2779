package app.routecard.portal.organization;

import static app.routecard.portal.web.FormValues.trimmedOrNull;

import app.routecard.portal.services.TenantService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.PageNotFound;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The tenant admin's own organization: its profile (name, time zone, contact) and its members (invite with a
 * role, change a role, remove). The roles offered are the ones the tenant's kind allows.
 */
@Path("/organization")
@RolesAllowed({"shop_admin", "buyer", "operator"})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OrganizationResource {

    static final Map<String, List<String>> ROLES_BY_KIND = Map.of("SHOP", List.of("shop_admin", "shop_floor"),
            "BUYER", List.of("buyer"), "OPERATOR", List.of("operator"));
    static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();
    private static final Map<String, String> DONE = Map.of("profile", "Profile saved.", "invited",
            "Invitation sent: the new member gets an e-mail to set a password.", "role", "Role changed.",
            "removed", "Member removed.");

    private final TenantService tenantService;
    private final PageContext pages;
    private final ObjectMapper json;

    public OrganizationResource(@RestClient TenantService tenantService, PageContext pages, ObjectMapper json) {
        this.tenantService = tenantService;
        this.pages = pages;
        this.json = json;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(String id, String slug, String name, String kind, String timeZone, String contactEmail,
                          String contactPhone, String brandColour) {
        /** The colour the form shows: the tenant's, or Routecard's own until it chooses one. */
        public String colour() {
            return brandColour == null ? "#1d4ed8" : brandColour;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String id, String email, String firstName, String lastName, boolean enabled, String role) {
    }


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organization(Page page, Profile profile, List<Member> members,
                                                    List<String> roles, List<String> timeZones, FormFeedback feedback);
    }

    @GET
    public Response show(@QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return render(200, FormFeedback.done(message));
    }

    @POST
    @Path("/profile")
    public Response profile(@FormParam("name") String name, @FormParam("timeZone") String timeZone,
                            @FormParam("contactEmail") String contactEmail,
                            @FormParam("contactPhone") String contactPhone,
                            @FormParam("brandColour") String brandColour) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("timeZone", timeZone);
        body.put("contactEmail", trimmedOrNull(contactEmail));
        body.put("contactPhone", trimmedOrNull(contactPhone));
        body.put("brandColour", trimmedOrNull(brandColour));
        return act("profile", entered(body), () -> tenantService.changeOwnTenant(body));
    }

    @POST
    @Path("/members")
    public Response invite(@FormParam("email") String email, @FormParam("firstName") String firstName,
                           @FormParam("lastName") String lastName, @FormParam("role") String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("role", role);
        return act("invited", entered(body), () -> tenantService.invite(body));
    }

    @POST
    @Path("/members/{userId}/role")
    public Response changeRole(@PathParam("userId") String userId, @FormParam("role") String role) {
        String member = memberId(userId);
        return act("role", Map.of("role", role == null ? "" : role), () -> tenantService.changeRole(member,
                Map.of("role", role == null ? "" : role)));
    }

    @POST
    @Path("/members/{userId}/remove")
    public Response remove(@PathParam("userId") String userId) {
        String member = memberId(userId);
        return act("removed", Map.of(), () -> tenantService.remove(member));
    }

    private Response act(String done, Map<String, String> entered, Runnable call) {
        try {
            call.run();
            return Response.seeOther(URI.create("/organization?done=" + done)).build();
        } catch (ServiceProblem problem) {
            String form = done.equals("profile") ? "profile" : "members";
            return render(problem.status(), FormFeedback.refused(form, problem, entered));
        }
    }

    private Response render(int status, FormFeedback feedback) {
        Profile profile = json.convertValue(tenantService.ownTenant(),
                Profile.class);
        List<Member> members = json.convertValue(tenantService.members(),
                new TypeReference<>() { });
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.organization(
                pages.page(profile.name()), profile, members, ROLES_BY_KIND.getOrDefault(profile.kind(), List.of()),
                TIME_ZONES, feedback)).build();
    }

    private static String memberId(String userId) {
        if (!userId.matches("[0-9a-fA-F-]{36}")) {
            throw new PageNotFound();
        }
        return userId;
    }

    private static Map<String, String> entered(Map<String, Object> body) {
        Map<String, String> entered = new LinkedHashMap<>();
        body.forEach((key, value) -> entered.put(key, value == null ? "" : value.toString()));
        return entered;
    }

}
