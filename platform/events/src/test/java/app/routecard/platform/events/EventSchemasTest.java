package app.routecard.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final String TENANT = "3b3dba6e-d457-4f67-a7ce-541a9e86ef27";

    private static String suspended(String data) {
        return """
                {"specversion":"1.0","id":"6f1d2c1e-0c1b-4d7e-9a55-3e1f0b2b9c11","source":"tenant-service",
                 "type":"tenant.suspended","subject":"%s","time":"2026-11-22T10:15:30Z",
                 "datacontenttype":"application/json","tenantid":"%s","data":%s}""".formatted(TENANT, TENANT, data);
    }

    @Test
    void every_event_type_of_the_spine_has_a_schema() {
        assertThat(EventSchemas.types()).contains("tenant.created", "tenant.suspended", "job.created",
                "job.released", "job.step.started", "job.step.completed", "job.blocked", "job.unblocked",
                "job.shipped", "job.delivered", "job.closed", "job.cancelled");
    }

    @Test
    void a_valid_event_has_no_problems() {
        assertThat(EventSchemas.problems(suspended("""
                {"id":"%s","slug":"acme","name":"Acme","kind":"SHOP","status":"SUSPENDED","suspensionReason":"x"}"""
                .formatted(TENANT)))).isEmpty();
    }

    @Test
    void a_missing_field_an_unknown_field_or_a_wrong_value_is_a_problem() {
        assertThat(EventSchemas.problems(suspended("{\"id\":\"%s\",\"slug\":\"acme\",\"kind\":\"SHOP\",\"status\":\"SUSPENDED\"}"
                .formatted(TENANT)))).anySatisfy(p -> assertThat(p).contains("name"));
        assertThat(EventSchemas.problems(suspended(("{\"id\":\"%s\",\"slug\":\"acme\",\"name\":\"A\",\"kind\":\"SHOP\","
                + "\"status\":\"SUSPENDED\",\"password\":\"x\"}").formatted(TENANT)))).isNotEmpty();
        assertThat(EventSchemas.problems(suspended(("{\"id\":\"%s\",\"slug\":\"acme\",\"name\":\"A\",\"kind\":\"FACTORY\","
                + "\"status\":\"SUSPENDED\"}").formatted(TENANT)))).isNotEmpty();
    }

    @Test
    void an_event_of_an_unknown_type_or_not_json_is_a_problem() {
        assertThat(EventSchemas.problems("{\"type\":\"job.teleported\"}")).containsExactly(
                "no schema for event type 'job.teleported'");
        assertThat(EventSchemas.problems("{not json")).hasSize(1);
    }
}
