package dk.samvaer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations kit in {@code ops/}: every YAML and JSON file parses, and the pieces fit together (the probes point at
 * the health groups the service exposes, the Service selects the Deployment's pods, Prometheus scrapes the compose
 * nodes on the metrics path, the dashboard shows the processor lag).
 */
class OpsKitTest {

    private static final Path OPS = Path.of("../../ops");

    @Test
    void everyYamlAndJsonFileInTheOpsKitParses() {
        List<Path> files = files(".yml", ".yaml", ".json");

        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        files.forEach(file -> assertThat(parse(file)).as(file.toString()).isNotNull());
    }

    @Test
    void everyKubernetesManifestIsOneNamedObjectOfAKnownKind() {
        List<Path> manifests = files(".yaml").stream()
                .filter(file -> file.startsWith(OPS.resolve("k8s")))
                .toList();

        assertThat(manifests.stream().map(file -> text(yaml(file), "kind")))
                .containsExactlyInAnyOrder("ConfigMap", "Deployment", "Secret", "Service");
        manifests.forEach(file -> assertThat(text(yaml(file), "metadata", "name"))
                .as(file.toString())
                .isNotBlank());
    }

    @Test
    void theDeploymentProbesReadinessAndLivenessOnTheHealthGroups() {
        Map<String, Object> container = firstContainer();

        assertThat(text(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(text(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
    }

    @Test
    void theDeploymentTakesItsSettingsFromTheConfigMapAndItsSecretsFromTheSecret() {
        String config = text(yaml(OPS.resolve("k8s/configmap.yaml")), "metadata", "name");
        Map<String, Object> secret = yaml(OPS.resolve("k8s/secret.yaml"));

        assertThat(yamlText(OPS.resolve("k8s/deployment.yaml")))
                .contains("name: " + config)
                .contains("secretName: " + text(secret, "metadata", "name"));
        assertThat(map(secret, "stringData"))
                .containsKeys("api-keys.yml", "SAMVAER_OUTREACH_PSEUDONYMSECRET", "SPRING_DATASOURCE_PASSWORD");
        assertThat(map(yaml(OPS.resolve("k8s/configmap.yaml")), "data"))
                .containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
    }

    @Test
    void theServiceSelectsTheDeploymentsPods() {
        Map<String, Object> service = yaml(OPS.resolve("k8s/service.yaml"));
        Map<String, Object> podLabels = map(deployment(), "spec", "template", "metadata", "labels");

        assertThat(podLabels).containsAllEntriesOf(map(service, "spec", "selector"));
    }

    @Test
    void theComposeStackRunsTwoNodesOnPostgresWithPrometheusAndGrafana() {
        Map<String, Object> services = map(yaml(OPS.resolve("compose.yaml")), "services");

        assertThat(services).containsKeys("postgres", "node-a", "node-b", "prometheus", "grafana");
        for (String node : List.of("node-a", "node-b")) {
            assertThat(map(services, node, "environment")).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
        }
    }

    @Test
    void prometheusScrapesBothComposeNodesOnTheMetricsPathWithAKey() {
        Map<String, Object> job = list(yaml(OPS.resolve("prometheus/prometheus.yml")), "scrape_configs")
                .get(0);

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(map(job, "authorization")).containsEntry("type", "ApiKey");
        assertThat(job.toString()).contains("node-a:8080", "node-b:8080");
    }

    @Test
    void prometheusAlertsOnStalledProjectionsDeadLettersUnheldSegmentsAndLag() {
        Map<String, Object> prometheus = yaml(OPS.resolve("prometheus/prometheus.yml"));
        List<Map<String, Object>> rules =
                list(list(yaml(OPS.resolve("prometheus/alerts.yml")), "groups").get(0), "rules");
        Map<String, Object> mounted = map(yaml(OPS.resolve("compose.yaml")), "services", "prometheus");

        assertThat(prometheus.get("rule_files").toString()).contains("/etc/prometheus/alerts.yml");
        assertThat(mounted.get("volumes").toString()).contains("./prometheus/alerts.yml:/etc/prometheus/alerts.yml");
        assertThat(rules.stream().map(rule -> rule.get("expr").toString()).toList())
                .anyMatch(expr -> expr.contains("samvaer_processor_stalled"))
                .anyMatch(expr -> expr.contains("samvaer_processor_dead_letters"))
                .anyMatch(expr -> expr.contains("samvaer_processor_unclaimed_segments"))
                .anyMatch(expr -> expr.contains("samvaer_processor_lag_events"));
        assertThat(rules).allSatisfy(rule -> assertThat(rule).containsKeys("alert", "expr", "for", "annotations"));
    }

    @Test
    void theDashboardShowsProcessorLagHttpCommandsEventsAndWebhooks() {
        JsonNode dashboard = JsonMapper.builder()
                .build()
                .readTree(OPS.resolve("grafana/dashboards/samvaer.json").toFile());
        String queries = dashboard.findValues("expr").toString();

        assertThat(queries)
                .contains(
                        "samvaer_processor_lag_events",
                        "samvaer_processor_dead_letters",
                        "samvaer_processor_stalled",
                        "http_server_requests_seconds",
                        "commandBus_",
                        "eventStore_",
                        "eventProcessor_",
                        "samvaer_activities_held_total",
                        "samvaer_webhook_deliveries_total",
                        "samvaer_webhook_failures_total",
                        "samvaer_webhook_lag_deliveries",
                        "samvaer_webhook_subscriptions_paused");
    }

    @Test
    void prometheusAlertsOnPausedAndLaggingWebhooks() {
        List<Map<String, Object>> groups = list(yaml(OPS.resolve("prometheus/alerts.yml")), "groups");
        List<Map<String, Object>> rules =
                groups.stream().flatMap(group -> list(group, "rules").stream()).toList();

        assertThat(rules.stream().map(rule -> rule.get("expr").toString()).toList())
                .anyMatch(expr -> expr.contains("samvaer_webhook_subscriptions_paused"))
                .anyMatch(expr -> expr.contains("samvaer_webhook_lag_seconds"));
        assertThat(rules).allSatisfy(rule -> assertThat(rule).containsKeys("alert", "expr", "for", "annotations"));
    }

    private static Map<String, Object> deployment() {
        return yaml(OPS.resolve("k8s/deployment.yaml"));
    }

    private static Map<String, Object> firstContainer() {
        return list(map(deployment(), "spec", "template", "spec"), "containers").get(0);
    }

    private static List<Path> files(String... endings) {
        try (Stream<Path> walk = Files.walk(OPS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(endings)
                            .anyMatch(ending -> file.getFileName().toString().endsWith(ending)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object parse(Path file) {
        if (file.toString().endsWith(".json")) {
            return JsonMapper.builder().build().readTree(file.toFile());
        }
        return new Yaml().load(yamlText(file));
    }

    private static Map<String, Object> yaml(Path file) {
        return new Yaml().load(yamlText(file));
    }

    private static String yamlText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> root, String... path) {
        Object node = root;
        for (String key : path) {
            assertThat(node).as("%s in %s", key, String.join(".", path)).isInstanceOf(Map.class);
            node = ((Map<String, Object>) node).get(key);
        }
        assertThat(node).as(String.join(".", path)).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> root, String key) {
        assertThat(root.get(key)).as(key).isInstanceOf(List.class);
        return (List<Map<String, Object>>) root.get(key);
    }

    private static String text(Map<String, Object> root, String... path) {
        Map<String, Object> parent = path.length == 1 ? root : map(root, Arrays.copyOf(path, path.length - 1));
        return String.valueOf(parent.get(path[path.length - 1]));
    }
}
