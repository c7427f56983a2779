package app.routecard.job.quotes;

import app.routecard.platform.service.rules.Refusal;
import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobService;
import app.routecard.platform.tenancy.NumberSeries;
import app.routecard.job.jobs.ShopClock;
import app.routecard.job.jobs.TextSearch;
import app.routecard.job.stage.JobStage;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drafts, sends and decides quotes; accepting one creates (and by default releases) a job per line. */
@RequestScoped
public class QuoteService {

    private static final int DEFAULT_VALIDITY_DAYS = 30;

    private final JobService jobs;
    private final ShopClock clock;
    private final NumberSeries numbers;
    private final SecurityIdentity identity;

    public QuoteService(JobService jobs, ShopClock clock, NumberSeries numbers, SecurityIdentity identity) {
        this.jobs = jobs;
        this.clock = clock;
        this.numbers = numbers;
        this.identity = identity;
    }

    @Transactional
    public QuoteDtos.QuoteView create(QuoteDtos.NewQuote request) {
        clock.requireNotPast("validUntil", request.validUntil());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Quote quote = new Quote();
        quote.id = UUID.randomUUID();
        quote.number = numbers.next("Q", now.getYear());
        quote.status = QuoteStatus.DRAFT;
        quote.createdBy = identity.getPrincipal().getName();
        quote.createdAt = now;
        fill(quote, request, now, today());
        quote.persist();
        return view(quote, writeLines(quote, request.lines()));
    }

    @Transactional
    public QuoteDtos.QuoteView replace(UUID id, QuoteDtos.NewQuote request) {
        Quote quote = find(id);
        Refusal.throwIfPresent(QuotePolicy.checkEdit(quote.status));
        clock.requireNotPast("validUntil", request.validUntil());
        QuoteLine.delete("quoteId", id);
        QuoteLine.flush();
        fill(quote, request, OffsetDateTime.now(ZoneOffset.UTC), today());
        return view(quote, writeLines(quote, request.lines()));
    }

    @Transactional
    public QuoteDtos.QuoteView get(UUID id) {
        Quote quote = find(id);
        return view(quote, lines(id));
    }

    @Transactional
    public QuoteDtos.QuotePage list(QuoteStatus status, String text, int page, int size, String sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(number) like :text" + TextSearch.ESCAPE + " or lower(customerName) like :text"
                    + TextSearch.ESCAPE + ")");
            parameters.put("text", TextSearch.containsPattern(text));
        }
        boolean descending = sort.startsWith("-");
        String column = descending ? sort.substring(1) : sort;
        Sort order = (descending ? Sort.descending(column) : Sort.ascending(column)).and("number");
        var query = Quote.<Quote>find(where.toString(), order, parameters);
        List<QuoteDtos.QuoteView> items = query.page(Page.of(page, size)).list().stream()
                .map(quote -> view(quote, lines(quote.id))).toList();
        return new QuoteDtos.QuotePage(items, page, size, query.count());
    }

    @Transactional
    public QuoteDtos.QuoteView send(UUID id) {
        Quote quote = lock(id);
        Refusal.throwIfPresent(QuotePolicy.checkSend(quote.status, quote.validUntil, today()));
        quote.status = QuoteStatus.SENT;
        quote.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return view(quote, lines(id));
    }

    @Transactional
    public QuoteDtos.QuoteView accept(UUID id, QuoteDtos.Acceptance acceptance) {
        Quote quote = lock(id);
        LocalDate today = today();
        Refusal.throwIfPresent(QuotePolicy.checkAccept(quote.status, quote.validUntil, today));
        boolean release = acceptance == null || acceptance.release() == null || acceptance.release();
        String po = acceptance == null ? null : acceptance.customerPo();
        List<QuoteLine> lines = lines(id);
        for (QuoteLine line : lines) {
            Job job = jobs.create(new JobService.JobDraft(quote.customerName, line.partNumber, line.revision,
                    line.quantity, QuotePolicy.promisedDate(today, line.leadTimeDays), null, null,
                    instructions(line), null, quote.id, null, null), "from quote " + quote.number + " line " + line.position
                    + (po == null ? "" : ", customer PO " + po));
            if (release) {
                jobs.advance(job, JobStage.RELEASED, "quote " + quote.number + " accepted");
            }
            line.jobId = job.id;
        }
        quote.status = QuoteStatus.ACCEPTED;
        quote.customerPo = po;
        decided(quote, null);
        return view(quote, lines);
    }

    @Transactional
    public QuoteDtos.QuoteView decline(UUID id, String reason) {
        Quote quote = lock(id);
        Refusal.throwIfPresent(QuotePolicy.checkDecline(quote.status, reason));
        quote.status = QuoteStatus.DECLINED;
        decided(quote, reason.trim());
        return view(quote, lines(id));
    }

    private void decided(Quote quote, String reason) {
        quote.decidedBy = identity.getPrincipal().getName();
        quote.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        quote.decisionReason = reason;
        quote.updatedAt = quote.decidedAt;
    }

    private static String instructions(QuoteLine line) {
        String material = line.material == null ? "" : "Material: " + line.material;
        String description = line.description == null ? "" : line.description;
        String joined = (description + (description.isEmpty() || material.isEmpty() ? "" : "\n") + material).trim();
        return joined.isEmpty() ? null : joined;
    }

    private static void fill(Quote quote, QuoteDtos.NewQuote request, OffsetDateTime now, LocalDate today) {
        quote.customerName = request.customerName().trim();
        quote.customerContact = request.customerContact();
        quote.customerEmail = request.customerEmail();
        quote.currency = request.currency() == null ? "USD" : request.currency();
        quote.validUntil = request.validUntil() == null ? today.plusDays(DEFAULT_VALIDITY_DAYS)
                : request.validUntil();
        quote.note = request.note();
        quote.updatedAt = now;
    }

    private static List<QuoteLine> writeLines(Quote quote, List<QuoteDtos.NewLine> requested) {
        int position = 1;
        for (QuoteDtos.NewLine item : requested) {
            QuoteLine line = new QuoteLine();
            line.id = UUID.randomUUID();
            line.quoteId = quote.id;
            line.position = position++;
            line.partNumber = item.partNumber().trim();
            line.revision = item.revision().trim();
            line.description = item.description();
            line.quantity = item.quantity();
            line.material = item.material();
            line.unitPrice = item.unitPrice();
            line.leadTimeDays = item.leadTimeDays();
            line.persist();
        }
        return lines(quote.id);
    }

    private static List<QuoteLine> lines(UUID quoteId) {
        return QuoteLine.list("quoteId", Sort.ascending("position"), quoteId);
    }

    private static QuoteDtos.QuoteView view(Quote quote, List<QuoteLine> lines) {
        return QuoteDtos.QuoteView.of(quote, lines);
    }

    private static Quote find(UUID id) {
        Quote quote = Quote.findById(id);
        if (quote == null) {
            throw new NotFoundException("No quote " + id);
        }
        return quote;
    }

    /** The quote, locked until the transaction ends: two decisions on one quote run one after the other. */
    private static Quote lock(UUID id) {
        Quote quote = Quote.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (quote == null) {
            throw new NotFoundException("No quote " + id);
        }
        return quote;
    }

    private LocalDate today() {
        return clock.today();
    }
}
