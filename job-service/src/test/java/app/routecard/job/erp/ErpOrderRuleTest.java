package app.routecard.job.erp;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.job.erp.ErpOrderPolicy.OrderContent;
import app.routecard.platform.service.rules.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ErpOrderRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final OrderContent IMPORTED = new OrderContent("SPAR-1", "D", 12, DUE);

    @Test
    void a_retry_with_the_same_order_is_accepted_and_a_reused_id_is_refused_naming_what_differs() {
        assertThat(ErpOrderPolicy.checkRetry("PO-1", "J-2026-0001", IMPORTED,
                new OrderContent(" SPAR-1 ", "D", 12, DUE))).isEmpty();
        var refusal = ErpOrderPolicy.checkRetry("PO-1", "J-2026-0001", IMPORTED,
                new OrderContent("SPAR-1", "E", 13, DUE.plusDays(1)));
        assertThat(refusal.map(Refusal::rule)).contains("OneJobPerErpOrder");
        assertThat(refusal.get().explanation()).contains("revision, quantity, dueDate").contains("J-2026-0001");
    }

    @Test
    void another_part_alone_is_a_different_order() {
        assertThat(ErpOrderPolicy.checkRetry("PO-1", "J-2026-0001", IMPORTED,
                new OrderContent("SPAR-2", "D", 12, DUE)).map(Refusal::explanation))
                .hasValueSatisfying(text -> assertThat(text).endsWith("with another partNumber"));
    }
}
