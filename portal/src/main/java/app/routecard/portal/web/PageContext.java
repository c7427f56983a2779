package app.routecard.portal.web;

import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.TenantNames;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Builds the layout's {@link Page} for the signed-in user of this request. */
@RequestScoped
public class PageContext {

    private final SecurityIdentity identity;
    private final CurrentTenant tenant;
    private final TenantNames tenantNames;
    private final CsrfToken csrf;

    public PageContext(SecurityIdentity identity, CurrentTenant tenant, TenantNames tenantNames, CsrfToken csrf) {
        this.identity = identity;
        this.tenant = tenant;
        this.tenantNames = tenantNames;
        this.csrf = csrf;
    }

    public Page page(String title) {
        if (identity.isAnonymous()) {
            return Page.anonymous(title);
        }
        String tenantName = tenant.find().map(t -> tenantNames.of(t.id()).orElse(t.slug())).orElse(null);
        return new Page(title, true, displayName(), tenantName, NavigationPolicy.menuFor(identity.getRoles()),
                csrf.value(), null, NavigationPolicy.bellFor(identity.getRoles()));
    }

    private String displayName() {
        Object name = identity.getAttribute("name");
        if (name == null && identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
            name = jwt.getClaim("name");
        }
        return name == null ? identity.getPrincipal().getName() : name.toString();
    }
}
