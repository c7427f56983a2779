package app.routecard.job.share;

import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobService;
import app.routecard.job.jobs.Timeline;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.job.links.PortalLinks;
import app.routecard.job.route.RoutePolicy;
import app.routecard.job.route.RouteStep;
import app.routecard.job.shipping.ShipmentService;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.tenancy.SuspendedTenants;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Share links: created and revoked by the shop, opened by its customer without an account. */
@RequestScoped
public class ShareService {

    private static final int DEFAULT_HOURS = 14 * 24;

    private final JobService jobs;
    private final Timeline timeline;
    private final SecurityIdentity identity;
    private final PortalLinks links;
    private final SuspendedTenants suspendedTenants;
    private final TenantNames shopNames;
    private final Outbox outbox;

    /** job.customer_update.scheduled: when the shop promised its customer the next update, and who owns the job. */
    public record CustomerUpdateScheduled(UUID jobId, String number, String customerName, LocalDate nextUpdateOn,
                                          String message, String owner) {
    }

    /** job.customer_update.sent: a share link e-mailed to the shop's customer (who has no account). */
    public record CustomerUpdateSent(UUID jobId, String number, String customerName, String customerEmail,
                                     String message, String shareUrl, OffsetDateTime expiresAt) {
    }

    public ShareService(JobService jobs, Timeline timeline, SecurityIdentity identity, PortalLinks links,
                        SuspendedTenants suspendedTenants, TenantNames shopNames, Outbox outbox) {
        this.shopNames = shopNames;
        this.outbox = outbox;
        this.jobs = jobs;
        this.timeline = timeline;
        this.identity = identity;
        this.links = links;
        this.suspendedTenants = suspendedTenants;
    }

    /** The few columns the anonymous lookup needs. */
    public record LinkTarget(UUID id, String tenantId, UUID jobId, OffsetDateTime expiresAt,
                             OffsetDateTime revokedAt) {
        static LinkTarget of(Object[] row) {
            return new LinkTarget((UUID) row[0], (String) row[1], (UUID) row[2],
                    NativeValues.offsetDateTime(row[3]), NativeValues.offsetDateTime(row[4]));
        }
    }

    @Transactional
    public ShareDtos.CreatedShareLink create(UUID jobId, ShareDtos.NewShareLink request) {
        Job job = jobs.find(jobId);
        String token = ShareTokens.newToken();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ShareLink link = new ShareLink();
        link.id = UUID.randomUUID();
        link.jobId = jobId;
        link.tokenHash = ShareTokens.hash(token);
        link.label = request == null ? null : request.label();
        link.createdBy = identity.getPrincipal().getName();
        link.createdAt = now;
        link.expiresAt = now.plusHours(request == null || request.expiresInHours() == null ? DEFAULT_HOURS
                : request.expiresInHours());
        link.persist();
        timeline.record(job, "share link created, valid until " + link.expiresAt, link.label);
        String url = links.sharePage(token);
        if (request != null && request.customerEmail() != null && !request.customerEmail().isBlank()) {
            String email = request.customerEmail().trim().toLowerCase(Locale.ROOT);
            String message = request.message() != null && !request.message().isBlank() ? request.message().trim()
                    : job.nextUpdateMessage;
            // The link goes to notifications-service over the job topic (internal, like the token's hash here), the
            // one time it exists in the clear: the customer's e-mail needs it.
            outbox.record(new IntegrationEvent("job.customer_update.sent", jobId.toString(), job.tenantId,
                    new CustomerUpdateSent(jobId, job.number, job.customerName, email, message, url,
                            link.expiresAt)));
            timeline.record(job, "share link e-mailed to " + email, message);
        }
        return new ShareDtos.CreatedShareLink(link.id, token, url, link.expiresAt, link.label);
    }

    @Transactional
    public Paged<ShareDtos.ShareLinkView> list(UUID jobId, ListWindow window) {
        jobs.find(jobId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Paged.of(ShareLink.<ShareLink>find("jobId", window.sort("createdAt", Sort.Direction.Descending, "id"),
                jobId), window, link -> ShareDtos.ShareLinkView.of(link, now));
    }

    @Transactional
    public ShareDtos.ShareLinkView revoke(UUID jobId, UUID linkId) {
        Job job = jobs.find(jobId);
        ShareLink link = ShareLink.find("id = ?1 and jobId = ?2", linkId, jobId).firstResult();
        if (link == null) {
            throw new NotFoundException("No share link " + linkId + " on this job");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (link.revokedAt == null) {
            link.revokedAt = now;
            link.revokedBy = identity.getPrincipal().getName();
            timeline.record(job, "share link revoked", link.label);
        }
        return ShareDtos.ShareLinkView.of(link, now);
    }

    @Transactional
    public Job setCustomerUpdate(UUID jobId, ShareDtos.CustomerUpdate update) {
        Job job = jobs.find(jobId);
        job.nextUpdateOn = update.nextUpdateOn();
        job.nextUpdateMessage = update.message().trim();
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        timeline.record(job, "next customer update on " + job.nextUpdateOn, job.nextUpdateMessage);
        outbox.record(new IntegrationEvent("job.customer_update.scheduled", jobId.toString(), job.tenantId,
                new CustomerUpdateScheduled(jobId, job.number, job.customerName, job.nextUpdateOn,
                        job.nextUpdateMessage, job.owner)));
        return job;
    }

    /**
     * The customer's view behind a token. The caller is anonymous, so the link is found across tenants by its
     * hash alone, then everything else is read inside the link's tenant. Unknown, expired, revoked or a suspended
     * shop's: all the same "not found".
     */
    public ShareDtos.SharedStatus open(String token) {
        if (!ShareTokens.wellFormed(token)) {
            throw new NotFoundException();
        }
        String hash = ShareTokens.hash(token);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // Native on purpose: Hibernate's tenant filter would hide every row from an all-tenants scope.
        Optional<LinkTarget> found = TenantTransactions.allTenants(
                "an anonymous customer opens a share link: found by the hash of its unguessable token",
                () -> ShareLink.getEntityManager().createNativeQuery("""
                                select id, tenant_id, job_id, expires_at, revoked_at from share_link
                                where token_hash = :hash""", Object[].class)
                        .setParameter("hash", hash).getResultStream().findFirst()
                        .map(row -> LinkTarget.of((Object[]) row)));
        LinkTarget link = found.filter(l -> ShareTokens.active(l.expiresAt(), l.revokedAt(), now))
                .filter(l -> suspendedTenants.reason(l.tenantId()).isEmpty())
                .orElseThrow(NotFoundException::new);
        return TenantTransactions.forTenant(link.tenantId(), () -> {
            ShareLink.update("lastOpenedAt = ?1, openedCount = openedCount + 1 where id = ?2", now, link.id());
            Job job = Job.findById(link.jobId());
            List<RouteStep> steps = RouteStep.ofJob(job.id);
            int progress = RoutePolicy.progressPercent(steps.stream().map(step -> step.status).toList());
            ShareDtos.NextUpdate next = job.nextUpdateOn == null ? null
                    : new ShareDtos.NextUpdate(job.nextUpdateOn, job.nextUpdateMessage);
            List<ShareDtos.SharedShipment> shipments = ShipmentService.shipments(job.id).stream()
                    .map(s -> new ShareDtos.SharedShipment(s.quantity, s.carrier, s.trackingNumber, s.shippedAt,
                            s.deliveredAt))
                    .toList();
            return new ShareDtos.SharedStatus(shopNames.of(link.tenantId()).orElse(null), job.number, job.partNumber, job.stage.name().toLowerCase(Locale.ROOT),
                    progress, next, shipments);
        });
    }
}
