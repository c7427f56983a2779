package app.routecard.portal.home;

import app.routecard.platform.service.identity.Organizations;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import io.quarkus.oidc.IdToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in landing page: who you are, your organization and roles, and the services you can reach. */
@Path("/")
@Authenticated
public class HomeResource {

    private final SecurityIdentity identity;
    // @IdToken cannot qualify a constructor parameter, so this one is field-injected.
    @Inject
    @IdToken
    JsonWebToken idToken;
    private final ServiceProbe probe;
    private final PageContext pages;

    public HomeResource(SecurityIdentity identity, ServiceProbe probe, PageContext pages) {
        this.identity = identity;
        this.probe = probe;
        this.pages = pages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, String name, String email, List<String> organizations, Set<String> roles,
                                            List<ServiceProbe.ServiceView> services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        String name = idToken.<String>claim("name").orElse(identity.getPrincipal().getName());
        String email = idToken.<String>claim("email").orElse("");
        return Templates.home(pages.page("Home"), name, email, Organizations.of(idToken), new TreeSet<>(identity.getRoles()),
                probe.probeAll());
    }
}
