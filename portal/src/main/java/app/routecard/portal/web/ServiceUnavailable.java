package app.routecard.portal.web;

/** A service did not answer, or failed: the page shows a banner naming it and answers 503. */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, Throwable cause) {
        super(service + " is not answering", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
