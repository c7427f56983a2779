package app.routecard.job.card;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import app.routecard.job.JobFixture;
import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class RouteCardTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String sam = Tokens.accessToken("sam@acme.example");
    private final JobFixture jobs = new JobFixture(alex);

    private static final List<String> TWENTY_STEPS = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> List.of("Saw cut", "Face mill", "Drill pattern", "Tap M6", "Deburr", "Heat treat",
                    "Grind OD", "Hone bore", "Anodize", "Laser mark").get((i - 1) % 10) + " " + i).toList();

    private static String floorUrl(String job) {
        String portal = ConfigProvider.getConfig().getValue("routecard.portal.url", String.class);
        return portal.replaceAll("/$", "") + "/floor/jobs/" + job;
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void a_twenty_step_job_gets_a_qr_code_to_its_floor_view_and_a_traveler_listing_every_step() throws Exception {
        String job = jobs.create(40, LocalDate.now().plusDays(12));
        String number = given().auth().oauth2(alex).get("/api/jobs/" + job).then().extract().path("number");
        jobs.planRoute(job, TWENTY_STEPS);
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("specialInstructions", "Customer-supplied bar stock: keep drops, label with heat no.",
                        "owner", "alex@acme.example"))
                .patch("/api/jobs/" + job).then().statusCode(200).body("owner", is("alex@acme.example"));
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("files", List.of(
                        Map.of("fileId", java.util.UUID.randomUUID().toString(), "name", "BRKT-77.step", "revision", "A"),
                        Map.of("fileId", java.util.UUID.randomUUID().toString(), "name", "BRKT-77 drawing.pdf"))))
                .put("/api/jobs/" + job + "/files").then().statusCode(200).body("releasedFiles", hasSize(2));

        byte[] png = given().auth().oauth2(sam).get("/api/jobs/" + job + "/qr.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(decodeQr(png)).isEqualTo(floorUrl(job));

        String svg = given().auth().oauth2(sam).get("/api/jobs/" + job + "/qr.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        var svgDocument = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(svgDocument.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svgDocument.getDocumentElement().getAttribute("viewBox")).matches("0 0 \\d+ \\d+");

        byte[] pdf = given().auth().oauth2(sam).get("/api/jobs/" + job + "/traveler.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number).contains("BRKT-77.step").contains("Customer-supplied bar stock");
            for (String step : TWENTY_STEPS) {
                assertThat(text).as("step " + step).contains(step);
            }
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the QR image").isNotEmpty();
        }
    }

    @Test
    void the_floor_scans_the_card_to_start_and_finish_the_current_step() {
        String job = jobs.create(10, LocalDate.now().plusDays(12));
        jobs.planRoute(job, List.of("Turn", "Mill"));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of())
                .post("/api/jobs/" + job + "/route/scan").then().statusCode(409)
                .body("title", containsString("WorkOnlyOnReleasedJobs"));
        jobs.move(job, "RELEASED", Map.of()).statusCode(200);
        given().auth().oauth2(sam).get("/api/jobs/" + job + "/floor").then().statusCode(200)
                .body("currentStep.name", is("Turn")).body("currentStep.status", is("PENDING"))
                .body("job.number", containsString("J-")).body("floorUrl", is(floorUrl(job)));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of())
                .post("/api/jobs/" + job + "/route/scan").then().statusCode(200)
                .body("action", is("started")).body("step.name", is("Turn")).body("jobStage", is("IN_PROGRESS"));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("scrapQuantity", 1))
                .post("/api/jobs/" + job + "/route/scan").then().statusCode(200)
                .body("action", is("finished")).body("step.goodQuantity", is(9)).body("step.scrapQuantity", is(1));
        given().auth().oauth2(sam).post("/api/jobs/" + job + "/route/scan").then().statusCode(200)
                .body("action", is("started")).body("step.name", is("Mill"));
        given().auth().oauth2(sam).post("/api/jobs/" + job + "/route/scan").then().statusCode(200)
                .body("action", is("finished")).body("step.goodQuantity", is(9)).body("jobStage", is("INSPECTION"))
                .body("route.progressPercent", is(100));
        given().auth().oauth2(sam).post("/api/jobs/" + job + "/route/scan").then().statusCode(409)
                .body("title", containsString("NothingLeftToScan"));
        given().auth().oauth2(sam).get("/api/jobs/" + job + "/floor").then().body("currentStep", nullValue());
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.what", hasItem("step 1 Turn finished: 9 good, 1 scrap"));
    }

    @Test
    void job_changes_are_admin_only_land_in_the_timeline_and_bad_input_names_the_field() {
        String job = jobs.create(10, LocalDate.now().plusDays(12));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("priority", "URGENT"))
                .patch("/api/jobs/" + job).then().statusCode(403);
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("files", List.of()))
                .put("/api/jobs/" + job + "/files").then().statusCode(403);
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("priority", "URGENT", "dueDate", LocalDate.now().plusDays(2).toString(),
                        "reason", "Customer line down"))
                .patch("/api/jobs/" + job).then().statusCode(200).body("priority", is("URGENT"));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.why", hasItem("Customer line down"));
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("dueDate", LocalDate.now().minusDays(1).toString()))
                .patch("/api/jobs/" + job).then().statusCode(400).body("errors.field", hasItem("dueDate"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("priority", "SOMEDAY"))
                .patch("/api/jobs/" + job).then().statusCode(400).body("errors.field", hasItem("priority"));
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("name", "x.pdf"))))
                .put("/api/jobs/" + job + "/files").then().statusCode(400)
                .body("errors.field", hasItem("files[0].fileId"));
        given().auth().oauth2(alex).queryParam("size", 5).get("/api/jobs/" + job + "/qr.png").then()
                .statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("goodQuantity", -1))
                .post("/api/jobs/" + job + "/route/scan").then().statusCode(400)
                .body("errors.field", hasItem("goodQuantity"));
    }

    @Test
    void another_shops_route_card_traveler_floor_view_and_scan_do_not_exist_for_it() {
        String job = jobs.create(10, LocalDate.now().plusDays(12));
        jobs.planRoute(job, List.of("Turn"));
        jobs.move(job, "RELEASED", Map.of()).statusCode(200);
        String bea = Tokens.accessToken("bea@bluefin.example");
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.get("/api/jobs/" + job + "/qr.png"),
                Probe.get("/api/jobs/" + job + "/qr.svg"),
                Probe.get("/api/jobs/" + job + "/traveler.pdf"),
                Probe.get("/api/jobs/" + job + "/floor"),
                Probe.post("/api/jobs/" + job + "/route/scan", "{}"),
                Probe.put("/api/jobs/" + job + "/files", "{\"files\":[]}"),
                Probe.patch("/api/jobs/" + job, "{\"priority\":\"LOW\"}")));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/floor").then().body("currentStep.status", is("PENDING"));
    }
}
