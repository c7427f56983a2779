package app.routecard.job.erp;

import app.routecard.platform.service.rules.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One job per ERP production order. Plain Java. */
public final class ErpOrderPolicy {

    /** What identifies the work of an order: a retry carries the same. */
    public record OrderContent(String partNumber, String revision, int quantity, LocalDate dueDate) {
        public OrderContent {
            partNumber = partNumber.trim();
            revision = revision.trim();
        }
    }

    private ErpOrderPolicy() {
    }

    /**
     * A retry carries the same order; the same id with another part, revision, quantity or due date is a
     * different order the ERP reused an id for, and is refused rather than silently ignored.
     */
    public static Optional<Refusal> checkRetry(String erpOrderId, String importedAs, OrderContent imported,
                                               OrderContent retried) {
        List<String> differences = new ArrayList<>();
        if (!imported.partNumber().equals(retried.partNumber())) {
            differences.add("partNumber");
        }
        if (!imported.revision().equals(retried.revision())) {
            differences.add("revision");
        }
        if (imported.quantity() != retried.quantity()) {
            differences.add("quantity");
        }
        if (!imported.dueDate().equals(retried.dueDate())) {
            differences.add("dueDate");
        }
        return differences.isEmpty() ? Optional.empty() : Refusal.refuse("OneJobPerErpOrder", "ERP order "
                + erpOrderId + " was imported as " + importedAs + " with another " + String.join(", ", differences));
    }
}
