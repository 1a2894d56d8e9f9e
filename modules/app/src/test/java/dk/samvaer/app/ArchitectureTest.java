package dk.samvaer.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;

/**
 * The module boundaries (the README's module map, generated in docs/events.md), enforced: a context sees another
 * only through its {@code api} package; domain code knows neither Spring nor persistence nor the web; messages follow
 * one naming policy.
 */
@AnalyzeClasses(packages = "dk.samvaer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "dk.samvaer.";

    @ArchTest
    static final ArchRule contextsSeeEachOtherOnlyThroughTheirApi =
            classes().that().resideInAPackage("dk.samvaer..").should(useOtherModulesOnlyThroughTheirApi());

    @ArchTest
    static final ArchRule domainCodeKnowsNeitherSpringNorPersistenceNorTheWeb = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "java.sql..",
                    "javax.sql..",
                    "..query..",
                    "..web..");

    /**
     * A context's internals: its domain, query, web, vault and ingestion packages (the shared kernel's helpers are not
     * internals).
     */
    static final DescribedPredicate<JavaClass> CONTEXT_INTERNALS = DescribedPredicate.describe(
            "a context's domain, query, web, vault or ingestion package", type -> type.getPackageName()
                    .matches("dk\\.samvaer\\.(?!kernel\\.)\\w+\\.(domain|query|web|vault|ingestion)(\\..*)?"));

    @ArchTest
    static final ArchRule theApiIsAContractWithoutInternals = noClasses()
            .that()
            .resideInAPackage("..api..")
            .should()
            .dependOnClassesThat(CONTEXT_INTERNALS)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule queriesDoNotReachIntoTheWebOrDomain = noClasses()
            .that()
            .resideInAPackage("..query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..web..", "..domain..");

    @ArchTest
    static final ArchRule everyHandledEventCarriesARevision = methods()
            .that()
            .areAnnotatedWith(EventHandler.class)
            .or()
            .areAnnotatedWith(EventSourcingHandler.class)
            .should(takeAnEventWithARevision());

    @ArchTest
    static final ArchRule messagesHaveNoTechnicalSuffix = noClasses()
            .that()
            .resideInAPackage("..api..")
            .should()
            .haveSimpleNameEndingWith("Event")
            .orShould()
            .haveSimpleNameEndingWith("Command");

    /** The module of a class: {@code programme} for {@code dk.samvaer.programme.query.X}. */
    static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(BASE)) {
            return null;
        }
        String rest = name.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApi() {
        return new ArchCondition<>("use other modules only through their api package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = moduleOf(item);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String other = moduleOf(target);
                    if (other == null || other.equals(own) || other.equals("kernel")) {
                        continue;
                    }
                    if (!target.getPackageName().startsWith(BASE + other + ".api")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaMethod> takeAnEventWithARevision() {
        return new ArchCondition<>("take an event annotated with @Revision") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getRawParameterTypes().isEmpty()
                        || !method.getRawParameterTypes().get(0).isAnnotatedWith(Revision.class)) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " handles an event without @Revision"));
                }
            }
        };
    }
}
