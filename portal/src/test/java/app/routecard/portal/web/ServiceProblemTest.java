package app.routecard.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ServiceProblemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_400_names_each_field_next_to_its_message() throws Exception {
        ServiceProblem problem = ServiceProblem.of(400, JSON.readTree("""
                {"type":"about:blank","title":"Invalid request","status":400,"detail":"Invalid value for: note",
                 "errors":[{"field":"note","message":"must not be blank"},{"field":"category","message":"is required"}]}"""));
        assertThat(problem.fieldMessages()).containsEntry("note", "must not be blank")
                .containsEntry("category", "is required");
        assertThat(problem.message()).isEqualTo("Please check the highlighted fields.");
        assertThat(problem.rule()).isNull();
    }

    @Test
    void a_409_by_a_rule_is_said_in_words_with_the_rule() throws Exception {
        ServiceProblem problem = ServiceProblem.of(409, JSON.readTree("""
                {"type":"https://routecard.app/problems/rule","title":"Refused by rule StepsInOrder","status":409,
                 "detail":"Step 1 is not finished yet"}"""));
        assertThat(problem.rule()).isEqualTo("StepsInOrder");
        assertThat(problem.message()).isEqualTo("Not possible: Step 1 is not finished yet (rule steps in order)");
    }

    @Test
    void a_409_race_and_a_body_that_is_not_a_problem_still_read_well() throws Exception {
        assertThat(ServiceProblem.of(409, JSON.readTree("""
                {"title":"Conflict","status":409,"detail":"Changed by someone else in the meantime; reload and try again"}
                """)).message()).startsWith("Changed by someone else");
        assertThat(ServiceProblem.of(403, null).message()).isEqualTo("Your role does not allow this action");
        assertThat(ServiceProblem.words("NoShipmentBeforeReadyToShip")).isEqualTo("no shipment before ready to ship");
    }
}
