package app.routecard.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acme's demo jobs, imported through job-service's own ERP endpoint by {@code ./routecard up}: the ERP order id
 * makes it idempotent, and only a job this run created is then worked (scanned, blocked), so every {@code up} may
 * run it and the demo shows a running, an at-risk and a planned job.
 */
public final class DemoJobs {

    private record DemoJob(String erpOrderId, String customer, String part, int quantity, int dueInDays,
                           List<String> steps, int hoursPerStep, boolean release, int scans, String blocker) {
    }

    private static final List<DemoJob> ACME = List.of(
            new DemoJob("DEMO-1001", "Northwind Robotics", "BRKT-1001", 250, 10,
                    List.of("Saw cut", "CNC mill", "Deburr", "Anodize"), 6, true, 3, null),
            new DemoJob("DEMO-1002", "Kestrel Medical Devices", "HSG-220", 40, 2,
                    List.of("Turn", "Mill ports", "Passivate"), 10, true, 0, "Bar stock certificate missing"),
            new DemoJob("DEMO-1003", "Northwind Robotics", "SHAFT-9", 12, 21,
                    List.of("Turn", "Grind", "Inspect"), 2, false, 0, null));

    private static final Pattern JOB_ID = Pattern.compile("\"job\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private DemoJobs() {
    }

    public static void seed(StackLayout stack, PrintStream out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = DemoTenants.accessToken(stack, http, "alex@acme.example");
        String jobs = stack.serviceUrl(Service.JOB);
        int created = 0;
        for (DemoJob demo : ACME) {
            HttpResponse<String> imported = post(http, token, jobs + "/api/erp/production-orders", body(demo));
            if (imported.statusCode() == 200) {
                continue;
            }
            Matcher id = JOB_ID.matcher(imported.body());
            if (imported.statusCode() != 201 || !id.find()) {
                throw new IOException("job-service refused demo order " + demo.erpOrderId() + ": HTTP "
                        + imported.statusCode() + " " + imported.body());
            }
            created++;
            String job = jobs + "/api/jobs/" + id.group(1);
            for (int scan = 0; scan < demo.scans(); scan++) {
                expect(post(http, token, job + "/route/scan", "{}"), 200, demo);
            }
            if (demo.blocker() != null) {
                expect(post(http, token, job + "/blockers",
                        "{\"category\":\"MATERIAL\",\"note\":\"" + demo.blocker() + "\"}"), 201, demo);
            }
        }
        out.println("  demo jobs              " + ACME.size() + " for Acme through job-service (" + created + " new)");
    }

    private static String body(DemoJob demo) {
        StringBuilder route = new StringBuilder();
        for (int i = 0; i < demo.steps().size(); i++) {
            route.append(i == 0 ? "" : ",").append("{\"name\":\"").append(demo.steps().get(i))
                    .append("\",\"workCenter\":\"WC-").append(i + 1)
                    .append("\",\"plannedHours\":").append(demo.hoursPerStep()).append('}');
        }
        return "{\"erpOrderId\":\"" + demo.erpOrderId() + "\",\"customerName\":\"" + demo.customer()
                + "\",\"partNumber\":\"" + demo.part() + "\",\"revision\":\"A\",\"quantity\":" + demo.quantity()
                + ",\"dueDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(demo.dueInDays())
                + "\",\"release\":" + demo.release() + ",\"route\":[" + route + "]}";
    }

    private static HttpResponse<String> post(HttpClient http, String token, String url, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status, DemoJob demo) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException("job-service refused a step of demo order " + demo.erpOrderId() + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
    }
}
