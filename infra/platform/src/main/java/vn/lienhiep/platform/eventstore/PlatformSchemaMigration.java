package vn.lienhiep.platform.eventstore;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the platform's own tables (Axon's event store, tokens, sagas, dead letters, idempotency records) with a
 * history table of its own, so the platform's schema and each service's schema ({@code db/migration}, Boot's Flyway)
 * evolve independently without version clashes.
 */
public class PlatformSchemaMigration implements InitializingBean {

    private final DataSource dataSource;

    public PlatformSchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/platform")
              .table("platform_schema_history")
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
    }
}
