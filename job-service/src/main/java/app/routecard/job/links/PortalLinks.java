package app.routecard.job.links;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.UUID;

/** The portal pages job-service hands out links to. */
@ConfigMapping(prefix = "routecard.portal")
public interface PortalLinks {

    /** The portal's public base URL, e.g. https://app.routecard.example. */
    URI url();

    /** The job's floor view: what a route card's QR code opens on an operator's phone. */
    default String floorView(UUID jobId) {
        return base() + "/floor/jobs/" + jobId;
    }

    /** A released revision of a file: the portal asks files-service for a short-lived link and opens it. */
    default String fileRevision(UUID fileId, String revision) {
        return base() + "/files/" + fileId + "/revisions/" + java.net.URLEncoder.encode(revision,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The customer's status page for a share token. */
    default String sharePage(String token) {
        return base() + "/share/" + token;
    }

    private String base() {
        String base = url().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
