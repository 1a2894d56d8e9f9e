package dk.samvaer.app.openapi;

import dk.samvaer.kernel.web.ApiHeaders;
import dk.samvaer.kernel.web.Table;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description: info, security, shared components, and the conventions that make every operation
 * declare what it really answers ({@link OperationContract}, {@link SchemaContract}, {@link WhoMayCall}). The committed
 * {@code api-spec/openapi.yaml} must equal what this produces (see OpenApiContractIntegrationTest).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String API_KEY = "ApiKey";
    static final String DESCRIPTION =
            """
            Record-keeping for municipal drop-in centres (væresteder) and the programme that helps formerly \
            homeless citizens into local communities: project years, centres, plug-and-play activities with \
            logbooks and evaluations, and reports.

            **Authentication.** Every `/api/**` request needs an API key (`X-API-Key`, or \
            `Authorization: ApiKey <key>`) or, where an identity provider is configured, a bearer JWT. \
            Without valid credentials: 401.

            **Roles.** `PROGRAMME_ADMIN`: everything, every municipality. `MUNICIPAL_LEADER`: everything in \
            their municipalities except audit. `CENTRE_STAFF`: activities, logbooks and evaluations in their \
            municipalities; reads centres, project years and reports. `CASE_SYSTEM`: posts escorts and referrals \
            and reads its own postings, nothing else. `AUDITOR`: reads everything, never writes. A role that may \
            not call an operation gets 403.

            **Scope.** Each caller sees a set of municipalities (or all). A resource in another municipality \
            answers 404, as if it did not exist; lists and reports silently include only the caller's \
            municipalities; a write aimed at another municipality is 403.

            **Errors** are RFC 9457 problem details with a stable `type` (`https://samvaer.dk/problems/<name>`). \
            Every response carries `X-Correlation-Id`; the same id is stored with every event the request caused.
            """;
    static final String BEARER = "BearerJwt";

    @Bean
    OpenAPI samvaerOpenApi() {
        // every enum is a named schema of its own (HeardVia, Category, ...): one type per concept in a generated client
        ModelResolver.enumsAsRef = true;
        // a report's table is CSV or a workbook on the wire, never an object (OperationContract names each)
        SpringDocUtils.getConfig().replaceWithSchema(Table.class, new StringSchema());
        return new OpenAPI()
                .info(new Info()
                        .title("Samvær API")
                        .version("v1")
                        .description(DESCRIPTION)
                        .license(new License().name("Proprietary").url("https://samvaer.dk/license")))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(components())
                .security(
                        List.of(new SecurityRequirement().addList(API_KEY), new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    OpenApiCustomizer operationContract() {
        return new OperationContract();
    }

    @Bean
    OpenApiCustomizer schemaContract() {
        return new SchemaContract();
    }

    @Bean
    PropertyCustomizer nullableFields() {
        return new NullableFields();
    }

    @Bean
    GlobalOperationCustomizer whoMayCall() {
        return new WhoMayCall();
    }

    private static Components components() {
        Components components = new Components()
                .addSecuritySchemes(
                        API_KEY,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name(ApiHeaders.API_KEY)
                                .description("An API key issued to a client; see the README's Security section."
                                        + " Also accepted as `Authorization: ApiKey <key>`."))
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An OAuth2 access token from the configured identity provider;"
                                        + " roles and municipalities are read from configurable claims."));
        ContractProblems.components(components);
        OperationContract.components(components);
        return components;
    }
}
