package app.routecard.portal.web;

import java.util.Map;

/**
 * The answer a page gives to one of its forms: which form it concerns, the message above it, the messages next to
 * its fields, and what the person typed (so nothing typed is lost when a service refuses it). The empty form name
 * means the page as a whole (a "done" message after a redirect).
 */
public record FormFeedback(String form, String message, boolean error, Map<String, String> fields,
                           Map<String, String> entered) {

    public static FormFeedback none() {
        return new FormFeedback("", null, false, Map.of(), Map.of());
    }

    /** A message for the whole page, e.g. "Stage changed." after a successful form. */
    public static FormFeedback done(String message) {
        return new FormFeedback("", message, false, Map.of(), Map.of());
    }

    /** A service's refusal of one form, shown next to that form. */
    public static FormFeedback refused(String form, ServiceProblem problem, Map<String, String> entered) {
        return new FormFeedback(form, problem.message(), true, problem.fieldMessages(), entered);
    }

    public boolean on(String name) {
        return form.equals(name);
    }

    /** The feedback concerns the form of one item of a list, named {@code form-itemId} (one NCR's disposition). */
    public boolean onItem(String form, Object itemId) {
        return this.form.equals(form + "-" + itemId);
    }

    public String value(String field) {
        return entered.getOrDefault(field, "");
    }
}
