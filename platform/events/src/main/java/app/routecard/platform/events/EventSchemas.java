package app.routecard.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Validates a structured CloudEvent against the JSON Schema of its type (schemas/&lt;type&gt;.json). */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Every event type that has a schema. */
    public static List<String> types() {
        try (InputStream index = resource("schemas/index.txt")) {
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the event; empty when it is valid for its type. */
    public static List<String> problems(String cloudEventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(cloudEventJson);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        String type = event.path("type").asText("");
        if (!types().contains(type)) {
            return List.of("no schema for event type '" + type + "'");
        }
        Set<ValidationMessage> messages = SCHEMAS.computeIfAbsent(type, EventSchemas::load).validate(event);
        List<String> problems = new ArrayList<>();
        messages.forEach(message -> problems.add(type + ": " + message.getMessage()));
        return problems;
    }

    private static JsonSchema load(String type) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream schema = resource("schemas/" + type + ".json")) {
            return FACTORY.getSchema(schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalStateException("Missing " + name);
        }
        return in;
    }
}
