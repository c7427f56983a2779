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

    /** The page again, with the status of the service's refusal (400, 409) instead of 200. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
