package app.routecard.platform.tenancy;

import app.routecard.platform.service.identity.DatabaseFacts;
import app.routecard.platform.service.identity.Organizations;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Who the caller is, as this service sees it from the validated access token, and which database it serves them
 * from. Every service has it: it is the first thing to call when checking that a token and a service agree.
 */
@Path("/api/whoami")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final CurrentTenant tenant;
    private final DatabaseFacts databaseFacts;
    private final String service;

    public WhoAmIResource(SecurityIdentity identity, JsonWebToken token, CurrentTenant tenant,
                          DatabaseFacts databaseFacts,
                          @ConfigProperty(name = "quarkus.application.name") String service) {
        this.identity = identity;
        this.token = token;
        this.tenant = tenant;
        this.databaseFacts = databaseFacts;
        this.service = service;
    }

    public record WhoAmI(String service, String subject, String username, Tenant tenant, List<String> organizations,
                         Set<String> roles, DatabaseFacts.Facts database) {
    }

    @GET
    @Operation(summary = "The caller's identity as seen by this service")
    public WhoAmI whoAmI() {
        return new WhoAmI(service, token.getSubject(), token.<String>claim("preferred_username").orElse(null),
                tenant.get(), Organizations.of(token), new TreeSet<>(identity.getRoles()), databaseFacts.read());
    }
}
