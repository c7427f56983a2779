package app.routecard.files.revisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RevisionLettersTest {

    @Test
    void revisions_are_lettered_like_drawings() {
        assertThat(RevisionLetters.of(1)).isEqualTo("A");
        assertThat(RevisionLetters.of(2)).isEqualTo("B");
        assertThat(RevisionLetters.of(26)).isEqualTo("Z");
        assertThat(RevisionLetters.of(27)).isEqualTo("AA");
        assertThat(RevisionLetters.of(28)).isEqualTo("AB");
        assertThat(RevisionLetters.of(702)).isEqualTo("ZZ");
        assertThat(RevisionLetters.of(703)).isEqualTo("AAA");
        assertThatThrownBy(() -> RevisionLetters.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
