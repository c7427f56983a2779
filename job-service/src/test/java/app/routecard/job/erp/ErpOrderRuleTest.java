package app.routecard.job.erp;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.job.jobs.Job;
import app.routecard.job.stage.StagePolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ErpOrderRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    private static ErpDtos.ProductionOrder order(String part, String revision, int quantity, LocalDate due) {
        return new ErpDtos.ProductionOrder("PO-1", "Kestrel", part, revision, quantity, due, null, null, null, null);
    }

    @Test
    void a_retry_with_the_same_order_is_accepted_and_a_reused_id_is_refused_naming_what_differs() {
        Job job = new Job();
        job.number = "J-2026-0001";
        job.partNumber = "SPAR-1";
        job.revision = "D";
        job.quantity = 12;
        job.dueDate = DUE;
        assertThat(ErpImportService.sameOrder(job, order(" SPAR-1 ", "D", 12, DUE))).isEmpty();
        var refusal = ErpImportService.sameOrder(job, order("SPAR-1", "E", 13, DUE.plusDays(1)));
        assertThat(refusal.map(StagePolicy.Refusal::rule)).contains("OneJobPerErpOrder");
        assertThat(refusal.get().explanation()).contains("revision, quantity, dueDate").contains("J-2026-0001");
    }
}
