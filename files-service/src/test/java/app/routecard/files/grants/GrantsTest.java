package app.routecard.files.grants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import app.routecard.files.FileFixture;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TenantEventsFixture;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "files-service"))
class GrantsTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String cole = Tokens.accessToken("cole@cobalt.example");
    private String bluefin;
    private String acme;

    @Inject
    EntityManager entities;

    private static String tenantOf(String token) {
        return given().auth().oauth2(token).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    @BeforeEach
    void bluefinIsKnownByName() {
        bluefin = tenantOf(bea);
        acme = tenantOf(alex);
        TenantEventsFixture.named(bluefin, "bluefin", "Bluefin Fabrication");
    }

    private String upload(String name, Map<String, Object> subject) {
        Map<String, Object> query = new HashMap<>(subject);
        query.put("purpose", "DRAWING");
        query.put("name", name);
        return FileFixture.upload(alex, name + ".pdf", FileFixture.pdf(1200), query).then().statusCode(201)
                .extract().header("Location").replaceAll(".*/", "");
    }

    private Response grant(Map<String, Object> body) {
        return given().auth().oauth2(alex).contentType(ContentType.JSON).body(body).post("/api/grants");
    }

    private List<String> grantedToBea() {
        return given().auth().oauth2(bea).get("/api/granted-files").then().statusCode(200).extract()
                .jsonPath().getList("file.id");
    }

    @Test
    void a_grant_is_the_only_way_another_tenant_reads_a_file_and_it_ends_with_revocation_or_expiry()
            throws Exception {
        UUID rfq = UUID.randomUUID();
        String first = upload("rfq-drawing-1", Map.of("subjectType", "RFQ", "subjectId", rfq));
        String second = upload("rfq-drawing-2", Map.of("subjectType", "RFQ", "subjectId", rfq));
        String single = upload("single-" + UUID.randomUUID(), Map.of());
        assertThat(grantedToBea()).doesNotContain(first, second, single);
        given().auth().oauth2(bea).get("/api/granted-files/" + single).then().statusCode(404);

        String expires = OffsetDateTime.now().plusDays(2).toString();
        String fileGrant = await().atMost(Duration.ofSeconds(20)).until(() -> grant(Map.of("granteeTenantId", bluefin,
                "fileId", single, "expiresAt", expires)), response -> response.statusCode() == 201)
                .then().body("active", is(true)).body("granteeName", is("Bluefin Fabrication")).extract().path("id");
        assertThat(grantedToBea()).contains(single).doesNotContain(first, second);
        given().auth().oauth2(bea).get("/api/granted-files/" + single).then().statusCode(200)
                .body("ownerTenantId", is(acme)).body("file.revisions[0].revision", is("A"));
        Response link = given().auth().oauth2(bea).post("/api/granted-files/" + single + "/revisions/1/download");
        link.then().statusCode(200);
        HttpResponse<byte[]> bytes = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(link.path("url"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.body()).isEqualTo(FileFixture.pdf(1200));
        given().auth().oauth2(alex).get("/api/files/" + single + "/downloads").then()
                .body("items[0].byTenant", is(bluefin)).body("items[0].downloadedBy", is("bea@bluefin.example"));
        given().auth().oauth2(cole).get("/api/granted-files/" + single).then().statusCode(404);
        given().auth().oauth2(bea).get("/api/files/" + single).then()
                .statusCode(404);

        String subjectGrant = grant(Map.of("granteeTenantId", bluefin, "subjectType", "RFQ", "subjectId", rfq,
                "expiresAt", expires)).then().statusCode(201).extract().path("id");
        assertThat(grantedToBea()).contains(first, second, single);

        given().auth().oauth2(bea).post("/api/grants/" + fileGrant + "/revoke").then()
                .statusCode(404);
        given().auth().oauth2(alex).post("/api/grants/" + fileGrant + "/revoke").then().statusCode(200)
                .body("active", is(false));
        given().auth().oauth2(bea).get("/api/granted-files/" + single).then().statusCode(404);
        given().auth().oauth2(bea).post("/api/granted-files/" + single + "/revisions/1/download").then()
                .statusCode(404);
        assertThat(grantedToBea()).contains(first, second).doesNotContain(single);

        TenantTransactions.allTenants("the test lets a grant run out", () -> entities.createNativeQuery(
                "update file_grant set expires_at = now() - interval '1 minute' where id = :id")
                .setParameter("id", UUID.fromString(subjectGrant)).executeUpdate());
        given().auth().oauth2(bea).get("/api/granted-files/" + first).then().statusCode(404);
        assertThat(grantedToBea()).doesNotContain(first, second);
        given().auth().oauth2(alex).queryParams(Map.of("subjectType", "RFQ", "subjectId", rfq)).get("/api/grants")
                .then().body("items.active", not(hasItem(true))).body("total", is(1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> events = app.routecard.platform.testing.TopicReader.readAll("routecard.file").stream()
                    .filter(record -> fileGrant.equals(record.key())).map(record -> {
                        assertThat(app.routecard.platform.events.EventSchemas.problems(record.value()))
                                .as(record.value()).isEmpty();
                        return record.value().replaceAll(".*\"type\":\"([a-z.]+)\".*", "$1");
                    }).toList();
            assertThat(events).containsExactly("file.grant.created", "file.grant.revoked");
        });
    }

    @Test
    void grants_that_make_no_sense_are_refused_naming_the_field() {
        String file = upload("bad-grants-" + UUID.randomUUID(), Map.of());
        String expires = OffsetDateTime.now().plusDays(2).toString();
        grant(Map.of("granteeTenantId", acme, "fileId", file, "expiresAt", expires)).then().statusCode(400)
                .body("errors[0].field", is("granteeTenantId"));
        grant(Map.of("granteeTenantId", UUID.randomUUID().toString(), "fileId", file, "expiresAt", expires)).then()
                .statusCode(400).body("errors[0].field", is("granteeTenantId"));
        grant(Map.of("granteeTenantId", bluefin, "fileId", file, "expiresAt", OffsetDateTime.now().plusMinutes(5)
                .toString())).then().statusCode(400).body("errors[0].field", is("expiresAt"));
        grant(Map.of("granteeTenantId", bluefin, "expiresAt", expires)).then().statusCode(400)
                .body("errors[0].field", is("fileId"));
        grant(Map.of("granteeTenantId", bluefin, "fileId", file, "subjectType", "RFQ", "subjectId",
                UUID.randomUUID(), "expiresAt", expires)).then().statusCode(400).body("errors[0].field", is("fileId"));
        grant(Map.of("granteeTenantId", bluefin, "fileId", UUID.randomUUID(), "expiresAt", expires)).then()
                .statusCode(404);
        given().auth().oauth2(bea).post("/api/grants/" + UUID.randomUUID() + "/revoke").then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken("sam@acme.example")).contentType(ContentType.JSON)
                .body(Map.of("granteeTenantId", bluefin, "fileId", file, "expiresAt", expires)).post("/api/grants")
                .then().statusCode(403);
    }
}
