package app.routecard.job.marketplace;

import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobService;
import app.routecard.platform.inbox.EventHandler;
import app.routecard.platform.inbox.InboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns a marketplace award ({@code marketplace.award.created}, in the winning shop's tenant) into the shop's job:
 * the part, quantity and promised ship date of the awarded line, the buyer as customer, the RFQ's drawings as
 * customer drawings. One award, one job: the inbox drops a redelivered event, and the award's unique index on the
 * job refuses a second job even from a replay.
 */
@ApplicationScoped
public class AwardFollower implements EventHandler {

    static final String NAME = "job-service.marketplace-awards";
    private static final Logger LOG = Logger.getLogger(AwardFollower.class);

    private final JobService jobs;

    public AwardFollower(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of("routecard.marketplace");
    }

    @Override
    public boolean handles(String type) {
        return "marketplace.award.created".equals(type);
    }

    @Override
    public void handle(InboxEvent event) {
        JsonNode award = event.data();
        UUID awardId = UUID.fromString(award.path("awardId").asText());
        if (Job.count("marketplaceAwardId", awardId) > 0) {
            LOG.infof("award %s has its job already", awardId);
            return;
        }
        String revision = award.hasNonNull("revision") && !award.path("revision").asText().isBlank()
                ? award.path("revision").asText() : "-";
        Job job = jobs.create(new JobService.JobDraft(award.path("buyerName").asText(),
                award.path("partNumber").asText(), revision, award.path("quantity").asInt(),
                LocalDate.parse(award.path("promisedShipDate").asText()), null, null,
                "Marketplace order " + award.path("orderNumber").asText() + " (RFQ " + award.path("rfqNumber")
                        .asText() + "): " + award.path("quantity").asInt() + " at " + award.path("unitPrice")
                        .asText() + " " + award.path("currency").asText() + " each", null, null, awardId,
                UUID.fromString(award.path("rfqId").asText())),
                "from marketplace order " + award.path("orderNumber").asText() + " of "
                        + award.path("buyerName").asText());
        LOG.infof("award %s became job %s", awardId, job.number);
    }
}
