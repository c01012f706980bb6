package vn.lienhiep.platform.observability;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Boot 4 has no Kafka health indicator; without the broker nothing is published, so readiness must show it. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final AdminClient admin;

    public KafkaHealthIndicator(Map<String, Object> adminProperties) {
        this.admin = AdminClient.create(adminProperties);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                         .nodes().get(2500, TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("brokers", nodes);
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
