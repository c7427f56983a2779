package app.routecard.marketplace.routing;

/** Why a rule keeps a supplier from an RFQ: the rule's name and the reason in words the supplier can act on. */
public record Exclusion(String rule, String reason) {
}
