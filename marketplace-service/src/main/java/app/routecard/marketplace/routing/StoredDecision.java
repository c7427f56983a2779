package app.routecard.marketplace.routing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How a routing decision is kept in {@code routing_wave.decision}, and read back in the shape every reader
 * (buyer, operator, "why not me") is given. Over a large network most candidates are excluded, mostly for the same
 * few reasons, so the stored form lists each distinct exclusion once and keeps an excluded candidate as
 * {@code [tenantId, reason index, …]}; its name is the tenant's current one, added on reading. Eligible candidates
 * are kept whole. This keeps a 10,000-shop decision a fraction of the size of the expanded one (see
 * docs/benchmarks.md, routing). Decisions stored before this form (every candidate whole) read back unchanged.
 */
public final class StoredDecision {

    private StoredDecision() {
    }

    /** The compact JSON text stored for the decision. */
    public static String write(ObjectMapper json, RoutingEngine.Decision decision) {
        Map<Exclusion, Integer> reasonIndex = new HashMap<>();
        StringWriter text = new StringWriter(16_384);
        try (JsonGenerator out = json.getFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeNumberField("seed", decision.seed());
            out.writeNumberField("wave", decision.wave());
            out.writeStringField("day", decision.day().toString());
            out.writeArrayFieldStart("candidates");
            for (RoutingEngine.Candidate candidate : decision.candidates()) {
                if (candidate.eligible()) {
                    json.writeValue(out, candidate);
                }
            }
            out.writeEndArray();
            out.writeArrayFieldStart("excluded");
            for (RoutingEngine.Candidate candidate : decision.candidates()) {
                if (!candidate.eligible()) {
                    out.writeStartArray();
                    out.writeString(candidate.tenantId());
                    for (Exclusion exclusion : candidate.exclusions()) {
                        out.writeNumber(reasonIndex.computeIfAbsent(exclusion, e -> reasonIndex.size()));
                    }
                    out.writeEndArray();
                }
            }
            out.writeEndArray();
            Exclusion[] reasons = new Exclusion[reasonIndex.size()];
            reasonIndex.forEach((exclusion, index) -> reasons[index] = exclusion);
            out.writeArrayFieldStart("reasons");
            for (Exclusion reason : reasons) {
                out.writeStartObject();
                out.writeStringField("rule", reason.rule());
                out.writeStringField("reason", reason.reason());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The decision as readers are given it: {@code seed}, {@code wave}, {@code day} and {@code candidates}, the
     * eligible first in rank order, then the excluded, each with {@code tenantId}, {@code name},
     * {@code exclusions} ({@code rule}, {@code reason}) and, when eligible, {@code inputs}, {@code rank},
     * {@code offered} and {@code exploration}.
     */
    public static JsonNode read(ObjectMapper json, String stored, Function<String, String> currentName) {
        JsonNode decision;
        try {
            decision = json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision no longer reads", e);
        }
        if (!decision.has("excluded")) {
            return decision;
        }
        ObjectNode expanded = json.createObjectNode();
        expanded.set("seed", decision.get("seed"));
        expanded.set("wave", decision.get("wave"));
        expanded.set("day", decision.get("day"));
        ArrayNode candidates = expanded.putArray("candidates");
        decision.path("candidates").forEach(candidates::add);
        JsonNode reasons = decision.path("reasons");
        for (JsonNode excluded : decision.path("excluded")) {
            String tenantId = excluded.get(0).asText();
            ObjectNode candidate = candidates.addObject();
            candidate.put("tenantId", tenantId);
            candidate.put("name", currentName.apply(tenantId));
            ArrayNode exclusions = candidate.putArray("exclusions");
            for (int i = 1; i < excluded.size(); i++) {
                exclusions.add(reasons.get(excluded.get(i).asInt()));
            }
            candidate.put("offered", false);
            candidate.put("exploration", false);
        }
        return expanded;
    }

    /** One candidate of a stored decision, expanded, or null when the tenant was not judged in it. */
    public static JsonNode candidate(ObjectMapper json, String stored, String tenantId,
                                     Function<String, String> currentName) {
        for (JsonNode candidate : read(json, stored, currentName).path("candidates")) {
            if (tenantId.equals(candidate.path("tenantId").asText())) {
                return candidate;
            }
        }
        return null;
    }
}
