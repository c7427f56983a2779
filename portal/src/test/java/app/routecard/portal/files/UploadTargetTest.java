package app.routecard.portal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadTargetTest {

    private static final String JOB = "03e545ba-bfbf-470b-b676-21f5fbb7e8fc";

    @Test
    void a_new_file_on_a_subject_passes_its_purpose_subject_and_encoded_name() {
        assertThat(UploadTarget.of(Map.of("purpose", "DRAWING", "subjectType", "JOB", "subjectId", JOB,
                "name", " BRKT 1001 & co ")))
                .contains(new UploadTarget("/api/files?purpose=DRAWING&subjectType=JOB&subjectId=" + JOB
                        + "&name=BRKT+1001+%26+co"));
    }

    @Test
    void a_next_revision_goes_to_the_file_and_ignores_everything_else() {
        assertThat(UploadTarget.of(Map.of("fileId", JOB, "purpose", "PROOF")))
                .contains(new UploadTarget("/api/files/" + JOB + "/revisions"));
    }

    @Test
    void nothing_a_page_did_not_write_reaches_files_service() {
        assertThat(UploadTarget.of(Map.of("fileId", "../../api/grants"))).isEmpty();
        assertThat(UploadTarget.of(Map.of("purpose", "DRAWING&subjectType=JOB"))).isEmpty();
        assertThat(UploadTarget.of(Map.of("purpose", "DRAWING", "subjectType", "JOB"))).isEmpty();
        assertThat(UploadTarget.of(Map.of("purpose", "DRAWING", "subjectType", "JOB", "subjectId", "1 OR 1=1")))
                .isEmpty();
        assertThat(UploadTarget.of(Map.of())).isEmpty();
    }
}
