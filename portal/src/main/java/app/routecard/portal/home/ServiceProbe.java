package app.routecard.portal.home;

import app.routecard.portal.services.FilesService;
import app.routecard.portal.services.JobService;
import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.services.NotificationsService;
import app.routecard.portal.services.TenantService;
import app.routecard.portal.web.PageNotFound;
import app.routecard.portal.web.ServiceProblem;
import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Asks every service who the signed-in user is, through each service's client (with the user's own token). */
@RequestScoped
public class ServiceProbe {

    private final ServiceDirectory directory;
    private final Map<String, Supplier<JsonNode>> whoami = new LinkedHashMap<>();

    public ServiceProbe(ServiceDirectory directory, @RestClient FilesService files, @RestClient JobService jobs,
                        @RestClient MarketplaceService marketplace, @RestClient NotificationsService notifications,
                        @RestClient TenantService tenants) {
        this.directory = directory;
        whoami.put("files", files::whoami);
        whoami.put("job", jobs::whoami);
        whoami.put("marketplace", marketplace::whoami);
        whoami.put("notifications", notifications::whoami);
        whoami.put("tenant", tenants::whoami);
    }

    public record ServiceView(String name, String url, int status, String roles, String database) {
        public boolean ok() {
            return status == 200;
        }
    }

    public List<ServiceView> probeAll() {
        List<ServiceView> views = new ArrayList<>();
        whoami.forEach((name, call) -> views.add(probe(name, call)));
        return views;
    }

    private ServiceView probe(String name, Supplier<JsonNode> call) {
        ServiceDirectory.Endpoint endpoint = directory.services().get(name);
        String url = endpoint == null ? "" : endpoint.url();
        try {
            JsonNode body = call.get();
            return new ServiceView(name, url, 200, body.path("roles").toString(),
                    body.path("database").path("database").asText());
        } catch (ServiceUnavailable e) {
            return new ServiceView(name, url, -1, "", "unreachable");
        } catch (ServiceProblem e) {
            return new ServiceView(name, url, e.status(), "", "");
        } catch (PageNotFound e) {
            return new ServiceView(name, url, 404, "", "");
        }
    }
}
