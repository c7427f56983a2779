package app.routecard.marketplace.awards;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.marketplace.scoring.ScoringSettingsSource;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reports each award its shop has not acknowledged within the response target (a scoring setting, 24 h by
 * default) as {@code marketplace.award.unacknowledged}, once: the shop's responsiveness counts it as missed, and the
 * shop can be told. The report is marked on the award in the same statement that finds it, so with two replicas
 * an award is reported by one.
 */
@ApplicationScoped
public class AwardAcknowledgementWatch {

    private static final Logger LOG = Logger.getLogger(AwardAcknowledgementWatch.class);

    private final EntityManager entities;
    private final Outbox outbox;
    private final MarketClock clock;
    private final ScoringSettingsSource settings;

    public AwardAcknowledgementWatch(EntityManager entities, Outbox outbox, MarketClock clock,
                                     ScoringSettingsSource settings) {
        this.entities = entities;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    /** What {@code marketplace.award.unacknowledged} says: the award, whose it is, and when it was due. */
    public record AwardUnacknowledged(UUID awardId, String orderNumber, String buyerTenantId, UUID jobId,
                                      OffsetDateTime awardedAt, OffsetDateTime dueAt) {
    }

    @Scheduled(every = "${routecard.awards.watch:60s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "Awards could not be checked for acknowledgement", this::sweep);
    }

    /** Reports every award overdue for acknowledgement not reported before; answers how many. */
    @SuppressWarnings("unchecked")
    public int sweep() {
        Duration target = settings.current().responseTarget();
        return TenantTransactions.allTenants("the watch checks every shop's awards for acknowledgement", () -> {
            OffsetDateTime now = clock.now();
            List<Object[]> overdue = entities.createNativeQuery("""
                    update award set unacknowledged_reported_at = :now
                    where id in (select id from award where status = 'NEW' and unacknowledged_reported_at is null
                                 and awarded_at < :due order by awarded_at limit 500 for update skip locked)
                    returning id, tenant_id, order_number, buyer_tenant, job_id, awarded_at""")
                    .setParameter("now", now).setParameter("due", now.minus(target)).getResultList();
            for (Object[] row : overdue) {
                OffsetDateTime awardedAt = NativeValues.offsetDateTime(row[5]);
                UUID award = UUID.fromString(row[0].toString());
                outbox.record(new IntegrationEvent("marketplace.award.unacknowledged", award.toString(),
                        (String) row[1], new AwardUnacknowledged(award, (String) row[2], (String) row[3],
                                row[4] == null ? null : UUID.fromString(row[4].toString()), awardedAt,
                                awardedAt.plus(target))));
            }
            return overdue.size();
        });
    }
}
