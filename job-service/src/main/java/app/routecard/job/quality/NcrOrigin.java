package app.routecard.job.quality;

/** What opened an NCR: a failed inspection in the shop, or parts a marketplace buyer sent back. */
public enum NcrOrigin {
    INSPECTION,
    CUSTOMER_RETURN
}
