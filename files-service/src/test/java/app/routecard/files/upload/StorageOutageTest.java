package app.routecard.files.upload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import app.routecard.files.FileFixture;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TestStack;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "files-service"))
class StorageOutageTest {

    private final String alex = Tokens.accessToken("alex@acme.example");

    @AfterEach
    void bringTheObjectStoreBack() {
        TestStack.restart();
    }

    @Test
    void with_the_object_store_down_an_upload_is_a_503_that_leaves_no_row_and_a_retry_later_succeeds() {
        String name = "outage-" + UUID.randomUUID();
        Map<String, Object> query = Map.of("purpose", "DRAWING", "name", name);
        TestStack.stop("s3");
        FileFixture.upload(alex, "during-outage.pdf", FileFixture.pdf(20_000), query).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "30")
                .body("title", is("Storage unavailable"));
        given().auth().oauth2(alex).queryParam("q", name).get("/api/files").then().statusCode(200)
                .body("total", is(0));

        TestStack.restart();
        FileFixture.upload(alex, "after-outage.pdf", FileFixture.pdf(20_000), query).then().statusCode(201)
                .body("revision", is("A"));
        given().auth().oauth2(alex).queryParam("q", name).get("/api/files").then().body("total", is(1));
    }

    @Test
    void the_object_store_stopping_in_the_middle_of_an_upload_is_a_503_and_leaves_no_row() {
        String name = "mid-outage-" + UUID.randomUUID();
        byte[] pdf = FileFixture.pdf(1_500_000);
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        java.io.InputStream stopsHalfway = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(pdf)) {
            private long sent;

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                if (sent > 1_000_000 && stopped.compareAndSet(false, true)) {
                    TestStack.stop("s3");
                }
                int read = super.read(buffer, offset, Math.min(length, 16 * 1024));
                sent += Math.max(read, 0);
                return read;
            }
        };
        given().auth().oauth2(alex).queryParams(Map.of("purpose", "DRAWING", "name", name))
                .multiPart("file", "interrupted.pdf", stopsHalfway).post("/api/files").then().statusCode(503)
                .contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(stopped).as("the store stopped while the bytes flowed").isTrue();
        given().auth().oauth2(alex).queryParam("q", name).get("/api/files").then().body("total", is(0));
    }
}
