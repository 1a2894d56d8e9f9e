package dk.samvaer.kernel.node;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samvaer.*}: this process among the nodes that share one database.
 *
 * @param dataDir where the embedded H2 database lives, and with it the generated pseudonym secret and the default
 *     users and API keys files; ./data (set in application.yml, whose H2 URL names it)
 * @param nodeId this node's name in segment claims, cluster_node and webhook leases; by default the host name
 *     with a random suffix, so that two processes never share a claim
 * @param readOnly the read-only audit CLI: no projection writes, no ledger, no scheduled jobs, no webhooks
 */
@ConfigurationProperties("samvaer")
public record NodeProperties(Path dataDir, String nodeId, @DefaultValue("false") boolean readOnly) {

    /** The setting that makes a process read-only (for conditions, which are evaluated before records are bound). */
    public static final String READ_ONLY = "samvaer.read-only";

    public NodeProperties {
        if (dataDir == null) {
            throw new IllegalArgumentException("samvaer.data-dir is required.");
        }
        nodeId = nodeId == null || nodeId.isBlank() ? null : nodeId.strip();
    }
}
