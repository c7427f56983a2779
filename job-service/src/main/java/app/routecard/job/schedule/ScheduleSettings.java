package app.routecard.job.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the shop's capacity is counted when judging at-risk jobs. */
@ConfigMapping(prefix = "routecard.schedule")
public interface ScheduleSettings {

    /** Productive hours a job gets per working day (one shift by default). */
    @WithDefault("8")
    int hoursPerDay();
}
