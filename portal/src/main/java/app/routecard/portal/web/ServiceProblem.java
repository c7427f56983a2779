package app.routecard.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service refused a request with a problem document. The page shows {@link #fieldMessages()} next to their
 * fields and {@link #message()} above the form: a rule's refusal in the rule's words, anything else as its detail.
 */
public class ServiceProblem extends RuntimeException {

    /** The problem type every service gives a refusal by a named rule. */
    static final String RULE_TYPE = "https://routecard.app/problems/rule";

    private final int status;
    private final String rule;
    private final String detail;
    private final Map<String, String> fieldMessages;

    ServiceProblem(int status, String rule, String detail, Map<String, String> fieldMessages) {
        super(detail, null, false, false);
        this.status = status;
        this.rule = rule;
        this.detail = detail;
        this.fieldMessages = fieldMessages;
    }

    /** Reads a problem+json body; a body that is not one still gives a readable message. */
    public static ServiceProblem of(int status, JsonNode problem) {
        if (problem == null || !problem.isObject()) {
            return new ServiceProblem(status, null, defaultDetail(status), Map.of());
        }
        String rule = null;
        String title = problem.path("title").asText("");
        if (RULE_TYPE.equals(problem.path("type").asText()) && title.startsWith("Refused by rule ")) {
            rule = title.substring("Refused by rule ".length());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            fields.merge(error.path("field").asText(), error.path("message").asText(), (a, b) -> a + "; " + b);
        }
        String detail = problem.path("detail").asText(title.isEmpty() ? defaultDetail(status) : title);
        return new ServiceProblem(status, rule, detail, fields);
    }

    private static String defaultDetail(int status) {
        return status == 403 ? "Your role does not allow this action" : "The request was refused (HTTP " + status + ")";
    }

    public int status() {
        return status;
    }

    /** The name of the rule that refused the action, for a 409 by a rule. */
    public String rule() {
        return rule;
    }

    /** What the person reads above the form. */
    public String message() {
        if (rule != null) {
            return "Not possible: " + detail + " (rule " + words(rule) + ")";
        }
        if (status == 409) {
            return detail;
        }
        return fieldMessages.isEmpty() ? detail : "Please check the highlighted fields.";
    }

    /** The service's own sentence, without the portal's framing. */
    public String detail() {
        return detail;
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }

    /** NoShipmentBeforeReadyToShip → "no shipment before ready to ship". */
    static String words(String rule) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : rule.toCharArray()) {
            if (Character.isUpperCase(c) && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(Character.toLowerCase(c));
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return String.join(" ", words);
    }
}
