package app.routecard.job.card;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * The printable traveler that goes with the parts: job header, QR code to the floor view, special instructions,
 * released files, and every step with boxes to sign off. Pages break between steps; each page repeats the job
 * number so a loose page finds its job.
 */
public final class TravelerPdf {

    /** Everything the traveler prints, already read and in route order. */
    public record Traveler(String jobNumber, String customer, String partNumber, String revision, int quantity,
                           LocalDate dueDate, String priority, String owner, String specialInstructions,
                           String floorUrl, List<FileLine> files, List<StepLine> steps) {
    }

    /** A released file, with the portal address that opens its revision (a link in the PDF; null: no link). */
    public record FileLine(String name, String revision, String url) {
    }

    public record StepLine(int position, String name, String workCenter, BigDecimal plannedHours,
                           String instructions, String status) {
    }

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 36;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float ROW = 34;
    private static final float[] COLUMNS = {24, 150, 70, 40, 90, 60, 89};
    private static final String[] HEADINGS = {"#", "Operation / instructions", "Work center", "Plan h",
        "Operator sign-off", "Date", "Good / scrap"};

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public byte[] render(Traveler traveler) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Traveler " + traveler.jobNumber());
            info.setCreator("Routecard");
            new Writer(document, traveler).write();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document's pages, written top to bottom. */
    private final class Writer {
        private final PDDocument document;
        private final Traveler traveler;
        private PDPageContentStream content;
        private PDPage page;
        private float y;
        private int pageNumber;

        Writer(PDDocument document, Traveler traveler) {
            this.document = document;
            this.traveler = traveler;
        }

        void write() throws IOException {
            newPage();
            header();
            if (traveler.specialInstructions() != null && !traveler.specialInstructions().isBlank()) {
                section("Special instructions");
                for (String line : wrap(traveler.specialInstructions(), regular, 10, WIDTH)) {
                    text(regular, 10, MARGIN, line);
                    y -= 13;
                }
            }
            section("Released files");
            if (traveler.files().isEmpty()) {
                text(regular, 10, MARGIN, "(none released)");
                y -= 13;
            }
            for (FileLine file : traveler.files()) {
                ensureRoom(13);
                String revision = file.revision() == null ? "" : "  rev " + file.revision();
                String line = "- " + file.name() + revision;
                text(regular, 10, MARGIN, line);
                if (file.url() != null) {
                    link(MARGIN, y - 3, regular.getStringWidth(printable(line, regular)) / 1000 * 10, 13, file.url());
                }
                y -= 13;
            }
            section("Route (" + traveler.steps().size() + " steps)");
            tableHeading();
            for (StepLine step : traveler.steps()) {
                if (y - ROW < MARGIN + 20) {
                    newPage();
                    tableHeading();
                }
                row(step);
            }
            content.close();
        }

        /** A clickable area over text just written: the PDF opened on a screen opens the address. */
        private void link(float x, float bottom, float width, float height, String url) throws IOException {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(x, bottom, width, height));
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            link.setBorderStyle(noBorder);
            PDActionURI action = new PDActionURI();
            action.setURI(url);
            link.setAction(action);
            page.getAnnotations().add(link);
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pageNumber++;
            y = PAGE.getHeight() - MARGIN;
            if (pageNumber > 1) {
                text(bold, 12, MARGIN, "Traveler " + traveler.jobNumber() + " (continued)");
                y -= 24;
            }
            text(regular, 8, MARGIN, "Page " + pageNumber, MARGIN - 16);
        }

        private void header() throws IOException {
            float qrSize = 110;
            BufferedImage qr = QrCodes.image(traveler.floorUrl(), 330);
            PDImageXObject image = LosslessFactory.createFromImage(document, qr);
            content.drawImage(image, PAGE.getWidth() - MARGIN - qrSize, y - qrSize, qrSize, qrSize);
            text(regular, 9, MARGIN, "ROUTE CARD / TRAVELER");
            y -= 24;
            text(bold, 22, MARGIN, traveler.jobNumber());
            y -= 22;
            line("Customer", traveler.customer());
            line("Part", traveler.partNumber() + "  rev " + traveler.revision());
            line("Quantity", String.valueOf(traveler.quantity()));
            line("Ship by", traveler.dueDate().toString() + "   priority " + traveler.priority());
            line("Owner", traveler.owner() == null ? "-" : traveler.owner());
            y = Math.min(y, PAGE.getHeight() - MARGIN - qrSize - 4);
            text(regular, 7, PAGE.getWidth() - MARGIN - qrSize, "Scan to open the floor view");
            y -= 10;
        }

        private void line(String label, String value) throws IOException {
            text(bold, 10, MARGIN, label);
            text(regular, 10, MARGIN + 70, value);
            y -= 14;
        }

        private void section(String title) throws IOException {
            ensureRoom(40);
            y -= 12;
            text(bold, 12, MARGIN, title);
            y -= 16;
        }

        private void tableHeading() throws IOException {
            float x = MARGIN;
            for (int i = 0; i < COLUMNS.length; i++) {
                text(bold, 8, x + 2, HEADINGS[i]);
                x += COLUMNS[i];
            }
            y -= 4;
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
        }

        private void row(StepLine step) throws IOException {
            float top = y;
            float x = MARGIN;
            float baseline = top - 11;
            text(bold, 9, x + 2, String.valueOf(step.position()), baseline);
            x += COLUMNS[0];
            text(bold, 9, x + 2, fit(step.name(), bold, 9, COLUMNS[1] - 4), baseline);
            if (step.instructions() != null && !step.instructions().isBlank()) {
                text(regular, 7, x + 2, fit(step.instructions(), regular, 7, COLUMNS[1] - 4), baseline - 11);
            }
            x += COLUMNS[1];
            text(regular, 8, x + 2, fit(step.workCenter() == null ? "" : step.workCenter(), regular, 8,
                    COLUMNS[2] - 4), baseline);
            if (!"PENDING".equals(step.status())) {
                text(bold, 7, x + 2, "(" + step.status().toLowerCase(java.util.Locale.ROOT) + ")", baseline - 11);
            }
            x += COLUMNS[2];
            text(regular, 8, x + 2, step.plannedHours() == null ? "" : step.plannedHours().toPlainString(), baseline);
            x += COLUMNS[3];
            float boxTop = top - 3;
            float boxHeight = ROW - 8;
            for (int i = 4; i < COLUMNS.length; i++) {
                content.addRect(x + 2, boxTop - boxHeight, COLUMNS[i] - 4, boxHeight);
                x += COLUMNS[i];
            }
            content.stroke();
            y = top - ROW;
            content.setLineWidth(0.3f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
            content.setLineWidth(1f);
        }

        private void ensureRoom(float height) throws IOException {
            if (y - height < MARGIN + 20) {
                newPage();
            }
        }

        private void text(PDType1Font font, float size, float x, String value) throws IOException {
            text(font, size, x, value, y);
        }

        private void text(PDType1Font font, float size, float x, String value, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(value, font));
            content.endText();
        }
    }

    /** The standard fonts print Western European text; anything else becomes '?' rather than failing the card. */
    static String printable(String value, PDType1Font font) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(codePoint -> {
            String character = Character.isISOControl(codePoint) ? " " : new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(printable(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, shortened with an ellipsis to fit the width. */
    static String fit(String text, PDType1Font font, float size, float maxWidth) {
        if (width(text, font, size) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && width(shortened + "...", font, size) > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "...";
    }

    static List<String> wrap(String text, PDType1Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
