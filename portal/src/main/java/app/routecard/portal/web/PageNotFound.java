package app.routecard.portal.web;

/**
 * The page's object does not exist for this user: not there at all, or another tenant's (services answer both
 * alike, and so does the portal). Always the same 404 page.
 */
public class PageNotFound extends RuntimeException {

    public PageNotFound() {
        super("not found", null, false, false);
    }
}
