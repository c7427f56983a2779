package app.routecard.job.quality;

public enum InspectionKind {
    IN_PROCESS, FINAL
}
