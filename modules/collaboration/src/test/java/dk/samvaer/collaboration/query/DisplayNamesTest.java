package dk.samvaer.collaboration.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvaer.kernel.Bounds;
import dk.samvaer.kernel.InvalidInput;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    /** The name is refused before the database is asked, so none is needed. */
    private final DisplayNames names = new DisplayNames(null);

    @Test
    void refusesADisplayNameLongerThanAName() {
        assertThatThrownBy(() -> names.keep(UUID.randomUUID(), UUID.randomUUID(), "x".repeat(Bounds.MAX_NAME + 1)))
                .isInstanceOf(InvalidInput.class);
    }
}
