package app.routecard.portal.services;

/** How a read (a GET) is tried again when a service does not answer: twice more, 200 ms apart. */
final class Reads {

    static final int RETRIES = 2;
    static final long DELAY_MILLIS = 200;
    /** Every call's limit: a page never waits longer than this for one service. */
    static final long TIMEOUT_MILLIS = 10_000;

    private Reads() {
    }
}
