package app.routecard.marketplace.routing;

import java.util.Optional;

/** One condition a supplier meets to be offered an RFQ; a supplier that fails it is out, with the reason. */
public interface EligibilityRule {

    /** The rule's name, as decisions store it (e.g. {@code ProcessOffered}). */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The reason the supplier is out, or empty when it meets the rule. */
    Optional<String> excludes(RfqDemand rfq, Supplier supplier);
}
