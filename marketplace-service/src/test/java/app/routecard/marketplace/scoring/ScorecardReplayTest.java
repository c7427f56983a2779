package app.routecard.marketplace.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.inbox.TopicReplay;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The scoring consumer on the real broker over a generated history of more than 10,000 events: delivered in order
 * to one set of suppliers and shuffled (late older answers included) to a mirror set with the same habits, the two
 * end with the same observations; delivered again, nothing changes, not even a card's date; and the operator's
 * rebuild from the topics' beginning equals every live scorecard to the last digit.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class ScorecardReplayTest {

    private static final int SUPPLIERS = 32;
    private static final int EVENTS_EACH = 160;

    @Inject
    TopicReplay replay;

    @Inject
    EntityManager entities;

    @Test
    void a_history_of_ten_thousand_events_scores_the_same_in_any_order_once_and_when_rebuilt() {
        String run = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> inOrder = IntStream.range(0, SUPPLIERS).mapToObj(i -> run + "-s" + i).toList();
        List<String> shuffled = IntStream.range(0, SUPPLIERS).mapToObj(i -> run + "-m" + i).toList();
        List<String> buyers = IntStream.range(0, 4).mapToObj(i -> run + "-b" + i).toList();
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(180));
        Instant to = now.minus(Duration.ofDays(1));
        // The same seed gives both sets the same habits and the same instants, supplier by supplier.
        ScoringHistory.History first = new ScoringHistory(42, from, to).generate(inOrder, buyers, EVENTS_EACH);
        ScoringHistory.History mirror = new ScoringHistory(42, from, to).generate(shuffled, buyers, EVENTS_EACH);
        List<ScoringHistory.AwardRow> awards = new ArrayList<>(first.awards());
        awards.addAll(mirror.awards());
        ScoringHistory.storeOrders(entities, awards);
        List<TopicWriter.Record> outOfOrder = new ArrayList<>(mirror.events());
        Collections.shuffle(outOfOrder, new Random(7));
        assertThat(first.events().size() + outOfOrder.size()).isGreaterThanOrEqualTo(10_000);

        awaitApplied(TopicWriter.publishAll(first.events()));
        awaitApplied(TopicWriter.publishAll(outOfOrder));

        for (int i = 0; i < SUPPLIERS; i++) {
            List<String> expected = facts(inOrder.get(i));
            assertThat(expected).as("supplier %d has observations of every kind", i).hasSizeGreaterThan(100);
            assertThat(facts(shuffled.get(i))).as("the shuffled delivery ends where the ordered one did")
                    .isEqualTo(expected);
        }

        Map<String, String> cards = cards(run);
        assertThat(cards).hasSize(2 * SUPPLIERS);
        List<TopicWriter.Record> again = new ArrayList<>(first.events().subList(0, 500));
        again.addAll(outOfOrder.subList(outOfOrder.size() - 500, outOfOrder.size()));
        awaitApplied(TopicWriter.publishAll(again));
        assertThat(cards(run)).as("1,000 events delivered again change no card, not even its date")
                .isEqualTo(cards);

        JsonPath rebuilt = given().auth().oauth2(Tokens.accessToken("olivia@routecard.example"))
                .post("/api/operations/scoring/rebuild").then().statusCode(200).extract().jsonPath();
        assertThat(rebuilt.getBoolean("liveCaughtUp")).isTrue();
        assertThat(rebuilt.getLong("scoringEvents")).isGreaterThanOrEqualTo(first.events().size() + outOfOrder.size()
                + again.size());
        List<Map<String, String>> ours = rebuilt.<Map<String, String>>getList("differences").stream()
                .filter(difference -> difference.get("supplierTenantId").startsWith(run)).toList();
        assertThat(ours).as("rebuilt from the topics, every card of this history equals the live one").isEmpty();
        assertThat(rebuilt.getList("movedDuringRebuild", String.class)).noneMatch(s -> s.startsWith(run));
        assertThat(rebuilt.getInt("equal")).isGreaterThanOrEqualTo(2 * SUPPLIERS);

        given().auth().oauth2(Tokens.accessToken("nina@northwind.example")).post("/api/operations/scoring/rebuild")
                .then().statusCode(403);
    }

    private void awaitApplied(Map<TopicPartition, Long> published) {
        assertThat(replay.awaitCommitted(ScoringFollower.NAME, published, Duration.ofMinutes(3)))
                .as("the scoring consumer applied everything published").isTrue();
    }

    /** A supplier's observations as (dimension, success, instant), whichever ids its subjects carry. */
    @SuppressWarnings("unchecked")
    private List<String> facts(String supplier) {
        return TenantTransactions.allTenants("the test reads a made-up supplier's observations", () ->
                ((List<Object[]>) entities.createNativeQuery("""
                        select dimension, success, observed_at from score_observation where tenant_id = :supplier
                        order by observed_at, dimension, success""").setParameter("supplier", supplier)
                        .getResultList()).stream().map(row -> row[0] + " " + row[1] + " " + row[2]).toList());
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> cards(String run) {
        return TenantTransactions.allTenants("the test reads its made-up suppliers' scorecards", () -> {
            Map<String, String> cards = new java.util.TreeMap<>();
            for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                    select tenant_id, card::text || standing || as_of::text || revision from supplier_scorecard
                    where tenant_id like :run""").setParameter("run", run + "-%").getResultList()) {
                cards.put((String) row[0], (String) row[1]);
            }
            return cards;
        });
    }
}
