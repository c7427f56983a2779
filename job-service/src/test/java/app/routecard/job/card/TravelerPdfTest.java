package app.routecard.job.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TravelerPdfTest {

    private static TravelerPdf.Traveler traveler(int steps, String firstStepName) {
        return new TravelerPdf.Traveler("J-2026-0042", "Northwind – Robotics 测试", "BRKT-1", "C", 12,
                LocalDate.of(2026, 12, 1), "high", null, "Keep drops\nLabel every bin",
                "https://app.example/floor/jobs/x",
                List.of(new TravelerPdf.FileLine("drawing.pdf", "C", "https://app.example/files/f/revisions/C"),
                        new TravelerPdf.FileLine("Ø notes 检查.pdf", null, null)),
                IntStream.rangeClosed(1, steps).mapToObj(i -> new TravelerPdf.StepLine(i,
                        i == 1 ? firstStepName : "Operation " + i, "WC-" + i, BigDecimal.ONE,
                        "A very long instruction that will not fit in the narrow column of the traveler table at all",
                        i == 1 ? "DONE" : "PENDING")).toList());
    }

    @Test
    void a_long_route_breaks_across_pages_that_each_name_the_job() throws Exception {
        byte[] pdf = new TravelerPdf().render(traveler(45, "Saw"));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Traveler J-2026-0042 (continued)");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(document.getNumberOfPages());
            String text = stripper.getText(document);
            assertThat(text).contains("Operation 45").contains("Keep drops").contains("Label every bin")
                    .contains("(done)").contains("...");
        }
    }

    @Test
    void each_released_file_is_listed_with_its_revision_and_opens_its_revision_from_the_pdf() throws Exception {
        byte[] pdf = new TravelerPdf().render(traveler(2, "Saw"));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("- drawing.pdf  rev C")
                    .contains("- Ø notes ??.pdf");
            var links = document.getPage(0).getAnnotations().stream()
                    .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink)
                    .map(a -> ((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI)
                            ((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a).getAction())
                            .getURI()).toList();
            assertThat(links).containsExactly("https://app.example/files/f/revisions/C");
        }
    }

    @Test
    void text_the_standard_fonts_cannot_print_becomes_a_question_mark_instead_of_failing() throws Exception {
        byte[] pdf = new TravelerPdf().render(traveler(1, "Bore Ø25 ± 0.01 – 检查"));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bore Ø25 ± 0.01 – ??").contains("Northwind – Robotics ??");
        }
    }
}
