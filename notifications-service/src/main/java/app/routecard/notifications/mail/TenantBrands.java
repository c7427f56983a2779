package app.routecard.notifications.mail;

import app.routecard.platform.tenancy.TenantNames;
import jakarta.enterprise.context.ApplicationScoped;

/** Each tenant's brand colour for its e-mails: the one it chose in its profile, else Routecard's. */
@ApplicationScoped
public class TenantBrands {

    private final TenantNames tenants;
    private final MailSettings settings;

    public TenantBrands(TenantNames tenants, MailSettings settings) {
        this.tenants = tenants;
        this.settings = settings;
    }

    public String colourOf(String tenantId) {
        return tenants.colourOf(tenantId).orElse(settings.defaultColour());
    }
}
