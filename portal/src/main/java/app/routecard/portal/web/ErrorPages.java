package app.routecard.portal.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Priorities;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How a page fails: the same 404 page whether the object does not exist or is another tenant's; a banner and 503
 * when a service does not answer; a service's refusal in words. Never a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final PageContext pages;
    private final Template error;

    public ErrorPages(PageContext pages, @Location("error.html") Template error) {
        this.pages = pages;
        this.error = error;
    }

    @ServerExceptionMapper
    public Response notFound(PageNotFound missing) {
        return page(404, pages.page("Not found"), "Not found",
                "There is nothing here, or it is not yours to see. Check the link, or go back to the start.");
    }

    /** An address the portal has no page for (a mistyped link, a job id that is no id): the same 404 page. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response noSuchPage(jakarta.ws.rs.NotFoundException missing) {
        return notFound(null);
    }

    /**
     * A page the signed-in role may not use (a buyer opening a shop's job page): a page in words, not the services'
     * problem document. Takes precedence over service-core's mapper of the same exception.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(io.quarkus.security.ForbiddenException forbidden) {
        return page(403, pages.page("Not for your role"), "Not for your role",
                "This page is for another role. The menu above shows what you can use.");
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable unavailable) {
        LOG.warnf("A page could not be served: %s", unavailable.getMessage());
        Page page = pages.page("Temporarily unavailable")
                .withBanner(ServiceNames.of(unavailable.service()) + " is not answering right now.");
        return page(503, page, "Temporarily unavailable",
                "Nothing was changed. Please try again in a minute.");
    }

    @ServerExceptionMapper
    public Response refused(ServiceProblem problem) {
        return page(problem.status(), pages.page("Not possible"), "Not possible", problem.message());
    }

    private Response page(int status, Page page, String heading, String text) {
        return Response.status(status).type("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .entity(error.data("page", page).data("heading", heading).data("text", text).render()).build();
    }

    /** A page without the layout, for refusals made before a request reaches any page (CSRF). */
    static String simplePage(String heading, String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + heading + " · Routecard</title>"
                + "<link rel=\"stylesheet\" href=\"/webjars/picocss__pico/" + Assets.PICO + "/css/pico.min.css\">"
                + "</head><body><main class=\"container\"><h1>" + heading + "</h1><p>" + text + "</p></main></body>"
                + "</html>";
    }
}
