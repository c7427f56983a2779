package app.routecard.platform.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NativeValuesTest {

    @Test
    void arrayLiteralQuotesEveryValueAndEscapesQuotesAndBackslashes() {
        assertThat(NativeValues.arrayLiteral(List.of("a", "b,c", "say \"hi\"", "back\\slash", "{x}")))
                .isEqualTo("{\"a\",\"b,c\",\"say \\\"hi\\\"\",\"back\\\\slash\",\"{x}\"}");
    }

    @Test
    void arrayLiteralWritesNullAsNullAndTakesAnyValuesText() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(NativeValues.arrayLiteral(Arrays.asList(id, null, 1.5)))
                .isEqualTo("{\"00000000-0000-0000-0000-000000000001\",NULL,\"1.5\"}");
        assertThat(NativeValues.arrayLiteral(List.of())).isEqualTo("{}");
    }
}
