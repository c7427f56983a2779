package app.routecard.job.route;

public enum StepStatus { PENDING, RUNNING, DONE, SKIPPED;

    public boolean isFinished() {
        return this == DONE || this == SKIPPED;
    }
}
