package app.routecard.job.jobs;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes the job's timeline: who did what, when and why, in the transaction of the change itself. */
@RequestScoped
public class Timeline {

    private final SecurityIdentity identity;

    public Timeline(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Adds a line to the job's timeline, by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Job job, String what, String why) {
        // An event handler acts for no person: the line says the platform did it.
        recordBy(job, identity.isAnonymous() ? "Routecard" : identity.getPrincipal().getName(), what, why);
    }

    /** Adds a line for something another service reported (an event), by the person it names. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBy(Job job, String actor, String what, String why) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.jobId = job.id;
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = actor;
        entry.what = what;
        entry.why = why;
        entry.persist();
    }
}
