package vn.lienhiep.platform.autoconfigure;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.imports.ImportController;
import vn.lienhiep.platform.imports.ImportJobs;
import vn.lienhiep.platform.imports.RowImporter;

/**
 * Spreadsheet imports for every context that has something to import: a context supplies only its
 * {@link RowImporter}s (one per kind, in {@code <subcontext>/imports}); the jobs, the file reading and
 * {@code /api/<context>/imports} come from here. A context without importers gets neither.
 */
@AutoConfiguration(after = {WebAutoConfiguration.class, ReadModelAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(RowImporter.class)
public class ImportsAutoConfiguration {

    @Bean
    public ImportJobs importJobs(List<RowImporter> importers, MongoTemplate mongo) {
        return new ImportJobs(importers, mongo);
    }

    @Bean
    public ImportController importController(ImportJobs jobs, CommandDispatcher commands,
                                             @Value("${lienhiep.context}") String context) {
        return new ImportController(jobs, commands, context);
    }
}
