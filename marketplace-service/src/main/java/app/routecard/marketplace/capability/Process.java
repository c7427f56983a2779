package app.routecard.marketplace.capability;

import java.util.Locale;

/** The controlled vocabulary of manufacturing processes a supplier offers and an RFQ line asks for. */
public enum Process {
    CNC_MILLING_3_AXIS("CNC milling, 3-axis"),
    CNC_MILLING_5_AXIS("CNC milling, 5-axis"),
    CNC_TURNING("CNC turning"),
    SHEET_METAL("sheet metal"),
    LASER_CUTTING("laser cutting"),
    WATERJET("waterjet cutting"),
    WELDING("welding"),
    INJECTION_MOLDING("injection molding"),
    FDM("3D printing, FDM"),
    SLS("3D printing, SLS"),
    SLA("3D printing, SLA"),
    MJF("3D printing, MJF"),
    ANODIZING("anodizing"),
    PLATING("plating"),
    POWDER_COAT("powder coating"),
    HEAT_TREATMENT("heat treatment");

    private final String label;

    Process(String label) {
        this.label = label;
    }

    /** How a person names it ("CNC milling, 5-axis"). */
    public String label() {
        return label;
    }

    /** Whether a supplier offering this process can do work asking for {@code asked}: 5-axis mills 3-axis work. */
    public boolean covers(Process asked) {
        return this == asked || (this == CNC_MILLING_5_AXIS && asked == CNC_MILLING_3_AXIS);
    }

    public String lowerCaseName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
