package app.routecard.marketplace.rfq;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.marketplace.routing.RoutingWave;
import app.routecard.marketplace.routing.StoredDecision;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.service.rules.RuleRefused;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.NumberSeries;
import app.routecard.platform.tenancy.TenantNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A buyer's RFQs: drafted, changed while drafts, posted, cancelled; listed and read by the buyer's tenant. */
@RequestScoped
public class RfqService {

    private final NumberSeries numbers;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final MarketClock clock;
    private final TenantNames names;

    public RfqService(NumberSeries numbers, Outbox outbox, CurrentTenant tenant, SecurityIdentity identity,
                      ObjectMapper json, MarketClock clock, TenantNames names) {
        this.numbers = numbers;
        this.outbox = outbox;
        this.tenant = tenant;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
        this.names = names;
    }

    /** What {@code marketplace.rfq.posted} and {@code .rfq.cancelled} say. */
    public record RfqEvent(UUID rfqId, String number, String title, String status, int lines,
                           String targetShipDate, OffsetDateTime quoteDeadline, String by, String reason) {
    }

    @Transactional
    public RfqDtos.RfqView create(RfqDtos.RfqRequest request) {
        OffsetDateTime now = clock.now();
        check(request, now);
        Rfq rfq = new Rfq();
        rfq.id = UUID.randomUUID();
        rfq.number = numbers.next("R", now.getYear());
        rfq.status = RfqStatus.DRAFT;
        rfq.createdBy = identity.getPrincipal().getName();
        rfq.createdAt = now;
        fill(rfq, request);
        rfq.persist();
        return RfqDtos.RfqView.of(rfq);
    }

    @Transactional
    public RfqDtos.RfqView replace(UUID id, RfqDtos.RfqRequest request) {
        Rfq rfq = lock(id);
        RfqPolicy.checkEdit(rfq.status).ifPresent(refusal -> {
            throw new RuleRefused(refusal);
        });
        check(request, clock.now());
        rfq.lines.clear();
        Rfq.getEntityManager().flush();
        fill(rfq, request);
        return RfqDtos.RfqView.of(rfq);
    }

    @Transactional
    public RfqDtos.RfqView get(UUID id) {
        return RfqDtos.RfqView.of(find(id));
    }

    /** One wave as the buyer sees it: when, and every shop judged, in or out, with reasons and rank. */
    public record WaveView(int number, String status, OffsetDateTime openedAt, OffsetDateTime expiresAt,
                           JsonNode decision) {
    }

    @Transactional
    public List<WaveView> routing(UUID id) {
        find(id);
        return RoutingWave.<RoutingWave>list("rfqId = ?1 order by number", id).stream().map(wave ->
                new WaveView(wave.number, wave.status, wave.openedAt, wave.expiresAt, wave.decision == null ? null
                        : StoredDecision.read(json, wave.decision, shop -> names.of(shop).orElse(shop)))).toList();
    }

    @Transactional
    public Paged<RfqDtos.RfqSummary> list(RfqStatus status, String text, ListWindow window) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(number) like :text or lower(title) like :text)");
            parameters.put("text", "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return Paged.of(Rfq.<Rfq>find(where.toString(), window.sort("createdAt", Sort.Direction.Descending, "id"),
                parameters), window, RfqDtos.RfqSummary::of);
    }

    /** Posts the draft: it is open to quotes from now on, and routing takes it from the event. */
    @Transactional
    public RfqDtos.RfqView post(UUID id) {
        Rfq rfq = lock(id);
        RfqPolicy.checkPost(rfq.status).ifPresent(refusal -> {
            throw new RuleRefused(refusal);
        });
        OffsetDateTime now = clock.now();
        RfqPolicy.contentProblem(rfq.currency, rfq.lines.stream().map(line -> line.quantities).toList(),
                rfq.targetShipDate, rfq.quoteDeadline, now).ifPresent(problem -> {
                    throw new InvalidField(problem[0], problem[1]);
                });
        rfq.status = RfqStatus.OPEN;
        rfq.postedAt = now;
        RoutingWave.first(rfq.id, now).persist();
        outbox.record(new IntegrationEvent("marketplace.rfq.posted", rfq.id.toString(), tenant.id(),
                event(rfq, identity.getPrincipal().getName(), null)));
        return RfqDtos.RfqView.of(rfq);
    }

    @Transactional
    public RfqDtos.RfqView cancel(UUID id, String reason) {
        Rfq rfq = lock(id);
        RfqPolicy.checkCancel(rfq.status).ifPresent(refusal -> {
            throw new RuleRefused(refusal);
        });
        rfq.status = RfqStatus.CANCELLED;
        rfq.cancelReason = reason.strip();
        rfq.cancelledAt = clock.now();
        outbox.record(new IntegrationEvent("marketplace.rfq.cancelled", rfq.id.toString(), tenant.id(),
                event(rfq, identity.getPrincipal().getName(), rfq.cancelReason)));
        return RfqDtos.RfqView.of(rfq);
    }

    private static RfqEvent event(Rfq rfq, String by, String reason) {
        return new RfqEvent(rfq.id, rfq.number, rfq.title, rfq.status.name(), rfq.lines.size(),
                rfq.targetShipDate.toString(), rfq.quoteDeadline, by, reason);
    }

    private void check(RfqDtos.RfqRequest request, OffsetDateTime now) {
        RfqPolicy.contentProblem(request.currency(), request.lines().stream().map(RfqDtos.LineRequest::quantities)
                .toList(), request.targetShipDate(), request.quoteDeadline(), now).ifPresent(problem -> {
                    throw new InvalidField(problem[0], problem[1]);
                });
    }

    private void fill(Rfq rfq, RfqDtos.RfqRequest request) {
        rfq.title = request.title().strip();
        rfq.certifications = new ArrayList<>(new LinkedHashSet<>(request.certifications()));
        rfq.targetShipDate = request.targetShipDate();
        rfq.quoteDeadline = request.quoteDeadline();
        rfq.shipToCountry = request.shipTo().country();
        rfq.shipToSubdivision = request.shipTo().subdivision();
        rfq.currency = request.currency();
        rfq.inviteOnly = request.inviteOnly();
        rfq.invited = new ArrayList<>(new LinkedHashSet<>(request.invited()));
        rfq.blocked = new ArrayList<>(new LinkedHashSet<>(request.blocked()));
        rfq.notes = request.notes();
        int position = 1;
        for (RfqDtos.LineRequest requested : request.lines()) {
            RfqLine line = new RfqLine();
            line.id = UUID.randomUUID();
            line.rfq = rfq;
            line.position = position++;
            line.partNumber = requested.partNumber().strip();
            line.revision = requested.revision();
            line.quantities = new ArrayList<>(requested.quantities());
            line.process = requested.process();
            line.material = requested.material().strip();
            line.finish = requested.finish();
            line.toleranceClass = requested.toleranceClass();
            if (requested.envelope() != null) {
                line.lengthMm = requested.envelope().lengthMm();
                line.widthMm = requested.envelope().widthMm();
                line.heightMm = requested.envelope().heightMm();
            }
            line.notes = requested.notes();
            rfq.lines.add(line);
        }
    }

    private static Rfq find(UUID id) {
        Rfq rfq = Rfq.findById(id);
        if (rfq == null) {
            throw new NotFoundException("No RFQ " + id);
        }
        return rfq;
    }

    private static Rfq lock(UUID id) {
        Rfq rfq = Rfq.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (rfq == null) {
            throw new NotFoundException("No RFQ " + id);
        }
        return rfq;
    }
}
