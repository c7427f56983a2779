package app.routecard.marketplace.rfq;

/** Where an RFQ is in its life: drafted, open to quotes (routed), quoting closed, awarded, or cancelled. */
public enum RfqStatus {
    DRAFT, OPEN, QUOTING_CLOSED, AWARDED, PARTLY_AWARDED, CANCELLED
}
