package app.routecard.job.marketplace;

import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.JobService;
import app.routecard.job.quality.QualityService;
import app.routecard.platform.inbox.EventHandler;
import app.routecard.platform.inbox.InboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns parts a marketplace buyer sent back ({@code marketplace.return.recorded}, in the shop's tenant) into an NCR
 * on the order's job, for the shop to disposition. One return, one NCR: the inbox drops a redelivered event, and the
 * NCR's unique return id refuses a second one even from a replay.
 */
@ApplicationScoped
public class CustomerReturnFollower implements EventHandler {

    static final String NAME = "job-service.marketplace-returns";
    private static final Logger LOG = Logger.getLogger(CustomerReturnFollower.class);

    private final JobService jobs;
    private final QualityService quality;

    public CustomerReturnFollower(JobService jobs, QualityService quality) {
        this.jobs = jobs;
        this.quality = quality;
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
        return "marketplace.return.recorded".equals(type);
    }

    @Override
    public void handle(InboxEvent event) {
        JsonNode data = event.data();
        UUID orderId = UUID.fromString(data.path("orderId").asText());
        Job found = Job.find("marketplaceAwardId", orderId).firstResult();
        if (found == null) {
            LOG.warnf("return %s names order %s, which made no job here", data.path("returnId").asText(), orderId);
            return;
        }
        Job job = jobs.lock(found.id);
        boolean opened = quality.openForCustomerReturn(job, UUID.fromString(data.path("returnId").asText()),
                data.path("quantity").asInt(), "Returned by the customer on marketplace order "
                        + data.path("orderNumber").asText() + ": " + data.path("reason").asText(),
                data.path("by").asText(), OffsetDateTime.parse(data.path("recordedAt").asText()));
        if (opened) {
            LOG.infof("return %s opened an NCR on job %s", data.path("returnId").asText(), job.number);
        }
    }
}
