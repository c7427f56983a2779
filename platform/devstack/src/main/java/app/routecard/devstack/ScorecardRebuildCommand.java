package app.routecard.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code ./routecard rebuild-scorecards}: asks marketplace-service, as the demo operator, to rebuild every scorecard
 * from the beginning of the job and marketplace topics and compare it with the live one, and prints what it found.
 * Exits 0 when every compared card is equal to the last digit, 1 otherwise.
 */
final class ScorecardRebuildCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String OPERATOR = "olivia@routecard.example";

    private ScorecardRebuildCommand() {
    }

    static int run(StackLayout stack, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token;
        HttpResponse<String> response;
        try {
            token = DemoTenants.accessToken(stack, http, OPERATOR);
            response = http.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(Service.MARKETPLACE)
                            + "/api/operations/scoring/rebuild")).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            err.println("Routecard is not running here: start it with ./routecard up");
            return 2;
        }
        if (response.statusCode() != 200) {
            err.println("marketplace-service refused the rebuild: HTTP " + response.statusCode() + " "
                    + response.body());
            return 1;
        }
        JsonNode report = JSON.readTree(response.body());
        out.printf(Locale.ROOT, "Replayed %d records (%d events that judge a supplier) in %.1f s; %d observations"
                        + " rebuilt, %d live.%n", report.path("records").asLong(), report.path("scoringEvents").asLong(),
                report.path("replayMillis").asLong() / 1000.0, report.path("observations").asInt(),
                report.path("liveObservations").asInt());
        out.printf(Locale.ROOT, "%d of %d scorecards equal to the last digit; %d moved while the rebuild ran.%n",
                report.path("equal").asInt(), report.path("suppliers").asInt(),
                report.path("movedDuringRebuild").size());
        if (!report.path("liveCaughtUp").asBoolean()) {
            out.println("The live consumer had not caught up with the topics' end within a minute.");
        }
        JsonNode differences = report.path("differences");
        for (int i = 0; i < Math.min(20, differences.size()); i++) {
            JsonNode difference = differences.get(i);
            out.printf(Locale.ROOT, "  %-40s %-32s live %s, rebuilt %s%n", difference.path("supplierTenantId").asText(),
                    difference.path("field").asText(), difference.path("live").asText(),
                    difference.path("rebuilt").asText());
        }
        if (differences.size() > 20) {
            out.println("  … and " + (differences.size() - 20) + " more differences");
        }
        return differences.isEmpty() && report.path("liveCaughtUp").asBoolean() ? 0 : 1;
    }
}
