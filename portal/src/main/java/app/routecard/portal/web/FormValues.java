package app.routecard.portal.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What a form handler does with what was typed, and how it answers with its page again. */
public final class FormValues {

    private FormValues() {
    }

    /** The text as typed, "" for a field the form did not send (to show it again). */
    public static String text(String value) {
        return value == null ? "" : value;
    }

    /** The text without surrounding blanks, or null when nothing was typed (the service's default applies). */
    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A service's constant as words on a page: {@code IN_PROGRESS} → "in progress". */
    public static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A list's page number from a link: anything that is not one is the first page; at most 100,000. */
    public static int pageNumber(String page) {
        try {
            return Math.min(100_000, Math.max(0, Integer.parseInt(page == null ? "0" : page.trim())));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** The page again, with the status of the service's refusal (400, 409) instead of 200. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
