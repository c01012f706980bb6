package vn.lienhiep.platform.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Intentionally empty. Axon 4.13's JDBC and transaction auto-configurations are ordered against Boot 3 class names,
 * so on Boot 4 they are evaluated before the DataSource exists and silently back off: no JDBC event store, and
 * Axon's transaction manager becomes a no-op (docs/platform-notes.md#jdbc-wiring). Ordering this class between Boot's DataSource/Flyway
 * configurations and Axon's restores the intended order. {@link AxonWiringVerifier} fails start-up if it ever
 * stops working. Do not delete; see docs/adr/0002-sql-event-store.md.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration"})
public class AxonJdbcOrderingAutoConfiguration {
}
