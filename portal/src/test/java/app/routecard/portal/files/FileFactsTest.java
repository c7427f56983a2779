package app.routecard.portal.files;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the file pages show of files-service's answers: sizes, letters, release states, refusals in words. */
class FileFactsTest {

    private static final UUID JOB = UUID.randomUUID();
    private static final UUID OTHER_JOB = UUID.randomUUID();

    @Test
    void sizes_read_as_a_person_reads_them() {
        assertThat(FileSizes.of(1)).isEqualTo("1 byte");
        assertThat(FileSizes.of(812)).isEqualTo("812 bytes");
        assertThat(FileSizes.of(1024)).isEqualTo("1 KB");
        assertThat(FileSizes.of(14_540)).isEqualTo("14.2 KB");
        assertThat(FileSizes.of(209_715_200)).isEqualTo("200 MB");
        assertThat(FileSizes.of(1_181_116_006L)).isEqualTo("1.1 GB");
    }

    @Test
    void revision_letters_count_like_drawings_do_and_nothing_else_is_a_revision() {
        assertThat(RevisionLetters.number("A")).hasValue(1);
        assertThat(RevisionLetters.number("Z")).hasValue(26);
        assertThat(RevisionLetters.number("AA")).hasValue(27);
        assertThat(RevisionLetters.number("AB")).hasValue(28);
        assertThat(RevisionLetters.number("3")).hasValue(3);
        assertThat(RevisionLetters.number("a")).isEmpty();
        assertThat(RevisionLetters.number("0")).isEmpty();
        assertThat(RevisionLetters.number("")).isEmpty();
        assertThat(RevisionLetters.number("A-1")).isEmpty();
        assertThat(RevisionLetters.number("ZZZZZZZ")).isEmpty();
    }

    @Test
    void a_release_of_b_marks_a_superseded_for_that_job_and_b_released() {
        FileViews.Revision a = revision(1, "A");
        FileViews.Revision b = revision(2, "B");
        FileViews.File file = new FileViews.File(UUID.randomUUID(), "BRKT-1001", "DRAWING", "B", 2, List.of(a, b),
                List.of(release(JOB, a, false), release(JOB, b, true), release(OTHER_JOB, a, true)), List.of(),
                "alex", OffsetDateTime.now(), false);
        assertThat(file.releasedFor(JOB)).isEqualTo("B");
        assertThat(file.releasedFor(OTHER_JOB)).isEqualTo("A");
        assertThat(file.stateFor(JOB, a)).isEqualTo("superseded");
        assertThat(file.stateFor(JOB, b)).isEqualTo("released");
        assertThat(file.stateFor(OTHER_JOB, b)).isEmpty();
        assertThat(file.latestReleasableFor(JOB)).isFalse();
        assertThat(file.latestReleasableFor(OTHER_JOB)).isTrue();
        assertThat(file.newestFirst()).extracting(FileViews.Revision::revision).containsExactly("B", "A");
    }

    @Test
    void a_refused_upload_says_why_in_one_sentence() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(UploadMessages.of(ServiceProblem.of(413, json.readTree("{\"title\":\"File too large\","
                + "\"detail\":\"The file is larger than the maximum of 100 MB (104857600 bytes)\","
                + "\"errors\":[{\"field\":\"file\",\"message\":\"is larger than 104857600 bytes\"}]}"))))
                .isEqualTo("Not uploaded: The file is larger than the maximum of 100 MB (104857600 bytes).");
        assertThat(UploadMessages.of(ServiceProblem.of(400, json.readTree("{\"title\":\"Bad request\","
                + "\"errors\":[{\"field\":\"file\",\"message\":\"is missing\"}]}"))))
                .isEqualTo("Not uploaded: the file is missing.");
    }

    private static FileViews.Revision revision(int number, String letter) {
        return new FileViews.Revision(UUID.randomUUID(), number, letter, "drawing.pdf", "application/pdf", 1000,
                "ab".repeat(32), "alex", OffsetDateTime.now(), true);
    }

    private static FileViews.Release release(UUID job, FileViews.Revision revision, boolean current) {
        return new FileViews.Release(UUID.randomUUID(), job, revision.id(), revision.revision(), "alex",
                OffsetDateTime.now(), current, current ? null : OffsetDateTime.now());
    }
}
