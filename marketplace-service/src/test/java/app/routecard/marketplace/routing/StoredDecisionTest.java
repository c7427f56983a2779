package app.routecard.marketplace.routing;

import static app.routecard.marketplace.routing.Fixtures.TODAY;
import static app.routecard.marketplace.routing.Fixtures.rfq;
import static app.routecard.marketplace.routing.Fixtures.supplier;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.capability.Process;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredDecisionTest {

    private final ObjectMapper json = new ObjectMapper();

    private RoutingEngine.Decision decision() {
        List<Supplier> suppliers = new ArrayList<>();
        suppliers.add(supplier("acme").build());
        var cobalt = supplier("cobalt");
        cobalt.score = 0.7;
        suppliers.add(cobalt.build());
        for (int i = 0; i < 40; i++) {
            var sheet = supplier("sheet-" + i);
            sheet.processes = Set.of(Process.SHEET_METAL);
            if (i % 3 == 0) {
                sheet.shipsTo = Set.of("FR");
            }
            if (i % 5 == 0) {
                sheet.maxQuantity = 10 + i;
            }
            suppliers.add(sheet.build());
        }
        return RoutingEngine.standard().decide(rfq().build(), suppliers, 1, 42, TODAY);
    }

    @Test
    void a_stored_decision_reads_back_as_every_candidate_with_its_reasons_rank_and_current_name() {
        RoutingEngine.Decision decision = decision();
        String stored = StoredDecision.write(json, decision);

        JsonNode read = StoredDecision.read(json, stored, tenant -> "Supplier " + tenant);

        assertThat(read.path("seed").asLong()).isEqualTo(42);
        assertThat(read.path("wave").asInt()).isEqualTo(1);
        assertThat(read.path("day").asText()).isEqualTo(TODAY.toString());
        assertThat(read.path("candidates")).hasSize(decision.candidates().size());
        for (int i = 0; i < decision.candidates().size(); i++) {
            RoutingEngine.Candidate judged = decision.candidates().get(i);
            JsonNode candidate = read.path("candidates").get(i);
            ObjectNode expected = json.valueToTree(judged);
            assertThat(candidate).as("candidate %s", judged.tenantId()).isEqualTo(expected);
        }
    }

    @Test
    void each_distinct_reason_is_stored_once_however_many_candidates_it_excludes() {
        String stored = StoredDecision.write(json, decision());

        assertThat(stored.split("process not offered", -1)).hasSize(2);
        assertThat(stored.split("does not ship to DE", -1)).hasSize(2);
        assertThat(stored).doesNotContain("Supplier sheet-");
    }

    @Test
    void a_decision_stored_whole_before_the_compact_form_reads_back_unchanged() throws Exception {
        String whole = "{\"seed\":7,\"wave\":1,\"candidates\":[{\"tenantId\":\"bluefin\",\"name\":\"Bluefin\","
                + "\"exclusions\":[{\"rule\":\"ProcessOffered\",\"reason\":\"process not offered\"}],"
                + "\"offered\":false,\"exploration\":false}]}";

        assertThat(StoredDecision.read(json, whole, tenant -> "renamed")).isEqualTo(json.readTree(whole));
    }
}
