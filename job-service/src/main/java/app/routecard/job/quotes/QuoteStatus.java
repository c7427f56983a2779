package app.routecard.job.quotes;

public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, DECLINED
}
