package app.routecard.portal.scorecards;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The operator's scoring settings: half-life, each dimension's prior (beside the network's actual mean, to adopt
 * it), weights, thresholds, hysteresis, New's job count, the caps of New and Probation, the response target and the
 * grace days; saved through marketplace-service, which names any refused field, and the audit of every change.
 */
@Path("/operator/scoring")
@RolesAllowed("operator")
@Produces(MediaType.TEXT_HTML)
public class ScoringSettingsPageResource {

    /** The form's fields, named as the API names them (a refusal of {@code weights.quality} lands on its field). */
    static final List<String> FIELDS = List.of("halfLifeDays", "priors.onTime.mean", "priors.onTime.strength",
            "priors.quality.mean", "priors.quality.strength", "priors.responsiveness.mean",
            "priors.responsiveness.strength", "weights.onTime", "weights.quality", "weights.responsiveness",
            "thresholds.excellent", "thresholds.good", "thresholds.watch", "hysteresisPoints", "newUntilOnTimeJobs",
            "caps.newMaxOpenJobs", "caps.newMaxJobValue", "caps.probationMaxOpenJobs", "caps.probationMaxJobValue",
            "responseTargetHours", "graceDays");

    /** The fields the API takes as whole numbers. */
    static final java.util.Set<String> WHOLE = java.util.Set.of("weights.onTime", "weights.quality",
            "weights.responsiveness", "newUntilOnTimeJobs", "caps.newMaxOpenJobs", "caps.probationMaxOpenJobs",
            "graceDays");

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;

    public ScoringSettingsPageResource(@RestClient MarketplaceService marketplaceService, PageContext pages,
                                       ObjectMapper json) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
    }

    /** The form's values by field name, and the network's mean per dimension (null where nothing is observed). */
    public record Form(Map<String, String> values, Map<String, String> networkMeans, int version, String updated) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String mean(String dimension) {
            return networkMeans.getOrDefault(dimension, "none yet");
        }
    }

    /** One change as the audit shows it: when, who, and each field that moved, from and to. */
    public record Change(String when, String by, List<String> moved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Page page, Form form, List<Change> changes, FormFeedback feedback);
    }

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return render(current(), "saved".equals(done) ? FormFeedback.done("Settings saved: every scorecard was"
                + " computed again with them.") : FormFeedback.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> posted) {
        Map<String, String> entered = new LinkedHashMap<>();
        FIELDS.forEach(field -> entered.put(field, posted.getFirst(field) == null ? "" : posted.getFirst(field).strip()));
        Map<String, String> problems = new LinkedHashMap<>();
        ObjectNode body = json.createObjectNode();
        for (String field : FIELDS) {
            String value = entered.get(field);
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                problems.put(field, value.isEmpty() ? "is required" : "must be a number");
                continue;
            }
            if (WHOLE.contains(field) && number.stripTrailingZeros().scale() > 0) {
                problems.put(field, "must be a whole number");
                continue;
            }
            if (field.equals("responseTargetHours")) {
                body.put("responseTarget", "PT" + number.stripTrailingZeros().toPlainString() + "H");
            } else {
                put(body, field, number);
            }
        }
        Form current = current();
        Form form = new Form(entered, current.networkMeans(), current.version(), current.updated());
        if (!problems.isEmpty()) {
            return page(400, form, new FormFeedback("settings", "Please check the highlighted fields.", true,
                    problems, entered));
        }
        try {
            marketplaceService.saveScoringSettings(body);
        } catch (ServiceProblem problem) {
            Map<String, String> fields = new LinkedHashMap<>();
            problem.fieldMessages().forEach((field, message) -> fields.put(
                    field.equals("responseTarget") ? "responseTargetHours" : field, message));
            return page(problem.status(), form, new FormFeedback("settings", problem.message(), true, fields,
                    entered));
        }
        return Response.seeOther(URI.create("/operator/scoring?done=saved")).build();
    }

    private Response page(int status, Form form, FormFeedback feedback) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(render(form, feedback)).build();
    }

    private TemplateInstance render(Form form, FormFeedback feedback) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode change : marketplaceService.scoringSettingsChanges(20)) {
            Map<String, String> before = values(change.path("before"));
            Map<String, String> after = values(change.path("after"));
            List<String> moved = new ArrayList<>();
            after.forEach((field, value) -> {
                if (!value.equals(before.get(field))) {
                    moved.add(field + " " + before.getOrDefault(field, "–") + " → " + value);
                }
            });
            changes.add(new Change(change.path("changedAt").asText().replace('T', ' ').replaceAll("\\..*|Z$", ""),
                    change.path("changedBy").asText(), moved));
        }
        return Templates.settings(pages.page("Scoring settings"), form, changes, feedback);
    }

    private Form current() {
        JsonNode view = marketplaceService.scoringSettings();
        Map<String, String> means = new LinkedHashMap<>();
        view.path("networkMeans").fields().forEachRemaining(mean -> means.put(key(mean.getKey()),
                String.format(Locale.ROOT, "%.3f", mean.getValue().asDouble())));
        JsonNode stored = view.path("stored");
        return new Form(values(stored.path("settings")), means, stored.path("version").asInt(),
                stored.path("updatedBy").isTextual() ? stored.path("updatedBy").asText() + " on "
                        + stored.path("updatedAt").asText().replaceAll("T.*", "") : null);
    }

    /** The settings as the form shows them, the response target in hours. */
    static Map<String, String> values(JsonNode settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (field.equals("responseTargetHours")) {
                String target = settings.path("responseTarget").asText("");
                try {
                    values.put(field, new BigDecimal(java.time.Duration.parse(target).toMinutes())
                            .divide(new BigDecimal(60), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                            .toPlainString());
                } catch (java.time.format.DateTimeParseException e) {
                    values.put(field, "");
                }
                continue;
            }
            JsonNode node = settings;
            for (String part : field.split("\\.")) {
                node = node.path(part);
            }
            values.put(field, node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString()
                    : node.asText(""));
        }
        return values;
    }

    /** {@code ON_TIME} as the form's dimension key {@code onTime}. */
    private static String key(String dimension) {
        String lower = dimension.toLowerCase(Locale.ROOT);
        int underscore = lower.indexOf('_');
        return underscore < 0 ? lower : lower.substring(0, underscore)
                + Character.toUpperCase(lower.charAt(underscore + 1)) + lower.substring(underscore + 2);
    }

    private static void put(ObjectNode body, String field, BigDecimal value) {
        String[] parts = field.split("\\.");
        ObjectNode node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }
}
