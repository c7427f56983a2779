package app.routecard.notifications.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import app.routecard.devstack.MailInbox.Message;
import app.routecard.notifications.clock.MovableClock;
import app.routecard.notifications.clock.NotificationClock;
import app.routecard.notifications.inapp.NotificationFollower;
import app.routecard.platform.inbox.InboxProcessor;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.MailInbox;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.ReplicaRace;
import app.routecard.platform.testing.TenantEventsFixture;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * E-mail on the real stack: events from the real broker become mails in GreenMail, to the people Keycloak says hold
 * the role, in the tenant's name, with a link to the page and one that stops the category; once, whatever the
 * redeliveries. What a person's preferences hold back goes out in one digest a day.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "notifications-service"))
class MailTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String nina = Tokens.accessToken("nina@northwind.example");

    @Inject
    InboxProcessor processor;

    @Inject
    NotificationFollower follower;

    @Inject
    MailFanOut fanOut;

    @Inject
    MailSender sender;

    @Inject
    Digests digests;

    @Inject
    EntityManager entities;

    @Inject
    TenantNames tenantNames;

    private static String tenantOf(String token) {
        return given().auth().oauth2(token).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    private static void choose(String token, Map<String, String> channels) {
        given().auth().oauth2(token).contentType("application/json").body(channels)
                .put("/api/notifications/preferences").then().statusCode(200);
    }

    private static String channelOf(String token, String category) {
        List<Map<String, String>> categories = given().auth().oauth2(token).get("/api/notifications/preferences")
                .then().statusCode(200).extract().jsonPath().getList("categories");
        return categories.stream().filter(c -> c.get("category").equals(category)).findFirst().orElseThrow()
                .get("channel");
    }

    /**
     * Whether the notifications made from this event have been turned into e-mails (or digest items); runs the
     * fan-out itself too, so the answer does not wait for the scheduler's next turn.
     */
    private boolean mailed(UUID eventId) {
        fanOut.fanOut();
        return TenantTransactions.allTenants("test: has the mail fan-out handled the event", () -> {
            List<?> pending = entities.createNativeQuery("select id from notification where source_event_id = :e"
                    + " and mailed_at is null").setParameter("e", eventId).getResultList();
            List<?> all = entities.createNativeQuery("select id from notification where source_event_id = :e")
                    .setParameter("e", eventId).getResultList();
            return !all.isEmpty() && pending.isEmpty();
        });
    }

    /** Runs the fan-out and the sender now, beside the scheduler (they skip what the other holds). */
    private boolean sentNow() {
        fanOut.fanOut();
        sender.sendDue();
        return true;
    }

    private String offerEvent(UUID eventId, String acme, UUID offer, String rfqNumber) {
        return TopicWriter.cloudEvent(eventId, "marketplace.offer.sent", acme, offer.toString(),
                "{\"offerId\":\"" + offer + "\",\"rfqId\":\"" + UUID.randomUUID() + "\",\"rfqNumber\":\"" + rfqNumber
                        + "\",\"buyerTenantId\":\"" + tenantOf(nina) + "\",\"wave\":1,\"expiresAt\":\""
                        + OffsetDateTime.now().plusDays(2) + "\"}");
    }

    @Test
    void an_offer_mails_acmes_admin_once_in_acmes_name_and_its_link_stops_offer_mails() throws Exception {
        String acme = tenantOf(alex);
        TenantEventsFixture.branded(acme, "acme", "Acme Precision Machining", "#b45309");
        await().atMost(Duration.ofSeconds(30)).until(() -> tenantNames.colourOf(acme).isPresent());
        choose(alex, Map.of("offers", "EMAIL"));
        UUID offer = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String rfqNumber = "R-M-" + offer.toString().substring(0, 6);
        String subject = "New offer: RFQ " + rfqNumber;
        // A quote to a buyer organization Keycloak does not know comes first: it has nobody to mail, and holds
        // up nobody else's mail.
        UUID unknownBuyer = UUID.randomUUID();
        TopicWriter.publish("routecard.marketplace", unknownBuyer.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "marketplace.quote.submitted", acme, UUID.randomUUID().toString(), "{\"quoteId\":\"" + UUID.randomUUID()
                        + "\",\"offerId\":\"" + UUID.randomUUID() + "\",\"rfqId\":\"" + UUID.randomUUID()
                        + "\",\"rfqNumber\":\"R-U\",\"buyerTenantId\":\"" + unknownBuyer + "\",\"revision\":1,"
                        + "\"lines\":[],\"currency\":\"EUR\",\"validUntil\":\"2026-12-31\",\"offeredAt\":\""
                        + OffsetDateTime.now() + "\",\"submittedAt\":\"" + OffsetDateTime.now() + "\",\"by\":\"x\"}"));
        String event = offerEvent(eventId, acme, offer, rfqNumber);
        TopicWriter.publish("routecard.marketplace", offer.toString(), event);
        TopicWriter.publish("routecard.marketplace", offer.toString(), event);

        await().atMost(Duration.ofSeconds(30)).until(() -> sentNow()
                && !MailInbox.withSubject("alex@acme.example", subject).isEmpty());
        // The event once more, straight to the follower (a replay), and every sender run after it: still one mail.
        processor.process(follower, new ConsumerRecord<>("routecard.marketplace", 0, 0L, offer.toString(), event));
        fanOut.fanOut();
        sender.sendDue();
        List<Message> mails = MailInbox.withSubject("alex@acme.example", subject);
        assertThat(mails).hasSize(1);
        Message mail = mails.get(0);
        assertThat(MailInbox.withSubject("sam@acme.example", subject)).as("the floor is not a shop admin").isEmpty();
        assertThat(MailInbox.withSubject("bea@bluefin.example", subject)).as("another shop").isEmpty();
        assertThat(mail.text()).contains("Acme Precision Machining").contains("Hello Alex")
                .contains("/offers/" + offer).contains("You get this e-mail for: Offers routed to your shop")
                .contains("/notifications/preferences").contains("background:#b45309");
        assertThat(mail.header("List-Unsubscribe")).contains("/unsubscribe/");

        Matcher link = UNSUBSCRIBE.matcher(mail.text());
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        given().get("/api/unsubscribe/" + token).then().statusCode(200).body("category", is("offers"))
                .body("channel", is("EMAIL"));
        given().post("/api/unsubscribe/" + token).then().statusCode(200).body("channel", is("IN_APP"));
        assertThat(channelOf(alex, "offers")).isEqualTo("IN_APP");
        given().get("/api/unsubscribe/" + token.substring(0, token.length() - 2) + "xx").then().statusCode(404);
        given().post("/api/unsubscribe/nonsense").then().statusCode(404);

        UUID quietEvent = UUID.randomUUID();
        UUID quietOffer = UUID.randomUUID();
        String quietNumber = "R-Q-" + quietOffer.toString().substring(0, 6);
        TopicWriter.publish("routecard.marketplace", quietOffer.toString(),
                offerEvent(quietEvent, acme, quietOffer, quietNumber));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailed(quietEvent));
        sender.sendDue();
        assertThat(MailInbox.withSubject("alex@acme.example", "New offer: RFQ " + quietNumber))
                .as("offers are in the portal only now").isEmpty();
        assertThat(given().auth().oauth2(alex).get("/api/notifications?size=50").then().statusCode(200).extract()
                .jsonPath().getList("items.title")).contains("New offer: RFQ " + quietNumber);
        choose(alex, Map.of("offers", "EMAIL"));
    }

    @Test
    void two_replicas_fanning_out_and_sending_at_the_same_moment_mail_each_notice_once() throws Exception {
        String acme = tenantOf(alex);
        choose(alex, Map.of("offers", "EMAIL"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<UUID> events = new java.util.ArrayList<>();
        List<String> subjects = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID offer = UUID.randomUUID();
            UUID eventId = UUID.randomUUID();
            String rfqNumber = "R-RACE-" + i + "-" + tag;
            events.add(eventId);
            subjects.add("New offer: RFQ " + rfqNumber);
            TopicWriter.publish("routecard.marketplace", offer.toString(), offerEvent(eventId, acme, offer, rfqNumber));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().allMatch(this::followed));

        ReplicaRace.run(2, () -> fanOut.fanOut() + sender.sendDue());
        await().atMost(Duration.ofSeconds(30)).until(() -> sentNow() && subjects.stream()
                .allMatch(subject -> !MailInbox.withSubject("alex@acme.example", subject).isEmpty()));

        for (String subject : subjects) {
            assertThat(MailInbox.withSubject("alex@acme.example", subject)).as(subject).hasSize(1);
        }
    }

    /** Whether the follower has made the event's notifications (the fan-out has not necessarily seen them). */
    private boolean followed(UUID eventId) {
        return TenantTransactions.allTenants("test: has the follower made the event's notifications", () ->
                !entities.createNativeQuery("select id from notification where source_event_id = :e")
                        .setParameter("e", eventId).getResultList().isEmpty());
    }

    @Test
    void what_the_digest_holds_back_goes_out_in_one_mail_once() throws Exception {
        // Webhook and mail time at 06:00 tomorrow: before the digest hour, so the scheduler composes nothing itself.
        MovableClock clock = new MovableClock(LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(6, 0)
                .toInstant(ZoneOffset.UTC));
        QuarkusMock.installMockForType(clock, NotificationClock.class);
        String acme = tenantOf(alex);
        String northwind = tenantOf(nina);
        TenantEventsFixture.named(northwind, "northwind", "Northwind Robotics");
        await().atMost(Duration.ofSeconds(30)).until(() -> tenantNames.of(northwind).isPresent());
        choose(nina, Map.of("quotes", "DIGEST"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<UUID> events = List.of(UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < events.size(); i++) {
            UUID rfq = UUID.randomUUID();
            TopicWriter.publish("routecard.marketplace", rfq.toString(), TopicWriter.cloudEvent(events.get(i),
                    "marketplace.quote.submitted", acme, UUID.randomUUID().toString(), "{\"quoteId\":\""
                            + UUID.randomUUID() + "\",\"offerId\":\"" + UUID.randomUUID() + "\",\"rfqId\":\"" + rfq
                            + "\",\"rfqNumber\":\"R-D" + i + "-" + tag + "\",\"buyerTenantId\":\"" + northwind
                            + "\",\"revision\":1,\"lines\":[],\"currency\":\"EUR\",\"validUntil\":\"2026-12-31\","
                            + "\"offeredAt\":\"" + OffsetDateTime.now().minusHours(2) + "\",\"submittedAt\":\""
                            + OffsetDateTime.now() + "\",\"by\":\"alex@acme.example\"}"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().allMatch(this::mailed));
        sender.sendDue();
        assertThat(MailInbox.of("nina@northwind.example")).as("held back, not mailed at once")
                .noneMatch(message -> message.text().contains("R-D0-" + tag));

        // A day far ahead, after the digest hour, so no earlier run of this test has used it.
        Instant digestTime = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000))
                .atTime(7, 30).toInstant(ZoneOffset.UTC);
        List<Integer> taken = ReplicaRace.run(2, () -> digests.compose(digestTime));
        assertThat(taken).as("two replicas composing at once: one makes the day's digests, the other finds them made")
                .contains(0);
        assertThat(taken.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(2);
        assertThat(digests.compose(digestTime)).as("the day's digest is made once").isZero();
        assertThat(digests.compose(digestTime.plusSeconds(3600))).isZero();
        clock.moveTo(digestTime);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sender.sendDue();
            return MailInbox.of("nina@northwind.example").stream()
                    .anyMatch(message -> message.text().contains("R-D0-" + tag));
        });
        List<Message> digestsWithOurs = MailInbox.of("nina@northwind.example").stream()
                .filter(message -> message.text().contains("R-D0-" + tag)).toList();
        assertThat(digestsWithOurs).hasSize(1);
        Message digest = digestsWithOurs.get(0);
        assertThat(digest.subject()).startsWith("Your Routecard digest: ");
        assertThat(digest.text()).contains("R-D1-" + tag).contains("Northwind").contains("Hello Nina")
                .contains("Stop e-mails about Quotes on your RFQs").contains("/rfqs/");
        choose(nina, Map.of("quotes", "EMAIL"));
    }

    @Test
    void a_shops_update_reaches_its_customer_without_an_account_once_with_the_share_link_in_the_shops_name()
            throws Exception {
        String acme = tenantOf(alex);
        TenantEventsFixture.branded(acme, "acme", "Acme Precision Machining", "#b45309");
        await().atMost(Duration.ofSeconds(30)).until(() -> tenantNames.colourOf(acme).isPresent());
        UUID job = UUID.randomUUID();
        String number = "J-C-" + job.toString().substring(0, 6);
        String customer = "buyer-" + job.toString().substring(0, 6) + "@customer.example";
        String shareUrl = "http://localhost:8080/share/" + "t".repeat(43);
        String event = TopicWriter.cloudEvent(UUID.randomUUID(), "job.customer_update.sent", acme, job.toString(),
                "{\"jobId\":\"" + job + "\",\"number\":\"" + number + "\",\"customerName\":\"Northwind\","
                        + "\"customerEmail\":\"" + customer + "\",\"message\":\"Anodizing done, we ship Thursday\","
                        + "\"shareUrl\":\"" + shareUrl + "\",\"expiresAt\":\"" + OffsetDateTime.now().plusDays(14)
                        + "\"}");
        assertThat(app.routecard.platform.events.EventSchemas.problems(event)).isEmpty();
        TopicWriter.publish("routecard.job", job.toString(), event);
        TopicWriter.publish("routecard.job", job.toString(), event);
        String subject = "Acme Precision Machining: an update on your order, job " + number;
        await().atMost(Duration.ofSeconds(30)).until(() -> sentNow() && !MailInbox.withSubject(customer, subject)
                .isEmpty());
        processor.process(follower, new ConsumerRecord<>("routecard.job", 0, 0L, job.toString(), event));
        sender.sendDue();
        List<Message> mails = MailInbox.withSubject(customer, subject);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).text()).contains(shareUrl).contains("Anodizing done, we ship Thursday")
                .contains("Hello Northwind").contains("background:#b45309").doesNotContain("/unsubscribe/")
                .doesNotContain("/notifications/preferences");
    }

    @Test
    void preferences_are_each_persons_own_and_bad_ones_are_refused_naming_the_field() {
        choose(alex, Map.of("standing", "OFF"));
        assertThat(channelOf(alex, "standing")).isEqualTo("OFF");
        assertThat(channelOf(bea, "standing")).as("another shop's admin keeps the default").isEqualTo("DIGEST");
        given().auth().oauth2(nina).get("/api/notifications/preferences").then().statusCode(200)
                .body("categories.category", org.hamcrest.Matchers.not(hasItem("standing")));
        given().auth().oauth2(alex).contentType("application/json").body(Map.of("standing", "LOUDLY"))
                .put("/api/notifications/preferences").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("standing"));
        given().auth().oauth2(alex).contentType("application/json").body(Map.of("quotes", "EMAIL"))
                .put("/api/notifications/preferences").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("quotes"));
        given().auth().oauth2(alex).contentType("application/json").body("[1, 2]")
                .put("/api/notifications/preferences").then().statusCode(400);
        given().get("/api/notifications/preferences").then().statusCode(401);
        choose(alex, Map.of("standing", "DIGEST"));
    }
}
