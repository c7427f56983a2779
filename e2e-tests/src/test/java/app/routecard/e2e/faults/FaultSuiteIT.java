package app.routecard.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fault suite in the build: the reduced plan (two replicas of the portal, marketplace-service and job-service;
 * at least 2,000 events; a marketplace replica SIGKILLed, the job-service relay holder SIGKILLed, Kafka SIGKILLed
 * and restarted; a buyer and a shop admin opening portal pages in a browser all along), then the books. {@code -Dfaults.full=true} runs the full plan ({@code bench/faults.sh}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultSuiteIT {

    private final FaultSuite.Plan plan = Boolean.getBoolean("faults.full") ? FaultSuite.Plan.full()
            : FaultSuite.Plan.reduced();
    private FaultSuite suite;

    @BeforeAll
    void startAStackWithReplicas() throws Exception {
        Path root = Path.of(System.getProperty("routecard.root", "..")).toAbsolutePath().normalize();
        suite = new FaultSuite(root, plan, System.out);
        suite.start();
    }

    @AfterAll
    void stopIt() {
        if (suite != null) {
            suite.stop();
        }
    }

    @Test
    void the_flow_survives_each_fault_losing_nothing_and_doing_nothing_twice() throws Exception {
        FaultSuite.Report report = suite.run();
        FaultSuite.print(report, plan, System.out);

        assertThat(report.events()).as("events the load made").isGreaterThanOrEqualTo(plan.events());
        assertThat(report.outcomes()).extracting(FaultSuite.Outcome::fault).containsExactlyElementsOf(plan.faults());
        assertThat(report.problems()).as("the books").isEmpty();
        assertThat(report.violations()).as("answers other than 2xx, 4xx or 503 with Retry-After").isEmpty();
        assertThat(report.portalViolations()).as("portal pages other than the page or its 503 banner").isEmpty();
        assertThat(report.portalPages()).as("portal pages opened during the run").containsKey("200");
        assertThat(report.statuses()).as("answers by status").doesNotContainKeys(500, 502, 504);
        assertThat(report.figures()).containsEntry("events published more than once", 0L)
                .containsEntry("events recorded but not on their topic", 0L);
        assertThat(report.rebuild().path("equal").asInt()).as("scorecards equal to a replay")
                .isEqualTo(report.rebuild().path("suppliers").asInt()).isPositive();
        for (FaultSuite.Outcome outcome : report.outcomes()) {
            assertThat(outcome.firstWrite()).as("first write after " + outcome.fault().words)
                    .isLessThan(Duration.ofSeconds(60));
            assertThat(outcome.backlogPublished()).as("backlog on Kafka after " + outcome.fault().words)
                    .isLessThan(Duration.ofSeconds(60));
            if (outcome.relayTakeover() != null) {
                assertThat(outcome.relayTakeover()).as("relay takeover after " + outcome.fault().words)
                        .isLessThan(Duration.ofSeconds(10));
            }
        }
    }
}
