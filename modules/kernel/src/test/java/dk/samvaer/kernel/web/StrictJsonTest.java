package dk.samvaer.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    enum Service {
        SECTION_99,
        SECTION_85A
    }

    record Body(
            String name,
            Integer count,
            Boolean flag,
            Service service,
            LocalDate on,
            OffsetDateTime at,
            UUID id,
            BigDecimal cost,
            Double ratio,
            Map<Service, String> notes) {}

    private static final JsonMapper JSON = strict();

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJson.apply(builder);
        return builder.build();
    }

    private static Body read(String json) {
        return JSON.readValue(json, Body.class);
    }

    private static void refuses(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JacksonException.class);
    }

    @Test
    void readsAValidBodyAsItStands() {
        Body body = read(
                """
                {"name": " Kolding ", "count": 18, "flag": true, "service": "SECTION_99", "on": "2025-05-01",
                 "at": "2025-05-01T10:00:00+02:00", "id": "3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10", "cost": 25.50,
                 "ratio": 0.5, "notes": {"SECTION_85A": "x"}}
                """);

        assertThat(body.name()).isEqualTo(" Kolding ");
        assertThat(body.service()).isEqualTo(Service.SECTION_99);
        assertThat(body.on()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(body.cost()).isEqualByComparingTo("25.50");
        assertThat(body.notes()).containsKey(Service.SECTION_85A);
    }

    @Test
    void refusesAKeyGivenTwice() {
        refuses("{\"name\": \"0101901234\", \"count\": 1, \"name\": \"X\"}");
    }

    @Test
    void refusesAnEnumValueSentAsANumber() {
        refuses("{\"service\": 1}");
    }

    @Test
    void refusesAnEnumValueSentAsAnIndexInText() {
        refuses("{\"service\": \"1\"}");
        refuses("{\"service\": \"0\"}");
    }

    @Test
    void refusesAPaddedEnumName() {
        refuses("{\"service\": \" SECTION_99\"}");
        refuses("{\"service\": \"SECTION_99\\u0000\"}");
        refuses("{\"service\": \"section_99\"}");
        refuses("{\"service\": \"\"}");
    }

    @Test
    void refusesAnEnumMapKeyThatIsNotAnExactName() {
        refuses("{\"notes\": {\" SECTION_99\": \"x\"}}");
        refuses("{\"notes\": {\"0\": \"x\"}}");
    }

    @Test
    void refusesANumberAsADate() {
        refuses("{\"on\": 20260101}");
        refuses("{\"at\": 1746086400}");
    }

    @Test
    void refusesAPaddedDateOrId() {
        refuses("{\"on\": \" 2025-05-01\"}");
        refuses("{\"on\": \"2025-05-01\\n\"}");
        refuses("{\"id\": \" 3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10\"}");
        refuses("{\"on\": \"\"}");
    }

    @Test
    void refusesANumberAsABoolean() {
        refuses("{\"flag\": 1}");
        refuses("{\"flag\": 0.0}");
        refuses("{\"flag\": \"true\"}");
    }

    @Test
    void refusesANumberOrABooleanAsText() {
        refuses("{\"name\": 3112991234}");
        refuses("{\"name\": 3112991234.0}");
        refuses("{\"name\": true}");
    }

    @Test
    void refusesTextOrAFractionAsACount() {
        refuses("{\"count\": \"18\"}");
        refuses("{\"count\": 18.5}");
        refuses("{\"count\": 18.0}");
        refuses("{\"count\": \"\"}");
    }

    @Test
    void refusesANumberThatIsNotFinite() {
        refuses("{\"ratio\": 1e309}");
        refuses("{\"ratio\": -1e309}");
        refuses("{\"ratio\": NaN}");
    }

    @Test
    void refusesAControlCharacterInText() {
        refuses("{\"name\": \"2025-05-01\\u0000\"}");
        refuses("{\"name\": \"Kolding\\u001b[31m\"}");
    }

    @Test
    void readsTabsAndLineBreaksInText() {
        assertThat(read("{\"name\": \"Fisketur\\n\\tmed frokost\"}").name()).isEqualTo("Fisketur\n\tmed frokost");
    }
}
