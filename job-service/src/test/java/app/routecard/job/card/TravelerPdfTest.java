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
                List.of(new TravelerPdf.FileLine("drawing.pdf", "C")),
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
    void text_the_standard_fonts_cannot_print_becomes_a_question_mark_instead_of_failing() throws Exception {
        byte[] pdf = new TravelerPdf().render(traveler(1, "Bore Ø25 ± 0.01 – 检查"));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bore Ø25 ± 0.01 – ??").contains("Northwind – Robotics ??");
        }
    }
}
