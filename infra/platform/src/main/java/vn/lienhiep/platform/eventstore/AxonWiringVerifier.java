package vn.lienhiep.platform.eventstore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails start-up unless the event store is the one we think it is. Axon's auto-configuration can silently fall
 * back to a no-op transaction manager on Boot 4, and H2 without WRITE_DELAY=0 loses acknowledged commits on
 * kill -9 (docs/platform-notes.md#jdbc-event-store-on-boot-4): both would look fine until data is lost, so we refuse to start instead.
 */
public class AxonWiringVerifier implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AxonWiringVerifier.class);

    private final ObjectProvider<EventStorageEngine> storageEngine;
    private final ObjectProvider<TransactionManager> transactionManager;
    private final ObjectProvider<TokenStore> tokenStore;
    private final DataSource dataSource;

    public AxonWiringVerifier(ObjectProvider<EventStorageEngine> storageEngine,
                              ObjectProvider<TransactionManager> transactionManager,
                              ObjectProvider<TokenStore> tokenStore,
                              DataSource dataSource) {
        this.storageEngine = storageEngine;
        this.transactionManager = transactionManager;
        this.tokenStore = tokenStore;
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Event store wiring is unsafe: " + String.join("; ", problems));
        }
        log.info("Event store verified: JdbcEventStorageEngine, JdbcTokenStore, SpringTransactionManager, durable commits");
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        EventStorageEngine engine = storageEngine.getIfAvailable();
        if (!(engine instanceof JdbcEventStorageEngine)) {
            problems.add("storage engine is " + describe(engine) + ", expected JdbcEventStorageEngine");
        }
        TransactionManager tm = transactionManager.getIfAvailable();
        if (!(tm instanceof SpringTransactionManager)) {
            problems.add("Axon transaction manager is " + describe(tm) + ", expected SpringTransactionManager");
        }
        TokenStore ts = tokenStore.getIfAvailable();
        if (!(ts instanceof JdbcTokenStore)) {
            problems.add("token store is " + describe(ts) + ", expected JdbcTokenStore");
        }
        String h2Problem = h2WriteDelayProblem();
        if (h2Problem != null) {
            problems.add(h2Problem);
        }
        return problems;
    }

    private String h2WriteDelayProblem() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String url = connection.getMetaData().getURL();
            if (!"H2".equalsIgnoreCase(product) || url.startsWith("jdbc:h2:mem:")) {
                return null;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                if (rs.next() && !"0".equals(rs.getString(1).trim())) {
                    return "H2 file store has WRITE_DELAY=" + rs.getString(1) + ", expected 0 (acknowledged commits would be lost on kill -9)";
                }
            }
            return null;
        } catch (SQLException e) {
            return "cannot inspect the SQL store: " + e.getMessage();
        }
    }

    private static String describe(Object bean) {
        return bean == null ? "missing" : bean.getClass().getName();
    }
}
