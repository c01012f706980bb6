package vn.lienhiep.platform.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.platform.readmodel.VersionedDocuments;

/** Read models live in MongoDB (one database per service), written through version-guarded upserts. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
public class ReadModelAutoConfiguration {

    @Bean
    public VersionedDocuments versionedDocuments(MongoTemplate mongo) {
        return new VersionedDocuments(mongo);
    }
}
