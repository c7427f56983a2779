package app.routecard.marketplace.capability;

/** The quality and compliance certifications an RFQ can require and a supplier can hold, each with an expiry. */
public enum Certification {
    ISO_9001("ISO 9001"),
    AS9100("AS9100"),
    ISO_13485("ISO 13485"),
    IATF_16949("IATF 16949"),
    ITAR("ITAR registration");

    private final String label;

    Certification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
