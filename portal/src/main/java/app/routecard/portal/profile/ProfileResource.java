package app.routecard.portal.profile;

import static app.routecard.portal.web.FormValues.page;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.vocabulary.MarketplaceVocabulary.Term;
import app.routecard.portal.vocabulary.MarketplaceVocabulary;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The shop's capability profile, which routing offers it marketplace work by: processes, materials,
 * certifications with their expiry, part envelope, quantities, where it ships from and to, capacity, blackouts,
 * lead time, and whether it takes marketplace work at all.
 */
@Path("/profile")
@RolesAllowed("shop_admin")
@Produces(MediaType.TEXT_HTML)
public class ProfileResource {

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final MarketplaceVocabulary vocabulary;

    public ProfileResource(@RestClient MarketplaceService marketplaceService, PageContext pages,
                           MarketplaceVocabulary vocabulary) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.vocabulary = vocabulary;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(Page page, ProfileForm form, List<Term> processes,
                                               List<Term> certifications, boolean configured, String updated,
                                               FormFeedback feedback);
    }

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        JsonNode profile = marketplaceService.profile();
        return render(ProfileForm.of(profile), profile.path("configured").asBoolean(),
                updated(profile), "saved".equals(done) ? FormFeedback.done("Profile saved: routing offers your shop"
                        + " work by it from now on.") : FormFeedback.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> posted) {
        Map<String, List<String>> values = new HashMap<>(posted);
        values.remove("_csrf");
        ProfileForm form = new ProfileForm(values);
        List<Term> certifications = vocabulary.certifications();
        ProfileForm.Read read = form.read(certifications.stream().map(Term::code).toList());
        if (!read.problems().isEmpty()) {
            return page(400, render(form, true, null, new FormFeedback("profile", "Please check the highlighted"
                    + " fields.", true, read.problems(), Map.of())));
        }
        try {
            marketplaceService.saveProfile(read.request());
        } catch (ServiceProblem problem) {
            Map<String, String> fields = new LinkedHashMap<>();
            problem.fieldMessages().forEach((field, message) -> fields.merge(ProfileForm.formField(field), message,
                    (a, b) -> a + "; " + b));
            return page(problem.status(), render(form, true, null, new FormFeedback("profile", problem.message(),
                    true, fields, Map.of())));
        }
        return Response.seeOther(URI.create("/profile?done=saved")).build();
    }

    private TemplateInstance render(ProfileForm form, boolean configured, String updated, FormFeedback feedback) {
        return Templates.profile(pages.page("Marketplace profile"), form, vocabulary.processes(),
                vocabulary.certifications(), configured, updated, feedback);
    }

    private static String updated(JsonNode profile) {
        return profile.path("configured").asBoolean() ? profile.path("updatedBy").asText() + " on "
                + profile.path("updatedAt").asText().replaceAll("T.*", "") : null;
    }
}
