package app.routecard.job.stage;

/** Where a job is in the shop, from planning to closed. */
public enum JobStage {
    PLANNED, RELEASED, IN_PROGRESS, INSPECTION, READY_TO_SHIP, SHIPPED, DELIVERED, CLOSED, ON_HOLD, CANCELLED;

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }
}
