package app.routecard.job.quality;

public enum Verdict {
    PASS, FAIL
}
