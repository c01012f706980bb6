package vn.lienhiep.platform;

import java.nio.file.Path;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.lienhiep.platform.eventstore.AxonWiringVerifier;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running engine IS Axon's JDBC engine with Spring's transaction manager (Axon's auto-configuration silently
 * falls back otherwise on Boot 4), and the start-up check catches an H2 store that would lose commits on kill -9.
 */
class EventStoreWiringTest extends PlatformTestBase {

    @Autowired
    EventStorageEngine engine;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    AxonWiringVerifier verifier;

    @Test
    void runningEngineIsJdbcWithSpringTransactions() {
        assertThat(engine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(verifier.problems()).isEmpty();
    }

    @Test
    void verifierRefusesH2WithoutImmediateWrites() {
        Path dir = TestInfrastructure.newDataDir();
        JdbcDataSource unsafe = new JdbcDataSource();
        unsafe.setURL("jdbc:h2:file:" + dir.resolve("unsafe") + ";WRITE_DELAY=500");
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        AxonWiringVerifier check = new AxonWiringVerifier(provider(beans, EventStorageEngine.class),
                provider(beans, TransactionManager.class), provider(beans, TokenStore.class), unsafe);

        assertThat(check.problems())
                .anyMatch(p -> p.contains("WRITE_DELAY=500"))
                .anyMatch(p -> p.contains("expected JdbcEventStorageEngine"))
                .anyMatch(p -> p.contains("expected SpringTransactionManager"));
    }

    private static <T> ObjectProvider<T> provider(StaticListableBeanFactory beans, Class<T> type) {
        return beans.getBeanProvider(type);
    }
}
