package app.routecard.notifications.deadlines;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.ReplicaRace;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deadline reminders on the real stack: offers and jobs learnt from the real broker; the watch tells Acme's admins
 * of an offer about to expire unanswered, of a job at risk and of a late one, each once, and of nothing answered or
 * finished.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "notifications-service"))
class DeadlinesTest {

    private final String alex = Tokens.accessToken("alex@acme.example");

    @Inject
    Deadlines deadlines;

    @Inject
    app.routecard.platform.tenancy.TenantCalendars calendars;

    private static String tenantOf(String token) {
        return given().auth().oauth2(token).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    private List<String> titles() {
        return given().auth().oauth2(alex).get("/api/notifications?size=200").then().statusCode(200).extract()
                .jsonPath().getList("items.title");
    }

    private static void offerSent(String acme, UUID offer, String rfqNumber, OffsetDateTime expiresAt) {
        TopicWriter.publish("routecard.marketplace", offer.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "marketplace.offer.sent", acme, offer.toString(), "{\"offerId\":\"" + offer + "\",\"rfqId\":\""
                        + UUID.randomUUID() + "\",\"rfqNumber\":\"" + rfqNumber + "\",\"buyerTenantId\":\""
                        + UUID.randomUUID() + "\",\"wave\":1,\"expiresAt\":\"" + expiresAt + "\"}"));
    }

    private static void job(String type, String acme, UUID job, String number, LocalDate due) {
        job(type, acme, job, number, due, null);
    }

    private static void job(String type, String acme, UUID job, String number, LocalDate due, String owner) {
        TopicWriter.publish("routecard.job", job.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), type, acme,
                job.toString(), "{\"jobId\":\"" + job + "\",\"number\":\"" + number + "\",\"stage\":\"RELEASED\","
                        + "\"partNumber\":\"P-1\",\"quantity\":10,\"dueDate\":\"" + due + "\""
                        + (owner == null ? "" : ",\"owner\":\"" + owner + "\"") + "}"));
    }

    @Test
    void an_unanswered_offer_about_to_expire_and_late_or_risky_jobs_are_told_once_and_answered_or_finished_ones_not()
            throws Exception {
        String acme = tenantOf(alex);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID expiring = UUID.randomUUID();
        UUID answered = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        offerSent(acme, expiring, "R-X-" + tag, OffsetDateTime.now().plusHours(3));
        offerSent(acme, answered, "R-A-" + tag, OffsetDateTime.now().plusHours(2));
        offerSent(acme, later, "R-L-" + tag, OffsetDateTime.now().plusHours(30));
        TopicWriter.publish("routecard.marketplace", answered.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "marketplace.offer.declined", acme, answered.toString(), "{\"offerId\":\"" + answered
                        + "\",\"rfqId\":\"" + UUID.randomUUID() + "\",\"buyerTenantId\":\"" + UUID.randomUUID()
                        + "\",\"reason\":\"CAPACITY\",\"wave\":1,\"offeredAt\":\"" + OffsetDateTime.now()
                        + "\",\"declinedAt\":\"" + OffsetDateTime.now() + "\"}"));
        LocalDate today = calendars.today(acme);
        UUID late = UUID.randomUUID();
        UUID risky = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        job("job.created", acme, late, "J-LATE-" + tag, today.minusDays(3), "sam@acme.example");
        job("job.created", acme, risky, "J-RISK-" + tag, today.plusDays(5));
        job("job.released", acme, risky, "J-RISK-" + tag, today.plusDays(1));
        job("job.created", acme, closed, "J-DONE-" + tag, today.minusDays(3));
        job("job.closed", acme, closed, "J-DONE-" + tag, today.minusDays(3));
        UUID promised = UUID.randomUUID();
        UUID promisedLater = UUID.randomUUID();
        customerUpdate(acme, promised, "J-UPD-" + tag, today, "alex@acme.example");
        customerUpdate(acme, promisedLater, "J-LTR-" + tag, today.plusDays(1), "alex@acme.example");
        // The follower has read them all once the last offer's own notification is there.
        await().atMost(Duration.ofSeconds(30)).until(() -> titles().contains("New offer: RFQ R-L-" + tag)
                && deadlinesLearnt(closed, promisedLater));

        // Two replicas remind at the same moment, then one runs again: each reminder is made once.
        ReplicaRace.run(2, deadlines::remind);
        deadlines.remind();
        List<String> titles = titles();
        assertThat(titles.stream().filter(t -> t.startsWith("Offer for RFQ R-X-" + tag + " expires at")))
                .hasSize(1);
        assertThat(titles).noneMatch(t -> t.startsWith("Offer for RFQ R-A-" + tag))
                .noneMatch(t -> t.startsWith("Offer for RFQ R-L-" + tag))
                .noneMatch(t -> t.contains("J-DONE-" + tag));
        assertThat(titles.stream().filter(t -> t.equals("Job J-LATE-" + tag + " is late: it was due "
                + today.minusDays(3)))).hasSize(1);
        assertThat(titles.stream().filter(t -> t.equals("Job J-RISK-" + tag + " is due " + today.plusDays(1)
                + " and not finished"))).as("the due date the release moved it to").hasSize(1);
        assertThat(titles.stream().filter(t -> t.equals("Customer update due " + today + " for job J-UPD-" + tag)))
                .as("to the job's owner, in person").hasSize(1);
        assertThat(titles).noneMatch(t -> t.contains("J-LTR-" + tag));
        List<String> sams = given().auth().oauth2(Tokens.accessToken("sam@acme.example"))
                .get("/api/notifications?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.title", String.class);
        assertThat(sams).as("another member of the shop").noneMatch(t -> t.contains("J-UPD-" + tag));
        assertThat(sams).as("the late job's owner, on the floor").contains("Job J-LATE-" + tag + " is late: it was due "
                + today.minusDays(3)).noneMatch(t -> t.contains("J-RISK-" + tag));
    }

    private static void customerUpdate(String acme, UUID job, String number, LocalDate on, String owner) {
        TopicWriter.publish("routecard.job", job.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "job.customer_update.scheduled", acme, job.toString(), "{\"jobId\":\"" + job + "\",\"number\":\""
                        + number + "\",\"customerName\":\"Northwind\",\"nextUpdateOn\":\"" + on
                        + "\",\"message\":\"Anodizing done.\",\"owner\":\"" + owner + "\"}"));
    }

    private boolean deadlinesLearnt(UUID closedJob, UUID promisedJob) {
        return app.routecard.platform.tenancy.TenantTransactions.allTenants("test: were the jobs learnt", () -> {
            jakarta.persistence.EntityManager entities = io.quarkus.arc.Arc.container()
                    .instance(jakarta.persistence.EntityManager.class).get();
            return !entities.createNativeQuery("select 1 from job_deadline where job_id = :job and finished_at is"
                    + " not null").setParameter("job", closedJob).getResultList().isEmpty()
                    && !entities.createNativeQuery("select 1 from customer_update_deadline where job_id = :job")
                    .setParameter("job", promisedJob).getResultList().isEmpty();
        });
    }
}
