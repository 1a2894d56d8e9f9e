package dk.samvaer.kernel.node;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This node's settings and its name among the nodes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NodeProperties.class)
class NodeConfiguration {

    @Bean
    ClusterNode clusterNode(NodeProperties properties) {
        return new ClusterNode(
                properties.nodeId() != null
                        ? properties.nodeId()
                        : ManagementFactory.getRuntimeMXBean().getName() + "/"
                                + UUID.randomUUID().toString().substring(0, 8));
    }
}
