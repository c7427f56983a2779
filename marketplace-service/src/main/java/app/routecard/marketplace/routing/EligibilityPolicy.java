package app.routecard.marketplace.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a supplier may be offered an RFQ: every rule is asked, so an excluded supplier learns every reason at
 * once, not only the first. Plain Java.
 */
public final class EligibilityPolicy {

    private final List<EligibilityRule> rules;

    public EligibilityPolicy(List<EligibilityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static EligibilityPolicy standard() {
        return standard(EligibilityRules.StandingCaps.DEFAULT);
    }

    public static EligibilityPolicy standard(EligibilityRules.StandingCaps caps) {
        return new EligibilityPolicy(EligibilityRules.all(caps));
    }

    /** The exclusions; none means eligible. */
    public List<Exclusion> exclusions(RfqDemand rfq, Supplier supplier) {
        List<Exclusion> exclusions = new ArrayList<>();
        for (EligibilityRule rule : rules) {
            rule.excludes(rfq, supplier).ifPresent(reason -> exclusions.add(new Exclusion(rule.name(), reason)));
        }
        return exclusions;
    }

    public boolean eligible(RfqDemand rfq, Supplier supplier) {
        return exclusions(rfq, supplier).isEmpty();
    }
}
