package dk.samvaer.app.eventstore;

import dk.samvaer.kernel.idempotency.ClaimOwners;
import dk.samvaer.kernel.node.ClusterNode;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims on idempotency keys are signed by this process: the node id and a mark of this run. A claim is abandoned when
 * its node has missed three beats of the segment balancer in {@code cluster_node} (it crashed or stopped), or when it
 * was signed by an earlier run of this very node (a restart with a configured {@code samvaer.node-id}). Without a
 * balancer (the read-only CLI, Axon's default processors) no node beats, so every other node's claim counts as gone.
 */
@Component
class ClusterClaimOwners implements ClaimOwners {

    private static final char RUN_SEPARATOR = '#';

    private final String node;
    private final String self;
    private final JdbcClient jdbc;
    private final Duration beat;
    private final Clock clock = Clock.systemUTC();

    ClusterClaimOwners(ClusterNode node, JdbcClient jdbc, ProcessorProperties properties) {
        this.node = node.id();
        this.self = node.id() + RUN_SEPARATOR + UUID.randomUUID().toString().substring(0, 8);
        this.jdbc = jdbc;
        this.beat = properties.balanceInterval();
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public boolean isGone(String owner) {
        if (owner.equals(self)) {
            return false;
        }
        int separator = owner.lastIndexOf(RUN_SEPARATOR);
        String ownerNode = separator < 0 ? owner : owner.substring(0, separator);
        if (ownerNode.equals(node)) {
            return true;
        }
        return jdbc.sql("SELECT count(*) FROM cluster_node WHERE node_id = ? AND seen_at >= ?")
                        .params(ownerNode, SegmentBalancer.liveSince(clock.instant(), beat))
                        .query(Integer.class)
                        .single()
                == 0;
    }
}
