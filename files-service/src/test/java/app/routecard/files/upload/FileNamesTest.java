package app.routecard.files.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void only_the_last_path_segment_survives() {
        assertThat(FileNames.neutralize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.neutralize("C:\\drawings\\shaft.pdf")).isEqualTo("shaft.pdf");
        assertThat(FileNames.neutralize("/")).isEqualTo("file");
        assertThat(FileNames.neutralize("..")).isEqualTo("file");
        assertThat(FileNames.neutralize(".hidden.pdf")).isEqualTo("hidden.pdf");
    }

    @Test
    void control_and_bidirectional_formatting_characters_are_removed() {
        assertThat(FileNames.neutralize("invoice\u202Efdp.exe")).as("RTL override").isEqualTo("invoicefdp.exe");
        assertThat(FileNames.neutralize("a\u2066b\u2069c\u200Bd.pdf")).isEqualTo("abcd.pdf");
        assertThat(FileNames.neutralize("bell\u0007and\u0000nul\r\nline.pdf")).isEqualTo("bellandnul line.pdf");
        assertThat(FileNames.neutralize("tab\tand   spaces .pdf ")).isEqualTo("tab and spaces .pdf");
    }

    @Test
    void very_long_names_are_shortened_keeping_the_extension() {
        String name = FileNames.neutralize("x".repeat(400) + ".pdf");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("….pdf");
        assertThat(FileNames.neutralize("Ø".repeat(300))).hasSize(FileNames.MAX_LENGTH);
    }

    @Test
    void the_download_header_quotes_nothing_a_name_could_break_out_with() {
        assertThat(FileNames.contentDisposition("drawing \"A\"; rev=2.pdf"))
                .isEqualTo("attachment; filename=\"drawing _A__ rev=2.pdf\"; "
                        + "filename*=UTF-8''drawing%20%22A%22%3B%20rev%3D2.pdf");
        assertThat(FileNames.contentDisposition("Bügel Ø12.pdf")).startsWith("attachment; filename=\"B_gel _12.pdf\"")
                .endsWith("filename*=UTF-8''B%C3%BCgel%20%C3%9812.pdf");
    }
}
