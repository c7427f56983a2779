package app.routecard.portal.web;

import app.routecard.platform.tenancy.SuspensionPage;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** The page a suspended organization's user sees on every screen: why, whom to ask, and sign-out; no menu. */
@ApplicationScoped
public class PortalSuspensionPage implements SuspensionPage {

    private final PageContext pages;
    private final Template suspended;

    public PortalSuspensionPage(PageContext pages, @Location("suspended.html") Template suspended) {
        this.pages = pages;
        this.suspended = suspended;
    }

    @Override
    public Response render(String reason) {
        Page page = pages.page("Organization suspended").withoutMenu();
        return Response.status(403).type("text/html; charset=utf-8").header("Cache-Control", "no-store")
                .entity(suspended.data("page", page).data("reason", reason).render()).build();
    }
}
