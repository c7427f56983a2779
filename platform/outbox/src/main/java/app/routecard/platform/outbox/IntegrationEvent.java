package app.routecard.platform.outbox;

/**
 * A fact another service may act on. {@code type} like {@code tenant.suspended}; {@code subject} the aggregate's
 * id (also the Kafka key); {@code tenantId} the tenant the fact belongs to; {@code data} a record serialised as
 * the CloudEvent's data.
 */
public record IntegrationEvent(String type, String subject, String tenantId, Object data) {

    /** The topic of an event family: the first segment of its type ({@code tenant.created} goes to routecard.tenant). */
    public String topic() {
        int dot = type.indexOf('.');
        return "routecard." + (dot < 0 ? type : type.substring(0, dot));
    }
}
