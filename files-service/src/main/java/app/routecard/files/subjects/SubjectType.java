package app.routecard.files.subjects;

/** The other services' objects a file can belong to. */
public enum SubjectType {
    JOB, SHIPMENT, QUOTE, RFQ
}
