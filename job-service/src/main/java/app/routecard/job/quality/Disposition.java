package app.routecard.job.quality;

/** What happens to non-conforming parts. */
public enum Disposition {
    REWORK, SCRAP, USE_AS_IS, RETURN
}
