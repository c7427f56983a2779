package app.routecard.marketplace.routing;

import static app.routecard.marketplace.MarketplaceFixtures.saveProfile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.MarketplaceFixtures;
import app.routecard.marketplace.clock.MovableClock;
import app.routecard.marketplace.scoring.ScorecardAgeing;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.ReplicaRace;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Routing's and scoring's scheduled work run by two replicas at the same moment on one database: each wave opens
 * once, nobody is offered an RFQ twice, each offer expires once, and one replica ages the scorecards.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class RoutingReplicasTest {

    private final String nina = Tokens.accessToken("nina@northwind.example");
    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String cole = Tokens.accessToken("cole@cobalt.example");

    @Inject
    RoutingSchedule routing;

    @Inject
    ScorecardAgeing ageing;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entities;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void two_replicas_ticking_together_open_each_wave_once_and_expire_each_offer_once() {
        saveProfile(alex, List.of("CNC_MILLING_3_AXIS", "CNC_TURNING"), List.of("Aluminium 6061"));
        saveProfile(cole, List.of("CNC_MILLING_5_AXIS"), List.of("Aluminium 6061"));
        List<String> rfqs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String rfq = given().auth().oauth2(nina).contentType(ContentType.JSON)
                    .body(MarketplaceFixtures.bracketRfq()).post("/api/rfqs").then().statusCode(201)
                    .extract().path("id");
            given().auth().oauth2(nina).post("/api/rfqs/" + rfq + "/post").then().statusCode(200);
            rfqs.add(rfq);
        }

        ReplicaRace.run(2, routing::tick);

        for (String rfq : rfqs) {
            assertThat(events("marketplace.routing.decided", rfq)).as("waves decided for " + rfq).isEqualTo(1);
            assertThat(offeredShops(rfq)).as("offers of " + rfq).hasSizeGreaterThanOrEqualTo(2)
                    .doesNotHaveDuplicates();
            assertThat(events("marketplace.offer.sent", rfq)).isEqualTo(offeredShops(rfq).size());
        }

        // Past every offer's expiry: both replicas apply the clock at once.
        clock.advance(Duration.ofHours(49));
        ReplicaRace.run(2, routing::tick);

        for (String rfq : rfqs) {
            List<String> offers = offerIds(rfq);
            for (String offer : offers) {
                assertThat(events("marketplace.offer.expired", offer)).as("expiries of offer " + offer).isEqualTo(1);
            }
            List<String> shops = offeredShops(rfq);
            assertThat(shops).as("nobody is offered " + rfq + " twice").doesNotHaveDuplicates();
            assertThat(events("marketplace.routing.decided", rfq)).as("one decision per wave")
                    .isEqualTo(waves(rfq));
        }
    }

    @Test
    void two_replicas_ageing_together_age_each_stale_scorecard_once() {
        int stale = TenantTransactions.allTenants("the test makes every scorecard stale", () -> entities
                .createNativeQuery("update supplier_scorecard set as_of = as_of - interval '2 hours'")
                .executeUpdate());

        List<Integer> aged = ReplicaRace.run(2, ageing::age);

        assertThat(aged.stream().mapToInt(Integer::intValue).sum()).as("cards aged by the two replicas: " + aged)
                .isEqualTo(stale);
        assertThat(ageing.age()).as("nothing left to age").isZero();
    }

    private long events(String type, String mentioning) {
        return TenantTransactions.allTenants("the test reads the outbox", () -> ((Number) entities
                .createNativeQuery("select count(*) from outbox_event where type = :type and payload like :id")
                .setParameter("type", type).setParameter("id", "%" + mentioning + "%").getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> offeredShops(String rfq) {
        return TenantTransactions.allTenants("the test reads the offers", () -> (List<String>) entities
                .createNativeQuery("select tenant_id from offer where rfq_id = cast(:rfq as uuid)")
                .setParameter("rfq", rfq).getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<String> offerIds(String rfq) {
        return TenantTransactions.allTenants("the test reads the offers", () -> ((List<Object>) entities
                .createNativeQuery("select id from offer where rfq_id = cast(:rfq as uuid) and status = 'EXPIRED'")
                .setParameter("rfq", rfq).getResultList()).stream().map(Object::toString).toList());
    }

    private long waves(String rfq) {
        return TenantTransactions.allTenants("the test reads the waves", () -> ((Number) entities
                .createNativeQuery("select count(*) from routing_wave where rfq_id = cast(:rfq as uuid)"
                        + " and status <> 'DUE'")
                .setParameter("rfq", rfq).getSingleResult()).longValue());
    }
}
