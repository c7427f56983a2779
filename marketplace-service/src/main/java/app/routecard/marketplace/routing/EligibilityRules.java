package app.routecard.marketplace.routing;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The eligibility rules, each one condition with its reason. Plain Java; {@link EligibilityPolicy} applies them. */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /**
     * Caps on how much marketplace work a supplier on probation, or new to the network, holds at once: open
     * marketplace jobs (the operator's scoring settings; issue 12's defaults here).
     */
    public record StandingCaps(int probationMaxOpenJobs, int newMaxOpenJobs) {
        public static final StandingCaps DEFAULT = new StandingCaps(1, 2);
    }

    public static List<EligibilityRule> all(StandingCaps caps) {
        return List.of(new TakesMarketplaceWork(), new ProcessOffered(), new MaterialOffered(),
                new CertificationsValid(), new EnvelopeFits(), new QuantityInRange(), new ShipsToRegion(),
                new NotInBlackout(), new CapacityLeft(), new StandingAllowsOffers(caps), new NotBlockedByBuyer(),
                new NotOfferedBefore(), new InvitedWhenInviteOnly());
    }

    public record TakesMarketplaceWork() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            return supplier.takesMarketplaceWork() ? Optional.empty() : Optional.of("takes no marketplace work");
        }
    }

    public record ProcessOffered() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            for (RfqDemand.Line line : rfq.lines()) {
                if (!supplier.offers(line.process())) {
                    // Only an excluded supplier pays for the words.
                    return Optional.of("process not offered: " + rfq.lines().stream().map(RfqDemand.Line::process)
                            .distinct().filter(process -> !supplier.offers(process)).map(Process::label)
                            .collect(Collectors.joining(", ")));
                }
            }
            return Optional.empty();
        }
    }

    public record MaterialOffered() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            for (RfqDemand.Line line : rfq.lines()) {
                if (!line.material().isEmpty() && !supplier.materials().contains(line.material())) {
                    return Optional.of("material not offered: " + rfq.lines().stream().map(RfqDemand.Line::material)
                            .distinct().filter(m -> !m.isEmpty() && !supplier.materials().contains(m))
                            .collect(Collectors.joining(", ")));
                }
            }
            return Optional.empty();
        }
    }

    /** Every required certification held, and still valid on the target ship date. */
    public record CertificationsValid() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            for (Certification required : rfq.certifications()) {
                LocalDate expiry = supplier.certifications().get(required);
                if (expiry == null) {
                    return Optional.of("certification missing: " + required.label());
                }
                if (expiry.isBefore(rfq.targetShipDate())) {
                    return Optional.of("certification expires before the target ship date: " + required.label()
                            + " (" + expiry + ")");
                }
            }
            return Optional.empty();
        }
    }

    public record EnvelopeFits() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            for (RfqDemand.Line line : rfq.lines()) {
                if (line.envelope() != null && !supplier.maxEnvelope().holds(line.envelope())) {
                    return Optional.of("part too large: " + line.envelope() + " exceeds " + supplier.maxEnvelope());
                }
            }
            return Optional.empty();
        }
    }

    public record QuantityInRange() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            for (RfqDemand.Line line : rfq.lines()) {
                int q = line.quantity();
                if (q < supplier.minQuantity() || q > supplier.maxQuantity()) {
                    return Optional.of("quantity out of range: " + q + " (makes " + supplier.minQuantity() + " to "
                            + supplier.maxQuantity() + ")");
                }
            }
            return Optional.empty();
        }
    }

    public record ShipsToRegion() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            return supplier.shipsTo().isEmpty() || supplier.shipsTo().contains(rfq.shipTo().country())
                    ? Optional.empty() : Optional.of("does not ship to " + rfq.shipTo().country());
        }
    }

    public record NotInBlackout() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            return supplier.blackouts().stream().filter(range -> range.contains(rfq.targetShipDate())).findFirst()
                    .map(range -> "closed on the target ship date (" + range.first() + " to " + range.last() + ")");
        }
    }

    /** Open offers and open marketplace jobs below the supplier's own limits. */
    public record CapacityLeft() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            if (supplier.openOffers() >= supplier.maxOpenOffers()) {
                return Optional.of("no capacity left: " + supplier.openOffers() + " of " + supplier.maxOpenOffers()
                        + " open offers");
            }
            if (supplier.openJobs() >= supplier.maxOpenJobs()) {
                return Optional.of("no capacity left: " + supplier.openJobs() + " of " + supplier.maxOpenJobs()
                        + " open marketplace jobs");
            }
            return Optional.empty();
        }
    }

    /** Suspended suppliers get nothing; probation and new suppliers only within their caps. */
    public record StandingAllowsOffers(StandingCaps caps) implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            return switch (supplier.standing()) {
                case SUSPENDED -> Optional.of("standing suspended");
                case PROBATION -> supplier.openJobs() >= caps.probationMaxOpenJobs()
                        ? Optional.of("on probation, at its cap of " + caps.probationMaxOpenJobs()
                                + " open marketplace jobs") : Optional.empty();
                case NEW -> supplier.openJobs() >= caps.newMaxOpenJobs()
                        ? Optional.of("new on the network, at its cap of " + caps.newMaxOpenJobs()
                                + " open marketplace jobs") : Optional.empty();
                default -> Optional.empty();
            };
        }
    }

    public record NotBlockedByBuyer() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            return rfq.blocked().contains(supplier.tenantId()) ? Optional.of("blocked by the buyer") : Optional.empty();
        }
    }

    public record NotOfferedBefore() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            return rfq.alreadyOffered().contains(supplier.tenantId()) ? Optional.of("already offered this RFQ")
                    : Optional.empty();
        }
    }

    public record InvitedWhenInviteOnly() implements EligibilityRule {
        @Override
        public Optional<String> excludes(RfqDemand rfq, Supplier supplier) {
            return rfq.inviteOnly() && !rfq.invited().contains(supplier.tenantId())
                    ? Optional.of("not on the invite list") : Optional.empty();
        }
    }
}
