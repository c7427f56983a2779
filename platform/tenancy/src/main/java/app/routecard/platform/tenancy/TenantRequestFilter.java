package app.routecard.platform.tenancy;

import app.routecard.platform.service.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an authenticated request whose token names no tenant (401) or a suspended tenant (403), and puts the
 * tenant on every log line of the request.
 */
public class TenantRequestFilter {

    public static final String MDC_KEY = "tenant";

    private final SecurityIdentity identity;
    private final CurrentTenant currentTenant;
    private final SuspendedTenants suspendedTenants;
    private final Instance<SuspensionPage> suspensionPage;

    public TenantRequestFilter(SecurityIdentity identity, CurrentTenant currentTenant,
                               SuspendedTenants suspendedTenants, Instance<SuspensionPage> suspensionPage) {
        this.identity = identity;
        this.currentTenant = currentTenant;
        this.suspendedTenants = suspendedTenants;
        this.suspensionPage = suspensionPage;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireTenant(ContainerRequestContext request) {
        MDC.remove(MDC_KEY);
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Optional<Tenant> tenant = currentTenant.find();
        if (tenant.isEmpty()) {
            return Optional.of(problem(401, "Unauthorized",
                    "The access token names no tenant: the user must belong to exactly one organization"));
        }
        MDC.put(MDC_KEY, tenant.get().slug());
        TenantMetricsTag.remember(tenant.get().slug());
        Optional<String> suspension = suspendedTenants.reason(tenant.get().id());
        if (suspension.isPresent()) {
            String detail = "Your organization is suspended: " + suspension.get();
            if (!wantsHtml(request)) {
                return Optional.of(problem(403, "Tenant suspended", detail));
            }
            return Optional.of(suspensionPage.isResolvable() ? suspensionPage.get().render(suspension.get())
                    : page(403, "Organization suspended", detail));
        }
        return Optional.empty();
    }

    /** A browser (the portal) gets a page that says why, not a JSON document. */
    private static boolean wantsHtml(ContainerRequestContext request) {
        return request.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE) && !type.isWildcardType());
    }

    private static Response page(int status, String title, String detail) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body>"
                + "<h1>" + escape(title) + "</h1><p>" + escape(detail) + "</p>"
                + "<p>Please contact the Routecard operator.</p><p><a href=\"/logout\">Sign out</a></p></body></html>";
        return Response.status(status).type(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Response problem(int status, String title, String detail) {
        return Problem.of(status, title, detail).toResponse();
    }
}
