package app.routecard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.devstack.DevCredentials;
import app.routecard.devstack.DevStack;
import app.routecard.devstack.Ports;
import app.routecard.devstack.Service;
import app.routecard.devstack.StackLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole product, started the way a newcomer starts it ({@code ./routecard up}) on ports and a state directory
 * of its own, exercised from outside, and stopped again ({@code ./routecard down}) without leaving a process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackSmokeIT {

    private static final int INFRA_PORT_BASE = 27000;
    private static final int SERVICES_PORT_BASE = 27800;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Path root;
    private StackLayout stack;
    private Map<String, String> cliEnvironment;
    private List<Long> stackPids;
    private boolean stopped;

    @BeforeAll
    void startTheProductWithTheCli() throws Exception {
        root = Path.of(System.getProperty("routecard.root", "..")).toAbsolutePath().normalize();
        Path home = root.resolve("e2e-tests/target/e2e-stack");
        stack = new StackLayout(root, home, Ports.fromBases(INFRA_PORT_BASE, SERVICES_PORT_BASE));
        cliEnvironment = Map.of(
                "ROUTECARD_HOME", home.toString(),
                "ROUTECARD_INFRA_PORT_BASE", String.valueOf(INFRA_PORT_BASE),
                "ROUTECARD_SERVICES_PORT_BASE", String.valueOf(SERVICES_PORT_BASE));
        assertThat(new DevStack(stack).livePids()).as("an e2e stack left running by an earlier run").isEmpty();
        deleteTree(home); // a fresh state directory, as on a newcomer's first ./routecard up
        CliRun up = routecard("up");
        assertThat(up.exitCode()).as("./routecard up output:%n%s", up.output()).isZero();
        assertThat(up.output()).contains("Routecard is up");
        stackPids = new DevStack(stack).livePids();
        long components = new DevStack(stack).status().stream().filter(s -> s.pid().isPresent()).count();
        assertThat(components).as("servers and services running").isEqualTo(11);
    }

    @Test
    @Order(1)
    void every_service_reports_ready() throws Exception {
        for (Service service : Service.values()) {
            HttpResponse<String> ready = get(stack.serviceUrl(service) + "/q/health/ready", null);
            assertThat(ready.statusCode()).as(service + " readiness: " + ready.body()).isEqualTo(200);
            assertThat(JSON.readTree(ready.body()).path("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    @Order(2)
    void every_service_accepts_a_real_token_and_refuses_none_or_a_forged_one() throws Exception {
        String token = passwordGrant(DevCredentials.DEV_CLIENT, "alex@acme.example");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        for (Service service : Service.values()) {
            String whoami = stack.serviceUrl(service) + "/api/whoami";
            HttpResponse<String> withToken = get(whoami, token);
            assertThat(withToken.statusCode()).as(service + " with a valid token").isEqualTo(200);
            JsonNode body = JSON.readTree(withToken.body());
            assertThat(body.path("username").asText()).isEqualTo("alex@acme.example");
            assertThat(body.path("organizations").toString()).contains("acme");
            assertThat(body.path("database").path("superuser").asBoolean(true)).isFalse();
            assertThat(get(whoami, null).statusCode()).as(service + " without a token").isEqualTo(401);
            assertThat(get(whoami, forged).statusCode()).as(service + " with a forged signature").isEqualTo(401);
        }
    }

    @Test
    @Order(3)
    void every_service_refuses_an_expired_token() throws Exception {
        // This client's tokens live two seconds (infra/keycloak/routecard-realm.json).
        String token = passwordGrant("routecard-short-lived", "alex@acme.example");
        long expiresAt = JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .path("exp").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().getEpochSecond() > expiresAt);
        for (Service service : Service.values()) {
            String whoami = stack.serviceUrl(service) + "/api/whoami";
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(whoami, token).statusCode() == 401);
        }
    }

    @Test
    @Order(4)
    void a_job_created_through_job_service_arrives_on_kafka_as_its_cloud_event() throws Exception {
        String alex = passwordGrant(DevCredentials.DEV_CLIENT, "alex@acme.example");
        HttpResponse<String> created = post(stack.serviceUrl(Service.JOB) + "/api/jobs", alex,
                "{\"customerName\":\"Northwind Robotics\",\"partNumber\":\"E2E-1\",\"revision\":\"A\","
                        + "\"quantity\":5,\"dueDate\":\"" + java.time.LocalDate.now().plusDays(30) + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String job = JSON.readTree(created.body()).path("id").asText();

        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor("routecard.job",
                    Duration.ofSeconds(30)).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> ofTheJob = new java.util.ArrayList<>();
            // The outbox relay publishes within seconds of the commit.
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (job.equals(record.key())) {
                        ofTheJob.add(record);
                    }
                });
                return !ofTheJob.isEmpty();
            });
            com.fasterxml.jackson.databind.JsonNode event = JSON.readTree(ofTheJob.get(0).value());
            assertThat(event.path("type").asText()).isEqualTo("job.created");
            assertThat(event.path("source").asText()).contains("job-service");
            assertThat(event.path("subject").asText()).isEqualTo(job);
            assertThat(event.path("data").path("partNumber").asText()).isEqualTo("E2E-1");
            String acme = JSON.readTree(java.util.Base64.getUrlDecoder().decode(alex.split("\\.")[1]))
                    .path("tenant").path("acme").path("id").asText();
            assertThat(event.path("tenantid").asText()).isEqualTo(acme);
        }
    }

    @Test
    @Order(5)
    void files_service_reaches_its_bucket_and_the_object_store_keeps_what_is_put_in_it() throws Exception {
        // files-service stores no file yet (its API comes with the files issue); what it does today is check its
        // bucket, and that check must be UP against this stack's S3 server.
        HttpResponse<String> ready = get(stack.serviceUrl(Service.FILES) + "/q/health/ready", null);
        com.fasterxml.jackson.databind.JsonNode objectStore = null;
        for (com.fasterxml.jackson.databind.JsonNode check : JSON.readTree(ready.body()).path("checks")) {
            if ("object-store".equals(check.path("name").asText())) {
                objectStore = check;
            }
        }
        assertThat(objectStore).as("files-service's object-store check: " + ready.body()).isNotNull();
        assertThat(objectStore.path("status").asText()).isEqualTo("UP");
        assertThat(objectStore.path("data").path("bucket").asText()).isEqualTo(DevCredentials.S3_BUCKET);
        byte[] content = ("route card " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String key = "tenants/e2e/" + UUID.randomUUID() + ".txt";
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(URI.create(stack.s3Endpoint()))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(DevCredentials.S3_ACCESS_KEY, DevCredentials.S3_SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            s3.putObject(request -> request.bucket(DevCredentials.S3_BUCKET).key(key), RequestBody.fromBytes(content));
            byte[] readBack = s3.getObjectAsBytes(request -> request.bucket(DevCredentials.S3_BUCKET).key(key))
                    .asByteArray();
            assertThat(readBack).isEqualTo(content);
            s3.deleteObject(request -> request.bucket(DevCredentials.S3_BUCKET).key(key));
        }
    }

    @Test
    @Order(6)
    void onboarding_through_tenant_service_mails_the_new_admin_a_set_password_link() throws Exception {
        String operator = passwordGrant(DevCredentials.DEV_CLIENT, "olivia@routecard.example");
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "owner@" + slug + ".example";
        HttpResponse<String> onboarded = post(stack.serviceUrl(Service.TENANT) + "/api/tenants", operator,
                "{\"name\":\"E2E Shop\",\"kind\":\"SHOP\",\"slug\":\"" + slug + "\",\"adminEmail\":\""
                        + admin + "\",\"adminFirstName\":\"Eve\",\"adminLastName\":\"Ender\"}");
        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
        String inbox = "http://127.0.0.1:" + stack.ports().mailApi() + "/api/user/" + admin + "/messages/";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(inbox, null).body().contains("login-actions/action-token"));
    }

    @Test
    @Order(7)
    void a_person_signs_in_to_the_portal_and_sees_every_service_answer() throws Exception {
        // Keycloak's organization-aware login asks for the username first, then for the password.
        String page = app.routecard.devstack.KeycloakLogin.signIn(stack.serviceUrl(Service.PORTAL),
                "alex@acme.example", DevCredentials.DEMO_PASSWORD).landing().body();
        assertThat(page).contains("Welcome, Alex Alvarez").contains("Acme Precision Machining")
                .contains("<span class=\"role\">shop_admin</span>");
        assertThat(page).doesNotContain("unreachable").doesNotContain("HTTP 401");
        assertThat(countOccurrences(page, "<td>OK</td>")).isEqualTo(Service.values().length - 1);
    }

    @Test
    @Order(8)
    void up_registered_the_demo_tenants_through_tenant_service() throws Exception {
        String operator = passwordGrant(DevCredentials.DEV_CLIENT, "olivia@routecard.example");
        HttpResponse<String> list = get(stack.serviceUrl(Service.TENANT) + "/api/tenants?size=100", operator);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<String> slugs = new java.util.ArrayList<>();
        JSON.readTree(list.body()).path("items").forEach(item -> slugs.add(item.path("slug").asText()));
        assertThat(slugs).containsAll(app.routecard.devstack.DemoTenants.ALL.stream()
                .map(app.routecard.devstack.DemoTenants.DemoTenant::slug).toList());
        HttpResponse<String> mine = get(stack.serviceUrl(Service.TENANT) + "/api/tenants/me",
                passwordGrant(DevCredentials.DEV_CLIENT, "alex@acme.example"));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(mine.body()).path("slug").asText()).isEqualTo("acme");
        HttpResponse<String> jobs = get(stack.serviceUrl(Service.JOB) + "/api/jobs?size=100",
                passwordGrant(DevCredentials.DEV_CLIENT, "alex@acme.example"));
        assertThat(jobs.statusCode()).as(jobs.body()).isEqualTo(200);
        List<String> parts = new java.util.ArrayList<>();
        List<String> at = new java.util.ArrayList<>();
        JSON.readTree(jobs.body()).path("items").forEach(item -> {
            parts.add(item.path("partNumber").asText());
            if (item.path("atRisk").asBoolean()) {
                at.add(item.path("partNumber").asText());
            }
        });
        assertThat(parts).as("the demo jobs, imported once however often up runs")
                .containsOnlyOnce("BRKT-1001", "HSG-220", "SHAFT-9");
        assertThat(at).contains("HSG-220");

        String alex = passwordGrant(DevCredentials.DEV_CLIENT, "alex@acme.example");
        String job = JSON.readTree(jobs.body()).path("items").get(0).path("id").asText();
        String jobUrl = stack.serviceUrl(Service.JOB) + "/api/jobs/" + job;
        HttpResponse<String> floor = get(jobUrl + "/floor", alex);
        assertThat(JSON.readTree(floor.body()).path("floorUrl").asText())
                .as("route cards point at this stack's portal").isEqualTo(stack.serviceUrl(Service.PORTAL)
                        + "/floor/jobs/" + job);
        HttpResponse<String> traveler = get(jobUrl + "/traveler.pdf", alex);
        assertThat(traveler.statusCode()).isEqualTo(200);
        assertThat(traveler.body()).startsWith("%PDF-");
        HttpResponse<String> link = post(jobUrl + "/share-links", alex, "{\"expiresInHours\": 1}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
        String token = JSON.readTree(link.body()).path("token").asText();
        HttpResponse<String> shared = get(stack.serviceUrl(Service.JOB) + "/api/shared/" + token, null);
        assertThat(shared.statusCode()).as("the customer needs no account").isEqualTo(200);
        assertThat(JSON.readTree(shared.body()).path("jobNumber").asText()).startsWith("J-");
    }

    @Test
    @Order(9)
    void a_suspension_through_tenant_service_refuses_the_tenants_users_everywhere_within_seconds() throws Exception {
        String operator = passwordGrant(DevCredentials.DEV_CLIENT, "olivia@routecard.example");
        String bea = passwordGrant(DevCredentials.DEV_CLIENT, "bea@bluefin.example");
        String bluefin = JSON.readTree(java.util.Base64.getUrlDecoder().decode(bea.split("\\.")[1]))
                .path("tenant").path("bluefin").path("id").asText();
        String tenants = stack.serviceUrl(Service.TENANT) + "/api/tenants/" + bluefin;
        assertThat(post(tenants + "/suspend", operator, "{\"reason\":\"Smoke test\"}").statusCode()).isEqualTo(200);
        try {
            for (Service service : Service.values()) {
                await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    HttpResponse<String> refused = get(stack.serviceUrl(service) + "/api/whoami", bea);
                    assertThat(refused.statusCode()).as(service + " for a suspended tenant").isEqualTo(403);
                    assertThat(refused.body()).contains("Smoke test");
                });
            }
        } finally {
            assertThat(post(tenants + "/reinstate", operator, "").statusCode()).isEqualTo(200);
        }
        for (Service service : Service.values()) {
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() ->
                    get(stack.serviceUrl(service) + "/api/whoami", bea).statusCode() == 200);
        }
    }

    // --- Browser journeys (Playwright driving Chromium through Keycloak's real login page) ---

    private PortalJourneys journeys;
    private com.microsoft.playwright.BrowserContext samsPhone;
    private String samsJob;

    private PortalJourneys journeys() {
        if (journeys == null) {
            journeys = new PortalJourneys(stack, user -> {
                try {
                    return passwordGrant(DevCredentials.DEV_CLIENT, user);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, root.resolve("e2e-tests/target/screenshots"));
        }
        return journeys;
    }

    @Test
    @Order(10)
    void sam_scans_the_printed_traveler_signs_in_on_his_phone_finishes_a_step_and_raises_a_blocker() throws Exception {
        PortalJourneys portal = journeys();
        samsJob = portal.releasedJob("FLR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        String scanned = portal.floorUrlFromTraveler(samsJob);
        assertThat(scanned).isEqualTo(portal.portal() + "/floor/jobs/" + samsJob);

        samsPhone = portal.phone();
        com.microsoft.playwright.Page phone = samsPhone.newPage();
        phone.navigate(scanned);
        portal.signInAt(phone, "sam@acme.example");
        assertThat(phone.url()).as("back on the scanned job after signing in").isEqualTo(scanned);
        assertThat(phone.locator("h1").textContent()).startsWith("J-");
        assertThat(phone.locator("#current-step").textContent()).contains("Step 1: Saw").contains("Next to start");

        phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Start step 1")).click();
        assertThat(phone.locator("[role=status]").textContent()).contains("Step started");
        phone.locator("input[name=good]").fill("11");
        phone.locator("input[name=scrap]").fill("1");
        portal.screenshot(phone, "floor-phone-running");
        phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Finish step 1")).click();
        assertThat(phone.locator("[role=status]").textContent()).contains("Step finished");
        assertThat(phone.locator("#current-step").textContent()).contains("Step 2: Mill");

        phone.locator("summary").click();
        phone.locator("input[name=category][value=TOOLING]").check();
        phone.locator("textarea[name=note]").fill("End mill 12 mm worn out");
        phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Raise blocker")).click();
        assertThat(phone.locator("[role=status]").textContent()).contains("Blocker raised");
        assertThat(phone.locator("#blockers + ul").textContent()).contains("End mill 12 mm worn out");
        portal.screenshot(phone, "floor-phone-blocked");
        assertThat(PortalJourneys.seriousAccessibilityViolations(phone)).as("axe: floor page").isEmpty();

        List<String> timeline = portal.timeline(samsJob);
        assertThat(timeline).anySatisfy(line -> assertThat(line).isEqualTo("step 1 Saw finished: 11 good, 1 scrap"))
                .anySatisfy(line -> assertThat(line).isEqualTo("blocked (tooling)"));
    }

    @Test
    @Order(11)
    void a_customer_opens_the_share_link_without_an_account_and_after_revocation_sees_the_invalid_link_page()
            throws Exception {
        PortalJourneys portal = journeys();
        String job = samsJob != null ? samsJob : portal.releasedJob("SHR-1");
        com.fasterxml.jackson.databind.JsonNode link = portal.shareLink(job);
        String url = link.path("url").asText();
        assertThat(url).startsWith(portal.portal() + "/share/");
        try (com.microsoft.playwright.BrowserContext customer = portal.phone()) {
            com.microsoft.playwright.Page page = customer.newPage();
            com.microsoft.playwright.Response opened = page.navigate(url);
            assertThat(PortalJourneys.status(opened)).isEqualTo(200);
            assertThat(page.url()).as("no sign-in for a customer").isEqualTo(url);
            assertThat(page.locator("h1").textContent()).isEqualTo("Acme Precision Machining");
            assertThat(page.locator("#stage").textContent()).isEqualTo("in progress");
            assertThat(opened.headerValue("cache-control")).isEqualTo("no-store");
            assertThat(customer.cookies()).as("the share page sets no cookie").isEmpty();
            portal.screenshot(page, "share-phone");
            assertThat(PortalJourneys.seriousAccessibilityViolations(page)).as("axe: share page").isEmpty();

            portal.revoke(job, link.path("id").asText());
            com.microsoft.playwright.Response revoked = page.navigate(url);
            assertThat(PortalJourneys.status(revoked)).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("This link is no longer valid");
            com.microsoft.playwright.Response unknown = page.navigate(portal.portal() + "/share/"
                    + "A".repeat(43));
            assertThat(PortalJourneys.status(unknown)).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("This link is no longer valid");
        }
    }

    @Test
    @Order(12)
    void another_shop_gets_the_not_found_page_a_form_without_its_csrf_token_is_refused_and_user_text_stays_text()
            throws Exception {
        PortalJourneys portal = journeys();
        String acmeJob = samsJob != null ? samsJob : portal.releasedJob("SEC-1");
        String floorUrl = portal.portal() + "/floor/jobs/" + acmeJob;
        try (com.microsoft.playwright.BrowserContext bea = portal.desktop()) {
            com.microsoft.playwright.Page page = bea.newPage();
            page.navigate(floorUrl);
            portal.signInAt(page, "bea@bluefin.example");
            com.microsoft.playwright.Response again = page.navigate(floorUrl);
            assertThat(PortalJourneys.status(again)).as("Acme's job, for Bluefin").isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("Not found");
            com.microsoft.playwright.Response missing = page.navigate(portal.portal() + "/floor/jobs/"
                    + UUID.randomUUID());
            assertThat(PortalJourneys.status(missing)).as("the same page as a job that does not exist").isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("Not found");
            for (String path : List.of("/jobs/" + acmeJob, "/jobs/" + acmeJob + "/traveler.pdf",
                    "/jobs/" + acmeJob + "/qr.svg")) {
                assertThat(bea.request().get(portal.portal() + path).status()).as("Bluefin: " + path).isEqualTo(404);
            }
            for (Map.Entry<String, Map<String, String>> form : Map.of(
                    "/jobs/" + acmeJob + "/stage", Map.of("to", "CANCELLED", "reason", "not ours"),
                    "/jobs/" + acmeJob + "/blockers", Map.of("category", "OTHER", "note", "not ours"),
                    "/jobs/" + acmeJob + "/share-links", Map.of("days", "3"),
                    "/floor/jobs/" + acmeJob + "/scan", Map.<String, String>of()).entrySet()) {
                assertThat(PortalJourneys.postForm(bea, portal.portal() + form.getKey(), form.getValue()).status())
                        .as("Bluefin posts " + form.getKey()).isEqualTo(404);
            }
        }
        List<String> acmeTimeline = portal.timeline(acmeJob);
        assertThat(acmeTimeline).as("nothing of Bluefin's posts reached Acme's job")
                .noneMatch(line -> line.contains("cancelled") || line.equals("blocked (other)"));
        assertThat(acmeTimeline).filteredOn(line -> line.startsWith("share link created"))
                .as("only the customer journey's own link").hasSize(1);

        assertThat(samsPhone).as("Sam signed in by the floor journey").isNotNull();
        assertThat(PortalJourneys.postWithoutCsrfToken(samsPhone, floorUrl + "/scan")).isEqualTo(403);
        com.microsoft.playwright.APIResponse negative = PortalJourneys.postForm(samsPhone, floorUrl + "/scan",
                Map.of("good", "-5", "scrap", "x"));
        assertThat(negative.status()).as("bad quantities").isEqualTo(400);
        // The job's current step is not running, so the page has no quantity fields to mark: the message says it.
        assertThat(negative.text()).contains("Please check the quantities.").doesNotContain("Exception");

        String script = "<script>alert(1)</script>";
        String hostile = portal.releasedJob(script);
        com.microsoft.playwright.Page phone = samsPhone.newPage();
        java.util.concurrent.atomic.AtomicBoolean dialog = new java.util.concurrent.atomic.AtomicBoolean();
        phone.onDialog(opened -> {
            dialog.set(true);
            opened.dismiss();
        });
        phone.navigate(portal.portal() + "/floor/jobs/" + hostile);
        assertThat(phone.locator("hgroup p").textContent()).contains(script);
        assertThat(phone.locator("script:not([src])").count()).as("no inline script on the page").isZero();
        assertThat(dialog.get()).as("a dialog opened").isFalse();
    }

    @Test
    @Order(13)
    void alex_finds_the_at_risk_job_on_the_board_then_plans_a_route_prints_the_traveler_and_shares_a_job()
            throws Exception {
        PortalJourneys portal = journeys();
        String part = "PLN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String unplanned = portal.unplannedJob(part);
        try (com.microsoft.playwright.BrowserContext office = portal.desktop()) {
            com.microsoft.playwright.Page page = office.newPage();
            page.navigate(portal.portal() + "/jobs");
            portal.signInAt(page, "alex@acme.example");
            assertThat(page.locator("h1").textContent()).isEqualTo("Jobs");

            page.locator("select[name=atRisk]").selectOption("true");
            page.waitForURL(url -> url.contains("atRisk=true"));
            int rows = page.locator("#board tbody tr").count();
            assertThat(page.locator("#board .count").textContent()).as("the count follows the filter")
                    .isEqualTo(rows + (rows == 1 ? " job match" : " jobs match"));
            com.microsoft.playwright.Locator atRisk = page.locator("#board tbody tr", new com.microsoft.playwright
                    .Page.LocatorOptions().setHasText("HSG-220"));
            assertThat(atRisk.locator(".at-risk").textContent()).startsWith("At risk:").contains("working days");
            portal.screenshot(page, "board-at-risk");
            assertThat(PortalJourneys.seriousAccessibilityViolations(page)).as("axe: jobs board").isEmpty();
            atRisk.locator("a").first().click();
            page.waitForURL(url -> url.matches(".*/jobs/[0-9a-f-]{36}"));
            assertThat(page.locator("hgroup p").textContent()).contains("HSG-220");
            assertThat(page.locator("#overview .at-risk").textContent()).contains("At risk:");

            page.navigate(portal.portal() + "/jobs?q=" + part);
            page.locator("#board tbody tr a").first().click();
            page.waitForURL(url -> url.endsWith("/jobs/" + unplanned));
            page.locator("textarea[name=steps]").fill("Saw; SAW-1; 0.5\nMill; VMC-2; 3\nDeburr; BENCH; 0,5");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save the route")).click();
            assertThat(page.locator("[role=status]").first().textContent()).contains("Route planned");
            assertThat(page.locator("#route tbody tr").count()).isEqualTo(3);
            assertThat(page.locator("#route tbody").textContent()).contains("Saw").contains("VMC-2").contains("Deburr");

            String traveler = page.locator("a[href$='/traveler.pdf']").getAttribute("href");
            com.microsoft.playwright.APIResponse pdf = office.request().get(portal.portal() + traveler);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(office.request().get(portal.portal() + "/jobs/" + unplanned + "/qr.svg").headers()
                    .get("content-type")).startsWith("image/svg+xml");

            page.locator("input[name=label]").fill("Northwind buyer");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create a share link")).click();
            String shared = page.locator("#new-share-link").inputValue();
            assertThat(shared).startsWith(portal.portal() + "/share/");
            assertThat(page.locator("#share tbody").textContent()).contains("Northwind buyer").contains("active");
            portal.screenshot(page, "job-page");
            assertThat(PortalJourneys.seriousAccessibilityViolations(page)).as("axe: job page").isEmpty();
            assertThat(page.content()).as("no access token in the page").doesNotContain("eyJ");

            // a rule's refusal reads in words next to its form: the route cannot be planned twice once started
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Start Saw")).click();
            page.locator("#route details summary").click();
            page.locator("textarea[name=steps]").fill("Laser; LAS-1; 1");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save the route")).click();
            assertThat(page.locator("#route [role=alert]").textContent())
                    .contains("Work has started on this route").contains("rule route fixed once started");
        }
    }

    @Test
    @Order(14)
    void olivia_onboards_a_tenant_then_suspends_it_and_its_admin_sees_the_suspension_page() throws Exception {
        PortalJourneys portal = journeys();
        String slug = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "owner@" + slug + ".example";
        try (com.microsoft.playwright.BrowserContext office = portal.desktop()) {
            com.microsoft.playwright.Page page = office.newPage();
            page.navigate(portal.portal() + "/operator/tenants");
            portal.signInAt(page, "olivia@routecard.example");
            assertThat(page.locator("h1").textContent()).isEqualTo("Tenants");
            page.locator("#onboard input[name=name]").fill("Delta Tooling");
            page.locator("#onboard select[name=kind]").selectOption("SHOP");
            page.locator("#onboard input[name=slug]").fill(slug);
            page.locator("#onboard input[name=adminEmail]").fill(admin);
            page.locator("#onboard input[name=adminFirstName]").fill("Dee");
            page.locator("#onboard input[name=adminLastName]").fill("Dalton");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Onboard")).click();
            assertThat(page.locator("[role=status]").textContent()).contains("Tenant onboarded");
            assertThat(page.locator("#tenants tbody").textContent()).contains("Delta Tooling").contains(slug);
            assertThat(PortalJourneys.seriousAccessibilityViolations(page)).as("axe: tenants page").isEmpty();

            com.microsoft.playwright.APIResponse badSlug = PortalJourneys.postForm(office, portal.portal()
                    + "/operator/tenants", Map.of("name", "Bad", "kind", "SHOP", "slug", "Bad Slug!",
                    "adminEmail", "not-an-email", "adminFirstName", "B", "adminLastName", "S"));
            assertThat(badSlug.status()).isEqualTo(400);
            assertThat(badSlug.text()).contains("slug-error").contains("email-error").doesNotContain("Exception");
            // the same slug for someone else is refused next to the slug field
            page.locator("#onboard input[name=name]").fill("Delta Again");
            page.locator("#onboard input[name=slug]").fill(slug);
            page.locator("#onboard input[name=adminEmail]").fill("other@" + slug + ".example");
            page.locator("#onboard input[name=adminFirstName]").fill("Other");
            page.locator("#onboard input[name=adminLastName]").fill("Person");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Onboard")).click();
            assertThat(page.locator("#slug-error").textContent()).contains("Slug");

            app.routecard.devstack.InvitationMail.setPassword(stack, admin, "Delta-first-2026!");
            try (com.microsoft.playwright.BrowserContext member = portal.desktop()) {
                com.microsoft.playwright.Page home = member.newPage();
                home.navigate(portal.portal() + "/");
                portal.signInAt(home, admin, "Delta-first-2026!");
                assertThat(home.locator("h1").textContent()).isEqualTo("Welcome, Dee Dalton");

                page.navigate(portal.portal() + "/operator/tenants?q=" + slug);
                page.locator("#tenants input[name=reason]").fill("Unpaid invoices");
                page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Suspend " + slug)).click();
                assertThat(page.locator("[role=status]").textContent()).contains("Tenant suspended");
                assertThat(page.locator("#tenants tbody").textContent()).contains("suspended: Unpaid invoices");
                portal.screenshot(page, "operator-tenants");

                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    com.microsoft.playwright.Response refused = home.navigate(portal.portal() + "/");
                    assertThat(PortalJourneys.status(refused)).isEqualTo(403);
                    assertThat(home.locator("h1").textContent()).isEqualTo("Organization suspended");
                    assertThat(home.locator("body").textContent()).contains("Unpaid invoices");
                });
                portal.screenshot(home, "suspended-member");
            }
        }
    }

    @Test
    @Order(15)
    void alex_invites_a_member_changes_the_role_and_removes_the_member_on_the_organization_page() throws Exception {
        PortalJourneys portal = journeys();
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
        try (com.microsoft.playwright.BrowserContext office = portal.desktop()) {
            com.microsoft.playwright.Page page = office.newPage();
            page.navigate(portal.portal() + "/organization");
            portal.signInAt(page, "alex@acme.example");
            assertThat(page.locator("h1").textContent()).isEqualTo("Acme Precision Machining");
            assertThat(page.locator("#members tbody").textContent()).contains("sam@acme.example");
            page.locator("#invite input[name=email]").fill(email);
            page.locator("#invite input[name=firstName]").fill("Nia");
            page.locator("#invite input[name=lastName]").fill("Newton");
            page.locator("#invite select[name=role]").selectOption("shop_floor");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Invite")).click();
            assertThat(page.locator("[role=status]").textContent()).contains("Invitation sent");
            com.microsoft.playwright.Locator row = page.locator("#members tbody tr",
                    new com.microsoft.playwright.Page.LocatorOptions().setHasText(email));
            assertThat(row.locator("select[name=role]").inputValue()).isEqualTo("shop_floor");
            portal.screenshot(page, "organization");
            assertThat(PortalJourneys.seriousAccessibilityViolations(page)).as("axe: organization page").isEmpty();

            row.locator("select[name=role]").selectOption("shop_admin");
            row.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Change role of " + email)).click();
            assertThat(page.locator("[role=status]").textContent()).contains("Role changed");
            assertThat(page.locator("#members tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText(email)).locator("select[name=role]").inputValue()).isEqualTo("shop_admin");

            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Remove " + email)).click();
            assertThat(page.locator("[role=status]").textContent()).contains("Member removed");
            assertThat(page.locator("#members tbody").textContent()).doesNotContain(email);
        }
    }

    @Test
    @Order(16)
    void alex_types_in_a_new_job_and_ships_a_finished_one_which_is_then_delivered() throws Exception {
        PortalJourneys portal = journeys();
        String ready = portal.readyToShip("SHP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        try (com.microsoft.playwright.BrowserContext office = portal.desktop()) {
            com.microsoft.playwright.Page page = office.newPage();
            page.navigate(portal.portal() + "/jobs");
            portal.signInAt(page, "alex@acme.example");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("New job")).click();
            page.waitForURL(url -> url.endsWith("/jobs/new"));
            page.locator("input[name=customerName]").fill("Kestrel Medical Devices");
            page.locator("input[name=partNumber]").fill("VALVE-7");
            page.locator("input[name=revision]").fill("B");
            page.locator("input[name=quantity]").fill("25");
            page.locator("input[name=dueDate]").fill(java.time.LocalDate.now().minusDays(3).toString());
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create the job")).click();
            assertThat(page.locator("#dueDate-error").textContent()).contains("must not be in the past");
            assertThat(page.locator("input[name=partNumber]").inputValue()).as("nothing typed is lost")
                    .isEqualTo("VALVE-7");
            page.locator("input[name=dueDate]").fill(java.time.LocalDate.now().plusDays(21).toString());
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create the job")).click();
            assertThat(page.locator("[role=status]").first().textContent()).contains("Job created");
            assertThat(page.locator("hgroup p").textContent()).contains("VALVE-7 rev B").contains("25 pcs");

            com.microsoft.playwright.APIResponse badShipment = PortalJourneys.postForm(office, portal.portal()
                    + "/jobs/" + ready + "/shipments", Map.of("quantity", "a dozen"));
            assertThat(badShipment.status()).as("a quantity that is no number").isEqualTo(400);
            assertThat(badShipment.text()).contains("quantity: has the wrong type or format")
                    .doesNotContain("Exception");
            com.microsoft.playwright.APIResponse badStage = PortalJourneys.postForm(office, portal.portal()
                    + "/jobs/" + ready + "/stage", Map.of("to", "SOMEWHERE"));
            assertThat(badStage.status()).as("a stage that does not exist").isEqualTo(400);
            assertThat(badStage.text()).contains("to: has the wrong type or format").doesNotContain("Exception");
            page.navigate(portal.portal() + "/jobs/" + ready);
            page.locator("#shipping input[name=quantity]").fill("12");
            page.locator("#shipping input[name=carrier]").fill("UPS");
            page.locator("#shipping input[name=trackingNumber]").fill("1Z999AA10123456784");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Record shipment")).click();
            assertThat(page.locator("[role=status]").first().textContent()).contains("Shipment recorded");
            assertThat(page.locator("#stage-name").textContent()).isEqualTo("shipped");
            assertThat(page.locator("#shipping tbody").textContent()).contains("1Z999AA10123456784");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Delivered #1")).click();
            assertThat(page.locator("[role=status]").first().textContent()).contains("Delivery recorded");
            assertThat(page.locator("#stage-name").textContent()).isEqualTo("delivered");
            assertThat(PortalJourneys.seriousAccessibilityViolations(page)).as("axe: job page, shipped").isEmpty();
        }
    }

    @AfterAll
    void closeTheBrowser() {
        if (journeys != null) {
            journeys.close();
        }
    }

    private HttpResponse<String> post(String url, String bearer, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(100)
    void down_stops_every_process_it_started() throws Exception {
        CliRun down = routecard("down");
        stopped = true;
        assertThat(down.exitCode()).as("./routecard down output:%n%s", down.output()).isZero();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(stackPids).filteredOn(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        .as("processes of the stack still alive").isEmpty());
        assertThat(new DevStack(stack).livePids()).isEmpty();
    }

    @AfterAll
    void stopEvenIfATestFailed() throws Exception {
        if (!stopped && stack != null) {
            routecard("down");
        }
    }

    private record CliRun(int exitCode, String output) {
    }

    private CliRun routecard(String command) throws IOException, InterruptedException {
        Path log = root.resolve("e2e-tests/target/routecard-" + command + ".log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("routecard").toString(), command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(cliEnvironment);
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./routecard " + command + " did not finish in 15 minutes");
        }
        return new CliRun(process.exitValue(), Files.readString(log));
    }

    private String passwordGrant(String clientId, String username) throws Exception {
        String form = "grant_type=password&scope=openid%20organization&client_id=" + clientId
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + DevCredentials.DEMO_PASSWORD;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(stack.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> get(String url, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int countOccurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
