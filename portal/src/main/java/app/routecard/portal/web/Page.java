package app.routecard.portal.web;

import java.util.List;

/**
 * What the layout needs on every page: the title, who is signed in and for which tenant, the role's menu, the
 * CSRF token for forms, a banner when a service is not answering, and whether to show the notifications bell.
 */
public record Page(String title, boolean signedIn, String userName, String tenantName,
                   List<NavigationPolicy.MenuItem> menu, String csrf, String banner, boolean bell) {

    /** A page for someone without an account (a customer's share link): no menu, no forms, no cookie. */
    public static Page anonymous(String title) {
        return new Page(title, false, null, null, List.of(), "", null, false);
    }

    /** A page for someone without an account that has one form (an e-mail's unsubscribe): its CSRF token only. */
    public static Page anonymousWithForm(String title, String csrf) {
        return new Page(title, false, null, null, List.of(), csrf, null, false);
    }

    /** The same page without the role's menu, for a user who can use nothing (a suspended organization). */
    public Page withoutMenu() {
        return new Page(title, signedIn, userName, tenantName, List.of(), csrf, banner, false);
    }

    public Page withBanner(String text) {
        return new Page(title, signedIn, userName, tenantName, menu, csrf, text, bell);
    }
}
