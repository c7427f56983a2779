package app.routecard.job.files;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.job.jobs.ReleasedFile;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReleasedFilesPolicyTest {

    private final UUID drawing = UUID.randomUUID();
    private final UUID program = UUID.randomUUID();

    @Test
    void a_release_replaces_the_files_entry_and_twice_is_once() {
        List<ReleasedFile> a = ReleasedFilesPolicy.released(List.of(), drawing, "BRKT drawing", "A");
        assertThat(a).containsExactly(new ReleasedFile(drawing, "BRKT drawing", "A"));
        assertThat(ReleasedFilesPolicy.released(a, drawing, "BRKT drawing", "A")).isEqualTo(a);
        List<ReleasedFile> both = ReleasedFilesPolicy.released(a, program, "CNC program", "C");
        List<ReleasedFile> b = ReleasedFilesPolicy.released(both, drawing, "BRKT drawing", "B");
        assertThat(b).containsExactly(new ReleasedFile(drawing, "BRKT drawing", "B"),
                new ReleasedFile(program, "CNC program", "C"));
    }

    @Test
    void a_supersession_removes_only_the_revision_it_names_whatever_the_order_of_arrival() {
        List<ReleasedFile> b = List.of(new ReleasedFile(drawing, "BRKT drawing", "B"));
        assertThat(ReleasedFilesPolicy.superseded(b, drawing, "A")).as("B already arrived").isEqualTo(b);
        List<ReleasedFile> a = List.of(new ReleasedFile(drawing, "BRKT drawing", "A"));
        assertThat(ReleasedFilesPolicy.superseded(a, drawing, "A")).isEmpty();
        assertThat(ReleasedFilesPolicy.superseded(List.of(), drawing, "A")).isEmpty();
    }
}
