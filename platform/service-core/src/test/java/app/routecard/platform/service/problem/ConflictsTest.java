package app.routecard.platform.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.service.rules.RuleRefused;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

class ConflictsTest {

    private final ProblemResponses responses = new ProblemResponses();

    /** What the PostgreSQL driver raises for a unique violation: SQLState 23505 and the constraint's name. */
    private static PSQLException uniqueViolation(String constraint) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C23505\0Mduplicate key value\0n" + constraint
                + "\0"));
    }

    /** As Hibernate and Narayana hand it over at commit: wrapped twice. */
    private static RuntimeException atCommit(Throwable cause) {
        return new RuntimeException("ARJUNA016053: Could not commit transaction",
                new jakarta.persistence.PersistenceException("could not execute statement", cause));
    }

    @Test
    void an_optimistic_lock_failure_is_a_409_problem_saying_someone_else_changed_it() {
        Response response = responses.unexpected(atCommit(new OptimisticLockException("Row was updated")));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.detail()).contains("Changed by someone else").contains("reload");
    }

    @Test
    void hibernates_stale_state_is_the_same_409() {
        Response response = responses.unexpected(atCommit(new org.hibernate.StaleObjectStateException("Job", 1)));
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void a_unique_violation_is_a_409_found_by_sqlstate_and_its_constraint_is_known() {
        RuntimeException failure = atCommit(new org.hibernate.exception.ConstraintViolationException(
                "could not execute statement", uniqueViolation("job_by_erp_order"), "insert into job ..."));
        Response response = responses.unexpected(failure);
        assertThat(response.getStatus()).isEqualTo(409);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.detail()).contains("already exists").doesNotContain("insert").doesNotContain("job_by");
        assertThat(Conflicts.isUniqueViolation(failure, "job_by_erp_order")).isTrue();
        assertThat(Conflicts.isUniqueViolation(failure, "job_tenant_id_number_key")).isFalse();
    }

    @Test
    void a_message_that_only_looks_like_a_unique_violation_is_not_one() {
        RuntimeException lookalike = new RuntimeException("duplicate key value violates unique constraint "
                + "\"job_by_erp_order\"", new SQLException("boom", "XX000"));
        assertThat(Conflicts.of(lookalike)).isEmpty();
        assertThat(Conflicts.isUniqueViolation(lookalike, "job_by_erp_order")).isFalse();
        Response response = responses.unexpected(lookalike);
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("duplicate").contains("reference");
    }

    @Test
    void serialization_failures_and_deadlocks_are_conflicts_too() {
        assertThat(Conflicts.of(new SQLException("could not serialize", "40001"))).isPresent();
        assertThat(Conflicts.of(new SQLException("deadlock detected", "40P01"))).isPresent();
    }

    @Test
    void a_refusal_by_a_rule_is_a_409_naming_the_rule() {
        Response response = responses.ruleRefused(new RuleRefused(new Refusal("StepsInOrder",
                "Step 1 is not finished yet")));
        assertThat(response.getStatus()).isEqualTo(409);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo(ProblemResponses.RULE_TYPE);
        assertThat(problem.title()).isEqualTo("Refused by rule StepsInOrder");
        assertThat(problem.detail()).isEqualTo("Step 1 is not finished yet");
    }

    @Test
    void a_refusal_needs_a_rule_and_words() {
        assertThat(Refusal.requireReason("HoldNeedsAReason", " ")).map(Refusal::rule).contains("HoldNeedsAReason");
        assertThat(Refusal.requireReason("HoldNeedsAReason", "waiting for material")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Refusal("", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
