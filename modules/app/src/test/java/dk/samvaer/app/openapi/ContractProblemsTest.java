package dk.samvaer.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvaer.kernel.web.ProblemTypes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractProblemsTest {

    @Test
    void theContractNamesEveryProblemTypeTheApiAnswers() {
        Components components = new Components();
        ContractProblems.components(components);
        Schema<?> type = (Schema<?>)
                components.getSchemas().get("Problem").getProperties().get("type");
        String described = type.getDescription();

        List<String> types = Arrays.stream(ProblemTypes.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == URI.class)
                .map(ContractProblemsTest::slug)
                .toList();

        assertThat(types).isNotEmpty().allSatisfy(slug -> assertThat(described).contains("`" + slug + "`"));
    }

    private static String slug(Field field) {
        try {
            return field.get(null).toString().substring(ProblemTypes.BASE.length());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
